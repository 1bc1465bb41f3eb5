package vn.protocolbrief.ui.shell;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.records.RecordsView;
import vn.protocolbrief.ui.records.RecordsViewModel;

import static vn.protocolbrief.ui.common.Fx.column;
import static vn.protocolbrief.ui.common.Fx.labels;

/** The pair's requests tab: the table, its filters (category, status, direction) and "Change status…". */
final class RequestsTab {
    private final MainViewModel vm;
    private final RecordsViewModel recordsVm;
    private final RecordsView records;
    private final Messages m;
    /** The tab's content once built: the status dialog is owned by its window. */
    private VBox box;

    RequestsTab(MainViewModel vm, RecordsViewModel recordsVm, RecordsView records, Messages messages) {
        this.vm = vm;
        this.recordsVm = recordsVm;
        this.records = records;
        this.m = messages;
    }

    /** Builds the tab's content (once, when the tab is first shown). */
    VBox build() {
        TableView<MainViewModel.RequestRow> table = new TableView<>(vm.requests());
        table.setId("requests");
        table.getColumns().add(column(m.get("col.date"), MainViewModel.RequestRow::date, 100));
        table.getColumns().add(column(m.get("col.direction"), MainViewModel.RequestRow::direction, 70));
        table.getColumns().add(column(m.get("col.status"), r -> status(r.status()), 120));
        table.getColumns().add(column(m.get("col.categories"), MainViewModel.RequestRow::categories, 180));
        table.getColumns().add(column(m.get("col.request"), MainViewModel.RequestRow::text, 640));
        Button change = vn.protocolbrief.ui.common.Fx.button(m.get("requests.change"),
                org.kordamp.ikonli.feather.Feather.CHECK_SQUARE);
        change.setId("change-status");
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        change.setOnAction(e -> askStatus(table.getSelectionModel().getSelectedItem()));
        // Empty because of a filter: say so, with the way back.
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.openingProperty())
                .then(m.get("store.openingShort")).otherwise(javafx.beans.binding.Bindings.when(vm.requestFilters().filtered())
                        .then(m.get("filter.hidesAll")).otherwise(m.get("rec.noneYet"))));
        empty.setWrapText(true);
        Button clear = new Button(m.get("filter.clear"));
        clear.setId("filter-clear-empty");
        clear.visibleProperty().bind(vm.requestFilters().filtered());
        clear.setOnAction(e -> vm.requestFilters().clear());
        VBox placeholder = new VBox(8, empty, clear);
        placeholder.setAlignment(Pos.CENTER);
        box = records.withActions(table, filters(), RecordsViewModel.Kind.REQUEST, MainViewModel.RequestRow::id,
                () -> recordsVm.editRequest(null, null), r -> recordsVm.editRequest(r.id(), null),
                r -> recordsVm.deleteRequest(r.id(), r.text()), change);
        table.setPlaceholder(placeholder);
        return box;
    }

    /** Category, status and direction filters over the requests; "Tất cả" clears one. */
    private HBox filters() {
        ChoiceBox<String> category = new ChoiceBox<>();
        category.setId("filter-category");
        Runnable fill = () -> {
            category.getItems().setAll((String) null);
            vm.names().categories().forEach(c -> category.getItems().add(c.id()));
        };
        fill.run();
        vm.names().categories().addListener((javafx.collections.ListChangeListener<vn.protocolbrief.domain.RequestCategory>) c -> fill.run());
        category.setConverter(labels(id -> id == null ? m.get("filter.any") : vm.names().categoryLabel(id)));
        category.valueProperty().bindBidirectional(vm.requestFilters().categoryProperty());
        ChoiceBox<RequestStatus> status = new ChoiceBox<>();
        status.setId("filter-status");
        status.getItems().add(null);
        status.getItems().addAll(RequestStatus.values());
        status.setConverter(labels(st -> st == null ? m.get("filter.any") : status(st)));
        status.valueProperty().bindBidirectional(vm.requestFilters().statusProperty());
        ChoiceBox<String> direction = new ChoiceBox<>();
        direction.setId("filter-direction");
        direction.getItems().addAll(null, "VN→JP", "JP→VN");
        direction.setConverter(labels(d -> d == null ? m.get("filter.any") : d));
        direction.valueProperty().bindBidirectional(vm.requestFilters().directionProperty());
        Button clear = new Button(m.get("filter.clear"));
        clear.setId("filter-clear");
        clear.disableProperty().bind(vm.requestFilters().filtered().not());
        clear.setOnAction(e -> vm.requestFilters().clear());
        HBox bar = new HBox(8, new Label(m.get("filter.category")), category, new Label(m.get("filter.status")), status,
                new Label(m.get("filter.direction")), direction, clear);
        bar.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
        category.setMaxWidth(260);
        category.setPrefWidth(260);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private void askStatus(MainViewModel.RequestRow row) {
        ChoiceBox<RequestStatus> status = new ChoiceBox<>();
        status.setId("status-choice");
        status.getItems().setAll(RequestStatus.values());
        status.setValue(row.status());
        status.setConverter(labels(st -> st == null ? "" : status(st)));
        vn.protocolbrief.ui.common.DateField date = new vn.protocolbrief.ui.common.DateField(m);
        date.setId("status-date");
        date.setDate(vn.protocolbrief.domain.PartialDate.of(LocalDate.now().toString()));
        TextArea note = new TextArea();
        note.setId("status-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Label request = new Label(row.text());
        request.setWrapText(true);
        request.setStyle("-fx-font-weight: bold;");
        Label dateError = new Label();
        dateError.setStyle("-fx-text-fill: #b00020;");
        dateError.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.add(request, 0, 0, 2, 1);
        form.addRow(1, new Label(m.get("col.status")), status);
        form.addRow(2, new Label(m.get("requests.date")), date);
        form.add(dateError, 1, 3);
        form.addRow(4, new Label(m.get("requests.note")), note);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(box.getScene().getWindow());
        dialog.setTitle(m.get("requests.changeTitle"));
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType(m.get("requests.saveStatus"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(m.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        // A long request wraps inside a dialog of a set width, centred on the window, never off the screen.
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (date.dateProperty().get() == null) {
                dateError.setText(m.get("form.error.date"));
                e.consume();
            }
        });
        dialog.setOnShown(e -> {
            javafx.stage.Window owner = box.getScene().getWindow();
            javafx.stage.Window w = dialog.getDialogPane().getScene().getWindow();
            w.setX(owner.getX() + (owner.getWidth() - w.getWidth()) / 2);
            w.setY(owner.getY() + Math.max(0, (owner.getHeight() - w.getHeight()) / 2));
        });
        if (dialog.showAndWait().filter(b -> b == save).isPresent()) {
            vm.statusChange().change(row, status.getValue(), date.dateProperty().get(), note.getText());
        }
    }

    private String status(RequestStatus s) {
        return m.get("status." + s.name().toLowerCase(java.util.Locale.ROOT));
    }
}

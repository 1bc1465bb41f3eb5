package vn.protocolbrief.ui.travel;

import static vn.protocolbrief.ui.common.Fx.column;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import vn.protocolbrief.store.TravelLedger;
import vn.protocolbrief.travel.ConflictLines;
import vn.protocolbrief.ui.common.Fx;
import vn.protocolbrief.ui.common.Messages;

/** "Bản sao đi công tác": the copy's office and last sync, a Sync button, the conflicts with both versions. */
public final class TravelView {
    private final VBox root;

    public TravelView(TravelViewModel vm, Messages m) {
        Label status = new Label();
        status.setId("travel-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Button sync = Fx.button(m.get("travel.sync"), Feather.REFRESH_CW);
        sync.setId("travel-sync");
        sync.setOnAction(e -> vm.sync());
        HBox top = new HBox(12, status, sync);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);

        ConflictWords words = new ConflictWords(m);
        ListView<TravelLedger.Conflict> list = new ListView<>(vm.conflicts());
        list.setId("travel-conflicts");
        list.setPlaceholder(new Label(m.get("travel.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TravelLedger.Conflict c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : words.conflict(c));
                // A long name runs past the list's width: the whole of it under the pointer too.
                setTooltip(empty || c == null ? null : new javafx.scene.control.Tooltip(getText()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));

        TableView<ConflictLines.Difference> versions = new TableView<>(vm.differences());
        versions.setId("travel-versions");
        versions.getColumns().add(column(m.get("travel.col.row"), ConflictLines.Difference::row, 200));
        versions.getColumns().add(column(m.get("travel.col.field"), ConflictLines.Difference::field, 110));
        versions.getColumns().add(column(m.get("travel.col.mine"), ConflictLines.Difference::mine, 220));
        versions.getColumns().add(column(m.get("travel.col.office"), ConflictLines.Difference::office, 220));
        versions.setPlaceholder(new Label(m.get("travel.choose")));
        Button mine = Fx.button(m.get("travel.keepMine"), Feather.USER_CHECK);
        mine.setId("travel-keep-mine");
        mine.disableProperty().bind(vm.selectedProperty().isNull());
        mine.setOnAction(e -> vm.keepMine());
        Button office = Fx.button(m.get("travel.keepOffice"), Feather.HOME);
        office.setId("travel-keep-office");
        office.disableProperty().bind(vm.selectedProperty().isNull());
        office.setOnAction(e -> vm.keepOffice());
        HBox keep = new HBox(8, mine, office);
        VBox right = new VBox(8, versions, keep);
        VBox.setVgrow(versions, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.35);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label intro = new Label(m.get("travel.intro"));
        intro.setWrapText(true);
        root = new VBox(8, top, intro, split);
        root.setPadding(new Insets(10));
    }

    public Parent root() {
        return root;
    }
}

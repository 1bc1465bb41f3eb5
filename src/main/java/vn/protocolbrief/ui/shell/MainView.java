package vn.protocolbrief.ui.shell;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Popup;
import vn.protocolbrief.store.SearchIndex;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import java.util.function.Function;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.RequestStatus;
import static vn.protocolbrief.ui.common.Fx.column;
import static vn.protocolbrief.ui.common.Fx.labels;

import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.Pickers;
import vn.protocolbrief.ui.records.RecordsView;
import vn.protocolbrief.ui.records.RecordsViewModel;
import vn.protocolbrief.ui.common.SearchPicker;

/** The main window: choose a province and a partner; see their meetings and requests. Built in code. */
public final class MainView {
    private final MainViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();

    private final Pickers pickers;
    private final RecordsViewModel recordsVm;
    private final RecordsView records;
    private final TabPane tabs = new TabPane();
    private final TabPane recordTabs = new TabPane();
    private Tab recordsTab;
    private Tab importTab;

    /**
     * @param importer the article import screen; files dropped on the window go to {@code dropped} and it is shown
     * @param composer the briefing-pack composer
     */
    public MainView(MainViewModel vm, RecordsViewModel recordsVm, Messages messages, Pickers pickers,
                    java.util.function.Supplier<Parent> importer,
                    java.util.function.Consumer<java.util.List<java.nio.file.Path>> dropped,
                    java.util.function.Supplier<Parent> composer, java.util.function.Consumer<String> switchLanguage) {
        this.vm = vm;
        this.m = messages;
        this.pickers = pickers;
        this.recordsVm = recordsVm;
        this.records = new RecordsView(recordsVm, messages);
        root.setTop(pickers(switchLanguage));
        importTab = lazyTab(m.get("tab.import"), importer);
        importTab.setId("tab-import");
        Tab composerTab = lazyTab(m.get("tab.composer"), composer);
        composerTab.setId("tab-composer");
        // Three screens: the pair's records (tables, with the selected record beside them), import, the composer.
        recordTabs.getTabs().addAll(new Tab(m.get("tab.history"), history()),
                lazyTab(m.get("tab.requests"), this::requests), lazyTab(m.get("tab.agreements"), records::agreementsAndAid),
                lazyTab(m.get("tab.gifts"), records::gifts), lazyTab(m.get("tab.people"), records::people),
                lazyTab(m.get("tab.context"), records::context));
        recordTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Parent details = records.details();
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(recordTabs, details);
        split.setDividerPositions(0.72);
        javafx.scene.control.SplitPane.setResizableWithParent(details, false);
        recordsTab = new Tab(m.get("tab.records"), split);
        recordsTab.setId("tab-records");
        recordsTab.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.BOOK_OPEN));
        importTab.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.DOWNLOAD));
        composerTab.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.FILE_TEXT));
        tabs.getTabs().addAll(recordsTab, importTab, composerTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("floating");
        root.setCenter(tabs);
        shortcuts();
        acceptDrops(files -> {
            tabs.getSelectionModel().select(importTab);
            dropped.accept(files);
        });
        Label store = new Label(vm.storeDescription());
        store.setPadding(new Insets(4, 12, 4, 12));
        store.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        root.setBottom(store);
    }

    public Parent root() {
        return root;
    }

    public void showRecords() {
        tabs.getSelectionModel().select(recordsTab);
    }

    public void showImport() {
        tabs.getSelectionModel().select(importTab);
    }

    public void showComposer() {
        tabs.getSelectionModel().select(tabs.getTabs().get(tabs.getTabs().size() - 1));
    }

    /** A tab whose content is built when it is first shown: the window opens faster with only the history laid out. */
    private static Tab lazyTab(String title, java.util.function.Supplier<? extends javafx.scene.Node> content) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    /** Files or folders dropped anywhere on the window are articles to import. */
    private void acceptDrops(java.util.function.Consumer<java.util.List<java.nio.file.Path>> dropped) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                var files = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                // After the drop completes: the review may ask a question, which must not block the drag.
                javafx.application.Platform.runLater(() -> dropped.accept(files));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private HBox pickers(java.util.function.Consumer<String> switchLanguage) {
        SearchPicker<Province> province = pickers.province();
        province.setId("province-picker");
        province.valueProperty().bindBidirectional(vm.provinceProperty());
        SearchPicker<Partner> partner = pickers.partner();
        partner.setId("partner-picker");
        partner.valueProperty().bindBidirectional(vm.partnerProperty());
        TextField search = searchBox();
        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(vm.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label provinceLabel = new Label(m.get("picker.province"));
        Label partnerLabel = new Label(m.get("picker.partner"));
        for (Label l : new Label[]{provinceLabel, partnerLabel, summary}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("ui-language");
        language.getItems().setAll("vi", "en");
        language.setValue(m.lang());
        language.setConverter(labels(l -> m.get("lang." + l)));
        language.setTooltip(new javafx.scene.control.Tooltip(m.get("ui.language")));
        language.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null && !chosen.equals(m.lang())) {
                // After this event: the switch replaces this very view.
                javafx.application.Platform.runLater(() -> switchLanguage.accept(chosen));
            }
        });
        HBox bar = new HBox(10, provinceLabel, province, partnerLabel, partner, search, spacer, summary, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        return bar;
    }

    /** One box over everything (Ctrl+K or Ctrl+F); choosing a meeting or a request shows its pair. */
    private TextField searchBox() {
        TextField field = new TextField();
        field.setId("search");
        field.setPromptText(m.get("search.prompt"));
        field.setPrefWidth(250);
        ListView<SearchIndex.Hit> list = new ListView<>(vm.hits());
        list.setId("search-hits");
        list.setPrefSize(620, 360);
        list.setStyle("-fx-hbar-policy: never;");
        list.setPlaceholder(new Label(m.get("search.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SearchIndex.Hit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(m.get("kind." + hit.kind().id()) + " · " + hit.title());
                title.setStyle("-fx-font-weight: bold;");
                title.setWrapText(true);
                title.setMaxWidth(580);
                Label snippet = new Label(hit.snippet());
                snippet.setWrapText(true);
                snippet.setMaxWidth(580);
                setGraphic(new VBox(2, title, snippet));
                setText(null);
            }
        });
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.getContent().add(list);
        field.setOnAction(e -> {
            vm.search(field.getText());
            var at = field.localToScreen(0, field.getHeight());
            if (at != null && !popup.isShowing()) {
                // Keep the list inside the window: it is wider than the box.
                var window = field.getScene().getWindow();
                double x = Math.min(at.getX(), window.getX() + window.getWidth() - list.getPrefWidth() - 8);
                popup.show(field, Math.max(window.getX(), x), at.getY());
            }
        });
        Runnable openSelected = () -> {
            SearchIndex.Hit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null) {
                popup.hide();
                vm.open(hit);
                // Shown in the detail pane once the hit's pair is loaded.
                switch (hit.kind()) {
                    case MEETING -> recordsVm.select(RecordsViewModel.Kind.MEETING, hit.refId());
                    case REQUEST -> recordsVm.select(RecordsViewModel.Kind.REQUEST, hit.refId());
                    case PERSON -> recordsVm.select(RecordsViewModel.Kind.PERSON, hit.refId());
                    default -> { }
                }
                showRecords();
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                for (KeyCombination keys : new KeyCombination[]{new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)}) {
                    scene.getAccelerators().put(keys, () -> {
                        field.requestFocus();
                        field.selectAll();
                    });
                }
            }
        });
        return field;
    }

    /** Ctrl+N: a new record in the table shown; F5: read the store again. */
    private void shortcuts() {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                return;
            }
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                if (tabs.getSelectionModel().getSelectedItem() != recordsTab) {
                    return;
                }
                javafx.scene.Node content = recordTabs.getSelectionModel().getSelectedItem().getContent();
                content.lookupAll(".table-view").stream().filter(t -> t.getUserData() instanceof Button).findFirst()
                        .ifPresent(t -> ((Button) t.getUserData()).fire());
            });
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> {
                vm.refresh();
                recordsVm.refresh();
            });
        });
    }

    private VBox history() {
        TableView<MainViewModel.MeetingRow> table = new TableView<>(vm.meetings());
        table.setId("history");
        table.getColumns().add(column(m.get("col.date"), MainViewModel.MeetingRow::date, 100));
        table.getColumns().add(column(m.get("col.province"), MainViewModel.MeetingRow::provinceAsWritten, 170));
        table.getColumns().add(column(m.get("col.partner"), MainViewModel.MeetingRow::partner, 220));
        table.getColumns().add(column(m.get("col.leader"), MainViewModel.MeetingRow::leader, 190));
        table.getColumns().add(column(m.get("col.title"), MainViewModel.MeetingRow::title, 460));
        return records.withActions(table, null, RecordsViewModel.Kind.MEETING, MainViewModel.MeetingRow::id,
                () -> recordsVm.editMeeting(null), r -> recordsVm.editMeeting(r.id()),
                r -> recordsVm.deleteMeeting(r.id(), r.title()));
    }

    private VBox requests() {
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
        return records.withActions(table, filters(), RecordsViewModel.Kind.REQUEST, MainViewModel.RequestRow::id,
                () -> recordsVm.editRequest(null, null), r -> recordsVm.editRequest(r.id(), null),
                r -> recordsVm.deleteRequest(r.id(), r.text()), change);
    }

    /** Category, status and direction filters over the requests; "Tất cả" clears one. */
    private HBox filters() {
        ChoiceBox<String> category = new ChoiceBox<>();
        category.setId("filter-category");
        Runnable fill = () -> {
            category.getItems().setAll((String) null);
            vm.categories().forEach(c -> category.getItems().add(c.id()));
        };
        fill.run();
        vm.categories().addListener((javafx.collections.ListChangeListener<vn.protocolbrief.domain.RequestCategory>) c -> fill.run());
        category.setConverter(labels(id -> id == null ? m.get("filter.any") : vm.categoryLabel(id)));
        category.valueProperty().bindBidirectional(vm.categoryFilterProperty());
        ChoiceBox<RequestStatus> status = new ChoiceBox<>();
        status.setId("filter-status");
        status.getItems().add(null);
        status.getItems().addAll(RequestStatus.values());
        status.setConverter(labels(st -> st == null ? m.get("filter.any") : status(st)));
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        ChoiceBox<String> direction = new ChoiceBox<>();
        direction.setId("filter-direction");
        direction.getItems().addAll(null, "VN→JP", "JP→VN");
        direction.setConverter(labels(d -> d == null ? m.get("filter.any") : d));
        direction.valueProperty().bindBidirectional(vm.directionFilterProperty());
        HBox bar = new HBox(8, new Label(m.get("filter.category")), category, new Label(m.get("filter.status")), status,
                new Label(m.get("filter.direction")), direction);
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
        dialog.initOwner(root.getScene().getWindow());
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
            javafx.stage.Window owner = root.getScene().getWindow();
            javafx.stage.Window w = dialog.getDialogPane().getScene().getWindow();
            w.setX(owner.getX() + (owner.getWidth() - w.getWidth()) / 2);
            w.setY(owner.getY() + Math.max(0, (owner.getHeight() - w.getHeight()) / 2));
        });
        if (dialog.showAndWait().filter(b -> b == save).isPresent()) {
            vm.changeStatus(row, status.getValue(), date.dateProperty().get(), note.getText());
        }
    }

    private String status(RequestStatus s) {
        return m.get("status." + s.name().toLowerCase(java.util.Locale.ROOT));
    }
}

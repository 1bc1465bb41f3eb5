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
    private TextField searchField;
    /** The pair's count of meetings (built with the bar, shown at the foot). */
    private Label summary;

    /** What the officer sees that a change of language must keep: the search text, the screen and the records tab. */
    public record Shown(String searchText, int screen, int recordsTab) { }

    public Shown shown() {
        return new Shown(searchField.getText(), tabs.getSelectionModel().getSelectedIndex(),
                recordTabs.getSelectionModel().getSelectedIndex());
    }

    /** Puts back what the window in the other language showed. */
    public void show(Shown shown) {
        searchField.setText(shown.searchText());
        if (shown.screen() >= 0 && shown.screen() < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(shown.screen());
        }
        if (shown.recordsTab() >= 0 && shown.recordsTab() < recordTabs.getTabs().size()) {
            recordTabs.getSelectionModel().select(shown.recordsTab());
        }
    }

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
        root.setTop(new VBox(pickers(switchLanguage), demoNote()));
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
        // The pane beside the tables shows the selected row of the tab in front, never a record of another tab.
        recordTabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            recordsVm.select(null, null);
            javafx.application.Platform.runLater(() -> {
                if (tab != null && tab.getContent() != null
                        && tab.getContent().lookup(".table-view") instanceof TableView<?> table
                        && table.getSelectionModel().getSelectedIndex() >= 0) {
                    int i = table.getSelectionModel().getSelectedIndex();
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().select(i);
                }
            });
        });
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
        // The store menu: which store the window shows, and connecting to an office's.
        javafx.scene.control.MenuButton store = new javafx.scene.control.MenuButton(vm.storeDescription());
        store.setId("store-menu");
        store.setStyle("-fx-font-size: 11px;");
        javafx.scene.control.MenuItem connect = new javafx.scene.control.MenuItem(m.get("office.connect"));
        connect.setId("office-connect");
        connect.setOnAction(e -> connectOffice.run());
        javafx.scene.control.MenuItem local = new javafx.scene.control.MenuItem(m.get("office.local"));
        local.setId("office-local");
        local.setOnAction(e -> useLocalStore.run());
        store.getItems().addAll(connect, local);
        summary.setStyle("-fx-font-size: 11px;");
        Button trash = new Button(m.get("trash.open"), new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.feather.Feather.TRASH_2));
        trash.setId("trash");
        trash.setStyle("-fx-font-size: 11px;");
        trash.setOnAction(e -> trashDialog());
        Button undo = new Button(m.get("undo.button"), new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.feather.Feather.ROTATE_CCW));
        undo.setId("undo");
        undo.setStyle("-fx-font-size: 11px;");
        undo.setOnAction(e -> recordsVm.undo());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, store, summary, gap, undo, trash);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(2, 12, 2, 12));
        root.setBottom(bottom);
    }

    public Parent root() {
        return root;
    }

    private Runnable connectOffice = () -> { };
    private Runnable useLocalStore = () -> { };

    /** What the store menu's "Connect to an office store…" and "This computer's store" do. */
    public void onStoreMenu(Runnable connectOffice, Runnable useLocalStore) {
        this.connectOffice = java.util.Objects.requireNonNull(connectOffice);
        this.useLocalStore = java.util.Objects.requireNonNull(useLocalStore);
    }

    /** Issue 21: what is due, under the pickers (seen on start) and as a tab of the pair's records. */
    public void addDueSoon(Parent strip, Parent ofPair, String tabTitle) {
        if (root.getTop() instanceof VBox top) {
            top.getChildren().add(strip);
        }
        Tab due = new Tab(tabTitle, ofPair);
        due.setId("tab-due");
        recordTabs.getTabs().add(due);
    }

    private Runnable newMeeting = () -> { };

    /** What "New meeting" does (the window opens the one-form entry on the import screen). */
    public void onNewMeeting(Runnable action) {
        this.newMeeting = action;
    }

    public void showRecords() {
        tabs.getSelectionModel().select(recordsTab);
    }

    public void showImport() {
        tabs.getSelectionModel().select(importTab);
    }

    /**
     * Adds a screen after the import screen, its title following {@code title} (which may carry a count); {@code
     * shown} runs each time it is brought to the front.
     */
    public Tab addScreen(String id, javafx.beans.value.ObservableValue<String> title, Parent content,
                         org.kordamp.ikonli.Ikon icon, Runnable shown) {
        Tab tab = new Tab();
        tab.setId(id);
        // The title is a label in the header: a tab's own text, changed after the header was laid out, is cut short.
        Label header = new Label(null, new org.kordamp.ikonli.javafx.FontIcon(icon));
        header.textProperty().bind(title);
        header.setMinWidth(Region.USE_PREF_SIZE);
        tab.setGraphic(header);
        tab.setContent(content);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                shown.run();
            }
        });
        tabs.getTabs().add(tabs.getTabs().indexOf(importTab) + 1, tab);
        return tab;
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
        // The window is laid out before the store answers: the pickers say it is being opened, not "choose".
        for (SearchPicker<?> picker : java.util.List.of(province, partner)) {
            picker.promptTextProperty().bind(javafx.beans.binding.Bindings.when(vm.openingProperty())
                    .then(m.get("store.openingShort")).otherwise(m.get("picker.prompt")));
        }
        TextField search = searchBox();
        searchField = search;
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
        // Each picker asks for the width of the whole name it shows (a long partner's name is not cut at 1366 or
        // 1440 pixels), the search box for its whole prompt; narrow windows (1024 pixels) keep every control
        // whole: the pickers and the search box give way first.
        fitToText(province.getEditor(), 38);
        fitToText(partner.getEditor(), 38);
        province.prefWidthProperty().bind(province.getEditor().prefWidthProperty());
        partner.prefWidthProperty().bind(partner.getEditor().prefWidthProperty());
        fitToText(search, 0);
        province.setMinWidth(150);
        partner.setMinWidth(150);
        search.setMinWidth(110);
        language.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.MenuButton recent = new javafx.scene.control.MenuButton(null,
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.CLOCK));
        recent.setId("recent-pairs");
        recent.setTooltip(new javafx.scene.control.Tooltip(m.get("recent.title")));
        recent.setAccessibleText(m.get("recent.title"));
        recent.setMinWidth(Region.USE_PREF_SIZE);
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (MainViewModel.RecentPair r : vm.recentPairs()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(r.label());
                item.setOnAction(e -> vm.choose(r));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                javafx.scene.control.MenuItem none = new javafx.scene.control.MenuItem(m.get("recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        vm.recentPairs().addListener((javafx.collections.ListChangeListener<MainViewModel.RecentPair>) c -> fillRecent.run());
        fillRecent.run();
        Button help = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.HELP_CIRCLE));
        help.setId("help-button");
        help.setTooltip(new javafx.scene.control.Tooltip(m.get("help.title") + " (F1)"));
        help.setAccessibleText(m.get("help.title"));
        help.setMinWidth(Region.USE_PREF_SIZE);
        help.setOnAction(e -> help());
        // The pair's count sits at the foot beside the store's name: the bar keeps its width for the whole names.
        this.summary = summary;
        HBox bar = new HBox(6, provinceLabel, province, partnerLabel, partner, recent, search, spacer, language, help);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 8, 10, 8));
        return bar;
    }

    /**
     * A field's preferred width follows its text or, empty, its prompt: the text, the field's own padding and
     * {@code extra} (a chevron drawn over it).
     */
    private static void fitToText(TextField field, double extra) {
        field.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            String shown = field.getText() == null || field.getText().isEmpty() ? field.getPromptText() : field.getText();
            javafx.scene.text.Text text = new javafx.scene.text.Text(shown == null ? "" : shown);
            text.setFont(field.getFont());
            return Math.max(160, Math.ceil(text.getLayoutBounds().getWidth()) + 24 + extra);
        }, field.textProperty(), field.promptTextProperty(), field.fontProperty()));
    }

    /** One box over everything (Ctrl+K or Ctrl+F); choosing a meeting or a request shows its pair. */
    private TextField searchBox() {
        TextField field = new TextField();
        field.setId("search");
        field.setPromptText(m.get("search.prompt"));
        field.setTooltip(new javafx.scene.control.Tooltip(m.get("search.tooltip")));
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
        Runnable searchNow = () -> {
            vm.search(field.getText());
            var at = field.localToScreen(0, field.getHeight());
            if (at != null && !popup.isShowing() && !field.getText().isBlank()) {
                // Keep the list inside the window: it is wider than the box.
                var window = field.getScene().getWindow();
                double x = Math.min(at.getX(), window.getX() + window.getWidth() - list.getPrefWidth() - 8);
                popup.show(field, Math.max(window.getX(), x), at.getY());
            }
        };
        field.setOnAction(e -> searchNow.run());
        // As the officer types: searched once the typing pauses, on a background task (see MainViewModel.search).
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        typing.setOnFinished(e -> searchNow.run());
        field.textProperty().addListener((o, a, b) -> {
            if (field.isFocused()) {
                typing.playFromStart();
            }
        });
        Runnable openSelected = () -> {
            SearchIndex.Hit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null) {
                popup.hide();
                if (hit.kind() == SearchIndex.Kind.SOURCE) {
                    // An article: shown as the meeting it was recorded in.
                    vm.openSource(hit.refId(), id -> recordsVm.select(RecordsViewModel.Kind.MEETING, id));
                    showRecords();
                    return;
                }
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
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::help);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
                // In a text field Ctrl+Z undoes the typing (the field takes the key first); elsewhere, the last change.
                if (!(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                    recordsVm.undo();
                }
            });
        });
    }

    /**
     * A line over the window while the store holds only the sample meetings: they are samples from five real
     * articles, not the office's records. Closed once, it stays closed.
     */
    private javafx.scene.Node demoNote() {
        Label text = new Label(m.get("demo.note"));
        text.setWrapText(true);
        Button ok = new Button(m.get("demo.ok"));
        ok.setId("demo-note-ok");
        ok.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox note = new HBox(12, new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.INFO), text, ok);
        note.setId("demo-note");
        note.getStyleClass().add("demo-note");
        note.setAlignment(Pos.CENTER_LEFT);
        note.setPadding(new Insets(6, 12, 6, 12));
        HBox.setHgrow(text, Priority.ALWAYS);
        note.visibleProperty().bind(vm.demoNoteProperty());
        note.managedProperty().bind(note.visibleProperty());
        ok.setOnAction(e -> vm.closeDemoNote());
        return note;
    }

    /** The deleted records, each with a button that puts it back. */
    private void trashDialog() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(m.get("trash.title"));
        dialog.setHeaderText(null);
        ListView<vn.protocolbrief.service.RecordService.Change> list = new ListView<>();
        list.setId("trash-list");
        list.setPrefSize(620, 360);
        list.setMinSize(360, 160); // the deleted records stay readable and choosable under any window manager
        list.setPlaceholder(new Label(m.get("trash.empty")));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(vn.protocolbrief.service.RecordService.Change c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : m.format("trash.item", m.get("trash.kind." + c.kind()), c.label(),
                        c.at().replace('T', ' ')));
            }
        });
        list.getItems().setAll(recordsVm.trash());
        Button restore = new Button(m.get("trash.restore"));
        restore.setId("trash-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> {
            recordsVm.restore(list.getSelectionModel().getSelectedItem());
            list.getItems().remove(list.getSelectionModel().getSelectedItem());
        });
        VBox box = new VBox(8, new Label(m.get("trash.intro")), list, restore);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        vn.protocolbrief.ui.common.DialogSizing.fit(dialog);
        dialog.show();
    }

    /** The short user guide in the window's language. */
    public void help() {
        vn.protocolbrief.ui.common.HelpWindow.show(root.getScene().getWindow(), m);
    }

    private VBox history() {
        TableView<MainViewModel.MeetingRow> table = new TableView<>(vm.meetings());
        table.setId("history");
        table.getColumns().add(column(m.get("col.date"), MainViewModel.MeetingRow::date, 100));
        table.getColumns().add(column(m.get("col.province"), MainViewModel.MeetingRow::provinceAsWritten, 170));
        table.getColumns().add(column(m.get("col.partner"), MainViewModel.MeetingRow::partner, 220));
        table.getColumns().add(column(m.get("col.leader"), MainViewModel.MeetingRow::leader, 190));
        table.getColumns().add(column(m.get("col.title"), MainViewModel.MeetingRow::title, 460));
        // A new meeting is recorded in one form: the review form of an article, empty (delegation, hosts,
        // requests, agreements, aid, gifts and the source together).
        VBox box = records.withActions(table, null, RecordsViewModel.Kind.MEETING, MainViewModel.MeetingRow::id,
                () -> newMeeting.run(), r -> recordsVm.editMeeting(r.id()),
                r -> recordsVm.deleteMeeting(r.id(), r.title()));
        Label empty = new Label();
        empty.setId("history-placeholder");
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.openingProperty())
                .then(m.get("store.openingShort")).otherwise(m.get("rec.noneYet")));
        table.setPlaceholder(empty);
        return box;
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
        // Empty because of a filter: say so, with the way back.
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.openingProperty())
                .then(m.get("store.openingShort")).otherwise(javafx.beans.binding.Bindings.when(vm.filtered())
                        .then(m.get("filter.hidesAll")).otherwise(m.get("rec.noneYet"))));
        empty.setWrapText(true);
        Button clear = new Button(m.get("filter.clear"));
        clear.setId("filter-clear-empty");
        clear.visibleProperty().bind(vm.filtered());
        clear.setOnAction(e -> vm.clearFilters());
        VBox placeholder = new VBox(8, empty, clear);
        placeholder.setAlignment(Pos.CENTER);
        VBox box = records.withActions(table, filters(), RecordsViewModel.Kind.REQUEST, MainViewModel.RequestRow::id,
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
        Button clear = new Button(m.get("filter.clear"));
        clear.setId("filter-clear");
        clear.disableProperty().bind(vm.filtered().not());
        clear.setOnAction(e -> vm.clearFilters());
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

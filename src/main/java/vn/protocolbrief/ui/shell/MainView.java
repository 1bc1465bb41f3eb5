package vn.protocolbrief.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import static vn.protocolbrief.ui.common.Fx.column;

import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.Pickers;
import vn.protocolbrief.ui.records.RecordsView;
import vn.protocolbrief.ui.records.RecordsViewModel;

/**
 * The main window: choose a province and a partner; see their meetings and requests. Built in code, in parts: the
 * bar over it ({@link PairBar}), the screens and the pair's record tabs (here; the requests in {@link RequestsTab}),
 * the foot with the store, Undo and the trash ({@link WindowFoot}).
 */
public final class MainView {
    private final MainViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();

    private final RecordsViewModel recordsVm;
    private final RecordsView records;
    private final TabPane tabs = new TabPane();
    private final TabPane recordTabs = new TabPane();
    private Tab recordsTab;
    private Tab importTab;
    private final PairBar bar;
    private final WindowFoot foot;
    private final RequestsTab requests;

    /** What the officer sees that a change of language must keep: the search text, the screen and the records tab. */
    public record Shown(String searchText, int screen, int recordsTab) { }

    public Shown shown() {
        return new Shown(bar.searchField().getText(), tabs.getSelectionModel().getSelectedIndex(),
                recordTabs.getSelectionModel().getSelectedIndex());
    }

    /** Puts back what the window in the other language showed. */
    public void show(Shown shown) {
        bar.searchField().setText(shown.searchText());
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
        this.recordsVm = recordsVm;
        this.records = new RecordsView(recordsVm, messages);
        this.bar = new PairBar(vm, recordsVm, messages, pickers, switchLanguage, this::showRecords, this::help);
        this.foot = new WindowFoot(vm, recordsVm, messages);
        this.requests = new RequestsTab(vm, recordsVm, records, messages);
        root.setTop(new VBox(bar.node(), demoNote()));
        importTab = lazyTab(m.get("tab.import"), importer);
        importTab.setId("tab-import");
        Tab composerTab = lazyTab(m.get("tab.composer"), composer);
        composerTab.setId("tab-composer");
        // Three screens: the pair's records (tables, with the selected record beside them), import, the composer.
        recordTabs.getTabs().addAll(new Tab(m.get("tab.history"), history()),
                lazyTab(m.get("tab.requests"), requests::build), lazyTab(m.get("tab.agreements"), records::agreementsAndAid),
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
        root.setBottom(foot.node());
    }

    public Parent root() {
        return root;
    }

    /** What the store menu's "Connect to an office store…", "This computer's store" and its store files do. */
    public void onStoreMenu(Runnable connectOffice, Runnable useLocalStore, StoreChoices storeFiles) {
        foot.onStoreMenu(connectOffice, useLocalStore, storeFiles);
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

    /** Ctrl+N: a new record in the table shown; F5: read the store again (as on return from another application). */
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
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::readStoreAgain);
            scene.windowProperty().addListener((w, was, window) -> followFocus(window));
            followFocus(scene.getWindow());
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::help);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
                // In a text field Ctrl+Z undoes the typing (the field takes the key first); elsewhere, the last change.
                if (!(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                    recordsVm.undo();
                }
            });
        });
    }

    /** Another application used meanwhile (a terminal's import, say): on return the window reads the store again. */
    private void followFocus(javafx.stage.Window window) {
        if (window == null) {
            return;
        }
        ReturnToWindow back = new ReturnToWindow(vm::readStoreAgain);
        javafx.beans.value.ChangeListener<Boolean> follow = (o, was, focused) -> {
            if (focused) {
                back.returned();
            } else {
                back.left(javafx.stage.Window.getWindows().stream().anyMatch(w -> w != window && w.isShowing()));
            }
        };
        // One listener per window: a window rebuilt (another language, another store) follows its new content only.
        if (window.getProperties().put(MainView.class, follow) instanceof javafx.beans.value.ChangeListener<?> old) {
            @SuppressWarnings("unchecked")
            var previous = (javafx.beans.value.ChangeListener<Boolean>) old;
            window.focusedProperty().removeListener(previous);
        }
        window.focusedProperty().addListener(follow);
    }

    /**
     * A line over the window while the store holds only the sample meetings: they are samples from five real
     * articles, not the office's records. Closed once, it stays closed.
     */
    private javafx.scene.Node demoNote() {
        Label text = new Label();
        text.textProperty().bind(vm.demoNote().samplesProperty().map(n -> m.format("demo.note", n)));
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
        note.visibleProperty().bind(vm.demoNote().shownProperty());
        note.managedProperty().bind(note.visibleProperty());
        ok.setOnAction(e -> vm.demoNote().close());
        return note;
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
        // The pair's partner: its details in the pane, and its form (the sensitive mark).
        javafx.scene.control.Button partner = vn.protocolbrief.ui.common.Fx.button(m.get("rec.partnerButton"),
                org.kordamp.ikonli.feather.Feather.BRIEFCASE);
        partner.setId("edit-partner");
        partner.setOnAction(e -> recordsVm.editPartner());
        VBox box = records.withActions(table, null, RecordsViewModel.Kind.MEETING, MainViewModel.MeetingRow::id,
                () -> newMeeting.run(), r -> recordsVm.editMeeting(r.id()),
                r -> recordsVm.deleteMeeting(r.id(), r.title()), partner);
        Label empty = new Label();
        empty.setId("history-placeholder");
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.openingProperty())
                .then(m.get("store.openingShort")).otherwise(m.get("rec.noneYet")));
        table.setPlaceholder(empty);
        return box;
    }
}

package vn.protocolbrief.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.records.RecordsViewModel;

/** The window's foot: which store it shows (and the menu to change it), the pair's count, Undo and the trash. */
final class WindowFoot {
    private final MainViewModel vm;
    private final RecordsViewModel recordsVm;
    private final Messages m;
    private final HBox bottom;
    private Runnable connectOffice = () -> { };
    private Runnable useLocalStore = () -> { };
    private StoreChoices storeFiles;

    WindowFoot(MainViewModel vm, RecordsViewModel recordsVm, Messages messages) {
        this.vm = vm;
        this.recordsVm = recordsVm;
        this.m = messages;
        // The store menu: which store the window shows, and connecting to an office's.
        javafx.scene.control.MenuButton store = new javafx.scene.control.MenuButton(vm.storeDescription());
        store.setId("store-menu");
        store.setStyle("-fx-font-size: 11px;");
        // The menu sits in the window's foot: it opens upwards, the same way however many recent stores it lists.
        store.setPopupSide(javafx.geometry.Side.TOP);
        javafx.scene.control.MenuItem connect = new javafx.scene.control.MenuItem(m.get("office.connect"));
        connect.setId("office-connect");
        connect.setOnAction(e -> connectOffice.run());
        javafx.scene.control.MenuItem local = new javafx.scene.control.MenuItem(m.get("office.local"));
        local.setId("office-local");
        local.setOnAction(e -> useLocalStore.run());
        store.getItems().addAll(connect, local);
        // The store files (open another, a recent one, a new empty one), read again each time the menu opens.
        store.setOnShowing(e -> {
            store.getItems().setAll(connect, local);
            if (storeFiles != null) {
                store.getItems().addAll(StoreFileItems.of(storeFiles, m));
            }
        });
        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
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
        // Other officers write to an office store too: F5 (or this) shows what it holds now.
        Button readAgain = new Button(m.get("store.readAgain"), new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.feather.Feather.REFRESH_CW));
        readAgain.setId("read-again");
        readAgain.setStyle("-fx-font-size: 11px;");
        readAgain.setOnAction(e -> vm.readStoreAgain());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bottom = new HBox(12, store, summary, gap, readAgain, undo, trash);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(2, 12, 2, 12));
    }

    HBox node() {
        return bottom;
    }

    /** What the store menu's "Connect to an office store…", "This computer's store" and its store files do. */
    void onStoreMenu(Runnable connectOffice, Runnable useLocalStore, StoreChoices storeFiles) {
        this.connectOffice = java.util.Objects.requireNonNull(connectOffice);
        this.useLocalStore = java.util.Objects.requireNonNull(useLocalStore);
        this.storeFiles = storeFiles;
    }

    /** The deleted records, each with a button that puts it back. */
    private void trashDialog() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(bottom.getScene().getWindow());
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
}

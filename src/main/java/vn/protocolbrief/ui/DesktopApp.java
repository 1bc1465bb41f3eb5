package vn.protocolbrief.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.HistoryService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreLocation;

/**
 * The desktop window. For now a read-only history browser on the store (province → meetings, predecessors
 * included); the full desktop application is its own issue.
 */
public final class DesktopApp extends Application {
    private static Path storePath;
    private static Path fileToImport;

    /**
     * @param importFile an export file the system asked the application to open (file association), which
     *                   the window offers to import after asking
     */
    public static void start(Path store, Path importFile) {
        storePath = store != null ? store : StoreLocation.defaultStore();
        fileToImport = importFile;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        Store store;
        try {
            store = Store.open(storePath);
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Không mở được kho dữ liệu");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        List<Province> provinces = new Catalog(store).provinces().provinces();
        HistoryService history = new HistoryService(store);
        ComboBox<Province> province = new ComboBox<>(FXCollections.observableArrayList(provinces));
        province.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Province p) {
                return p == null ? "" : p.nameVi();
            }

            @Override
            public Province fromString(String s) {
                return null;
            }
        });
        ListView<String> meetings = new ListView<>();
        province.valueProperty().addListener((obs, old, p) -> meetings.setItems(FXCollections.observableArrayList(
                history.meetings(p.id(), null).stream().map(DesktopApp::line).toList())));
        provinces.stream().filter(p -> p.id().equals("phu-tho")).findFirst().ifPresent(province::setValue);
        HBox top = new HBox(12, new Label("Tỉnh, thành phố:"), province, new Label("Kho: " + store.path()));
        top.setPadding(new Insets(12));
        BorderPane root = new BorderPane(meetings, top, null, null, null);
        stage.setTitle("Protocol Brief");
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
        if (fileToImport != null) {
            Platform.runLater(() -> offerImport(store, fileToImport));
        }
    }

    /** A double-clicked export: say what it holds, import it only when the officer agrees. */
    private static void offerImport(Store store, Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            var archive = vn.protocolbrief.store.ArchiveJson.read(in, file.getFileName().toString());
            var importButton = new javafx.scene.control.ButtonType("Nhập", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            var cancelButton = new javafx.scene.control.ButtonType("Hủy", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Tệp " + file.getFileName() + " có "
                    + archive.meetings().size() + " cuộc làm việc, " + archive.persons().size()
                    + " nhân vật. Nhập vào kho dữ liệu " + store.path() + "?", importButton, cancelButton);
            ask.setHeaderText("Nhập dữ liệu từ tệp xuất");
            if (ask.showAndWait().filter(b -> b == importButton).isPresent()) {
                var r = new vn.protocolbrief.store.ArchiveService(store).importArchive(archive);
                new Alert(Alert.AlertType.INFORMATION, "Đã nhập " + r.meetings() + " cuộc làm việc.").showAndWait();
            }
        } catch (java.io.IOException | RuntimeException e) {
            Alert error = new Alert(Alert.AlertType.ERROR, e.getMessage());
            error.setHeaderText("Không nhập được tệp");
            error.showAndWait();
        }
    }

    private static String line(Meeting m) {
        String date = m.date().known() ? m.date().display() : "ngày chưa rõ";
        return date + "   " + m.provinceAsWritten() + "   " + (m.title() == null ? "" : m.title());
    }
}

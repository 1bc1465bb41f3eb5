package vn.protocolbrief.ui.shell;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.protocolbrief.ui.common.Messages;

/**
 * "Connect to an office store…": server, port, database, login, sslmode and the password, which is handed to the
 * connection and never written anywhere (left empty, PGPASSWORD or ~/.pgpass give it, as for psql).
 */
public final class OfficeConnectDialog {
    /** What the officer filled in. The caller clears the password once connected. */
    public record Answer(OfficeAddress address, char[] password) {
    }

    private final Messages m;

    public OfficeConnectDialog(Messages m) {
        this.m = m;
    }

    public Optional<Answer> ask(Window owner, OfficeAddress start, String problem) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("office.title"));
        dialog.setHeaderText(problem == null ? m.get("office.header") : problem);
        TextField host = field("office-host", start.host());
        TextField port = field("office-port", String.valueOf(start.port()));
        TextField database = field("office-database", start.database());
        TextField user = field("office-user", start.user());
        ComboBox<String> sslmode = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                OfficeAddress.SSL_MODES));
        sslmode.setId("office-sslmode");
        sslmode.setValue(start.sslmode());
        PasswordField password = new PasswordField();
        password.setId("office-password");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label(m.get("office.host")), host);
        grid.addRow(row++, new Label(m.get("office.port")), port);
        grid.addRow(row++, new Label(m.get("office.database")), database);
        grid.addRow(row++, new Label(m.get("office.user")), user);
        grid.addRow(row++, new Label(m.get("office.sslmode")), sslmode);
        grid.addRow(row++, new Label(m.get("office.password")), password);
        Label note = new Label(m.get("office.passwordNote"));
        note.setWrapText(true);
        note.setMaxWidth(360);
        note.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        grid.add(note, 1, row);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType(m.get("office.connectButton"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, new ButtonType(m.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(connect);
        Runnable check = () -> ok.setDisable(host.getText().isBlank() || database.getText().isBlank()
                || user.getText().isBlank() || !port.getText().strip().matches("\\d{1,5}"));
        for (TextField f : new TextField[]{host, port, database, user}) {
            f.textProperty().addListener((o, a, b) -> check.run());
        }
        check.run();
        javafx.application.Platform.runLater(() -> (database.getText().isBlank() ? database : password).requestFocus());
        Optional<ButtonType> chosen = dialog.showAndWait();
        char[] typed = password.getText().toCharArray();
        password.clear();
        if (chosen.isEmpty() || chosen.get() != connect) {
            java.util.Arrays.fill(typed, '\0');
            return Optional.empty();
        }
        return Optional.of(new Answer(new OfficeAddress(host.getText(), Integer.parseInt(port.getText().strip()),
                database.getText(), user.getText(), sslmode.getValue()), typed));
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPrefColumnCount(22);
        return f;
    }
}

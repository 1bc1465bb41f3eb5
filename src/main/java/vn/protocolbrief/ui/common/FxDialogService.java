package vn.protocolbrief.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Dialogs as JavaFX alerts and file choosers, owned by the main window, with the application's words on the buttons
 * and titles.
 */
public final class FxDialogService implements DialogService, StoreFileAsker {
    private final Window owner;
    private final Messages messages;

    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, new ButtonType(messages.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE)).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, new ButtonType(messages.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE)).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.CONFIRMATION, title, message, yes, no).showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public boolean ask(String title, String message, String action, String otherwise, boolean destructive) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(otherwise, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        if (destructive) {
            ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((javafx.scene.control.Button) a.getDialogPane().lookupButton(no)).setDefaultButton(true);
        }
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public int choose(String title, String message, java.util.List<String> answers) {
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            buttons.add(new ButtonType(answers.get(i), i == answers.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : ButtonBar.ButtonData.OTHER));
        }
        Alert a = alert(Alert.AlertType.WARNING, title, message, buttons.toArray(ButtonType[]::new));
        // Each answer says what it does: never cut to "Ghi đè bằng bản của …" (the bar's uniform width is the
        // widest one's, and the pane grows to hold them rather than shrinking them).
        for (ButtonType b : buttons) {
            if (a.getDialogPane().lookupButton(b) instanceof javafx.scene.control.Button button) {
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        var chosen = a.showAndWait();
        return chosen.map(buttons::indexOf).filter(i -> i >= 0).orElse(answers.size() - 1);
    }

    @Override
    public boolean edit(RecordForm form) {
        return new RecordDialog(owner, messages, this).edit(form);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> toOpen(java.nio.file.Path folder) {
        return path(new Choosers(messages).storeFile(folder).showOpenDialog(owner));
    }

    @Override
    public java.util.Optional<java.nio.file.Path> toCreate(java.nio.file.Path folder) {
        var chooser = new Choosers(messages).storeFile(folder);
        chooser.setTitle(messages.get("chooser.newStore"));
        chooser.setInitialFileName(messages.get("chooser.newStoreName"));
        java.io.File f = chooser.showSaveDialog(owner);
        // A name typed without the extension still makes a store file the Open chooser lists.
        return path(f == null || f.getName().contains(".") ? f : new java.io.File(f.getParentFile(), f.getName() + ".db"));
    }

    private static java.util.Optional<java.nio.file.Path> path(java.io.File f) {
        return f == null ? java.util.Optional.empty() : java.util.Optional.of(f.toPath());
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert a = new Alert(type, message, buttons);
        a.initOwner(owner);
        a.setHeaderText(title);
        a.setTitle("Protocol Brief");
        DialogSizing.fit(a);
        return a;
    }
}

package vn.protocolbrief.ui.importing;


import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import vn.protocolbrief.ui.common.Messages;

/** Where articles come in: paste one, open files or a folder; and which draft of how many is shown. */
final class ArticleInput {
    private final ImportViewModel vm;
    private final Messages m;
    private final Node bar;

    ArticleInput(ImportViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.bar = toolbar();
    }

    Node node() {
        return bar;
    }

    private Node toolbar() {
        Button paste = vn.protocolbrief.ui.common.Fx.button(m.get("review.paste"), org.kordamp.ikonli.feather.Feather.CLIPBOARD);
        paste.setId("import-paste");
        paste.setOnAction(e -> askPaste());
        Button file = vn.protocolbrief.ui.common.Fx.button(m.get("review.openFile"), org.kordamp.ikonli.feather.Feather.FILE);
        file.setId("import-file");
        file.setOnAction(e -> {
            FileChooser chooser = new vn.protocolbrief.ui.common.Choosers(m).articles();
            List<File> files = chooser.showOpenMultipleDialog(bar.getScene().getWindow());
            if (files != null) {
                vm.open(files.stream().map(File::toPath).toList());
            }
        });
        Button folder = vn.protocolbrief.ui.common.Fx.button(m.get("review.openFolder"), org.kordamp.ikonli.feather.Feather.FOLDER);
        folder.setOnAction(e -> {
            File dir = new vn.protocolbrief.ui.common.Choosers(m).articleFolder().showDialog(bar.getScene().getWindow());
            if (dir != null) {
                vm.open(List.of(dir.toPath()));
            }
        });
        Label position = new Label();
        position.setId("import-position");
        position.textProperty().bind(vm.positionProperty());
        position.setStyle("-fx-font-weight: bold;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, paste, file, folder, spacer, position);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private void askPaste() {
        TextArea text = new TextArea();
        text.setId("paste-text");
        text.setWrapText(true);
        text.setPrefSize(760, 420);
        text.setMinSize(420, 200); // never one line, whatever the window manager makes of the dialog
        text.setPromptText(m.get("review.pastePrompt"));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(bar.getScene().getWindow());
        dialog.setTitle(m.get("review.paste"));
        ButtonType read = new ButtonType(m.get("review.read"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(read, new ButtonType(m.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(text);
        vn.protocolbrief.ui.common.DialogSizing.fit(dialog);
        if (dialog.showAndWait().filter(b -> b == read).isPresent()) {
            vm.paste(text.getText());
        }
    }
}

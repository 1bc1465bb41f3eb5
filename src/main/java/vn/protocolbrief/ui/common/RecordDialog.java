package vn.protocolbrief.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * A record form as a dialog: one row per field, wrong fields marked on the field (ControlsFX), Save refused
 * while anything is wrong, and closing with unsaved changes asks first.
 */
final class RecordDialog {
    private final Window owner;
    private final Messages m;
    private final DialogService dialogs;

    RecordDialog(Window owner, Messages messages, DialogService dialogs) {
        this.owner = owner;
        this.m = messages;
        this.dialogs = dialogs;
    }

    boolean edit(RecordForm form) {
        ValidationSupport validation = new ValidationSupport();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(140, 170, 220);
        ColumnConstraints editors = new ColumnConstraints(360, 520, Double.MAX_VALUE);
        editors.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, editors);
        int row = 0;
        for (RecordForm.Field f : form.fields()) {
            Control editor = editor(f);
            editor.setId("field-" + f.key);
            validation.registerValidator(editor, false, (Control c, Object v) -> {
                String e = form.error(f.key);
                return ValidationResult.fromErrorIf(c, e == null ? "" : m.get(e), e != null);
            });
            Label label = new Label(f.label + (f.required ? " *" : ""));
            label.setWrapText(true);
            grid.addRow(row++, label, editor);
        }
        // The decorations mark the fields; this line says in words what is wrong with the first of them.
        Label problem = new Label();
        problem.setId("form-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b3261e;");
        Runnable explain = () -> problem.setText(form.errors().entrySet().stream().findFirst()
                .map(e -> form.field(e.getKey()).label + ": " + m.get(e.getValue())).orElse(""));
        form.fields().forEach(f -> f.value.addListener((o, a, b) -> explain.run()));
        grid.add(problem, 0, row, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        dialog.setResizable(true);
        ButtonType save = new ButtonType(m.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().setContent(grid);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("form-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!form.errors().isEmpty()) {
                validation.revalidate();
                explain.run();
                e.consume();
            }
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("form-cancel");
        cancelButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!mayDiscard(form)) {
                e.consume();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (dialog.getResult() == null && !mayDiscard(form)) {
                e.consume();
            }
        });
        return dialog.showAndWait().filter(b -> b == save).isPresent();
    }

    private boolean mayDiscard(RecordForm form) {
        return !form.changed() || dialogs.ask(form.title(), m.get("form.discard"), m.get("button.discard"),
                m.get("button.keepEditing"), true);
    }

    private static Control editor(RecordForm.Field f) {
        switch (f.type) {
            case AREA -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(4);
                area.setWrapText(true);
                area.setPromptText(f.prompt);
                area.textProperty().bindBidirectional(f.value);
                return area;
            }
            case CHOICE -> {
                ChoiceBox<String> box = new ChoiceBox<>();
                f.choices.forEach(c -> box.getItems().add(c.value()));
                box.setConverter(Fx.labels(v -> f.choices.stream().filter(c -> c.value().equals(v))
                        .map(RecordForm.Choice::label).findFirst().orElse(v == null ? "" : v)));
                box.valueProperty().bindBidirectional(f.value);
                box.setMaxWidth(Double.MAX_VALUE);
                return box;
            }
            default -> {
                TextField field = new TextField();
                field.setPromptText(f.prompt);
                field.textProperty().bindBidirectional(f.value);
                return field;
            }
        }
    }
}

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
            Label label = new Label(f.label + (f.required ? " *" : ""));
            label.setWrapText(true);
            if (f.type == RecordForm.Type.ROWS) {
                // Rows say what is wrong in words right under them.
                grid.addRow(row++, label, rows(form, f));
                javafx.scene.layout.GridPane.setValignment(label, javafx.geometry.VPos.TOP);
                continue;
            }
            Control editor = editor(f);
            editor.setId("field-" + f.key);
            validation.registerValidator(editor, false, (Control c, Object v) -> {
                String e = form.error(f.key);
                return ValidationResult.fromErrorIf(c, e == null ? "" : m.get(e), e != null);
            });
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
        // A long form (a meeting with its English renderings) scrolls inside the dialog: Save and Cancel stay on a
        // 1366×768 screen instead of being pushed below it.
        javafx.scene.control.ScrollPane fields = new javafx.scene.control.ScrollPane(grid);
        fields.setId("form-fields");
        fields.setFitToWidth(true);
        fields.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        fields.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0 12 0 0;");
        double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
        // Room left for the header, the buttons and a window frame.
        fields.setPrefViewportHeight(Math.max(200, Math.min(grid.prefHeight(-1), screen - 260)));
        grid.heightProperty().addListener((o, a, b) -> fields.setPrefViewportHeight(
                Math.max(200, Math.min(b.doubleValue() + 4, screen - 260))));
        dialog.getDialogPane().setContent(fields);
        if (form.fields().stream().anyMatch(f -> f.type == RecordForm.Type.ROWS)) {
            // Rows of four cells want the width of a laptop's dialog, not of a one-column form.
            double width = Math.min(960, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 40);
            dialog.getDialogPane().setPrefWidth(width);
            dialog.getDialogPane().setMinWidth(width);
        }
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
        DialogSizing.fit(dialog);
        return dialog.showAndWait().filter(b -> b == save).isPresent();
    }

    private boolean mayDiscard(RecordForm form) {
        return !form.changed() || dialogs.ask(form.title(), m.get("form.discard"), m.get("button.discard"),
                m.get("button.keepEditing"), true);
    }

    /** A rows field: a heading per column, a line of text fields per row with a button removing it, one adding. */
    private javafx.scene.Node rows(RecordForm form, RecordForm.Field f) {
        GridPane table = new GridPane();
        table.setHgap(6);
        table.setVgap(4);
        Label problem = new Label();
        problem.setId("field-" + f.key + "-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b3261e;");
        Button add = Fx.button(f.prompt, org.kordamp.ikonli.feather.Feather.PLUS);
        add.setId("field-" + f.key + "-add");
        add.setOnAction(e -> {
            f.addRow(java.util.Map.of());
            // The new row's first cell takes the typing.
            javafx.application.Platform.runLater(() -> table.getChildren().stream()
                    .filter(n -> n instanceof TextField && GridPane.getRowIndex(n) == f.rows.size()
                            && GridPane.getColumnIndex(n) == 0).findFirst().ifPresent(javafx.scene.Node::requestFocus));
        });
        Runnable rebuild = () -> {
            table.getChildren().clear();
            for (int c = 0; c < f.columns.size(); c++) {
                RecordForm.Column col = f.columns.get(c);
                Label heading = new Label(col.label() + (col.required() ? " *" : ""));
                heading.setStyle("-fx-font-size: 11px;");
                table.add(heading, c, 0);
            }
            int r = 1;
            for (java.util.Map<String, javafx.beans.property.StringProperty> cells : f.rows) {
                int c = 0;
                for (RecordForm.Column col : f.columns) {
                    TextField cell = new TextField();
                    cell.setId("field-" + f.key + "-" + (r - 1) + "-" + col.key());
                    cell.textProperty().bindBidirectional(cells.get(col.key()));
                    cell.setAccessibleText(col.label());
                    if (col.date()) {
                        cell.setPromptText("en".equals(m.lang()) ? "day/month/year" : "ngày/tháng/năm");
                        cell.setPrefColumnCount(10);
                        cell.setMinWidth(142);
                    } else {
                        cell.setMinWidth(170);
                        cell.setPrefColumnCount(16);
                        GridPane.setHgrow(cell, Priority.ALWAYS);
                    }
                    table.add(cell, c++, r);
                }
                Button remove = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(
                        org.kordamp.ikonli.feather.Feather.TRASH_2));
                remove.setId("field-" + f.key + "-" + (r - 1) + "-remove");
                remove.setAccessibleText(m.get("form.removeRow"));
                remove.setTooltip(new javafx.scene.control.Tooltip(m.get("form.removeRow")));
                remove.setOnAction(e -> f.rows.remove(cells));
                table.add(remove, c, r++);
            }
        };
        f.rows.addListener((javafx.collections.ListChangeListener<java.util.Map<String, javafx.beans.property.StringProperty>>)
                ch -> rebuild.run());
        rebuild.run();
        f.value.addListener((o, a, b) -> {
            String e = form.error(f.key);
            problem.setText(e == null ? "" : m.get(e));
        });
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, table, add, problem);
        box.setId("field-" + f.key);
        return box;
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
            case CHECK -> {
                javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(f.prompt);
                box.setWrapText(true);
                box.setSelected("true".equals(f.value.get()));
                box.selectedProperty().addListener((o, was, now) -> f.value.set(now ? "true" : ""));
                f.value.addListener((o, was, now) -> box.setSelected("true".equals(now)));
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

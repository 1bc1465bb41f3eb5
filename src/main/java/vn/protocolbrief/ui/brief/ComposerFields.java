package vn.protocolbrief.ui.brief;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.protocolbrief.ui.common.Messages;

/** How the composer's forms are laid out: label and field grids, text fields bound to the model, errors in words. */
final class ComposerFields {
    private final ComposerViewModel vm;
    private final Messages m;

    ComposerFields(ComposerViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(110);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    int field(GridPane grid, int row, String key, Node field) {
        grid.add(label(m.get(key), field), 0, row);
        grid.add(field, 1, row);
        if (field instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        return row + 1;
    }

    static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setWrapText(true);
        return l;
    }

    static TextField text(StringProperty value, String id, String prompt) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        if (id != null) {
            t.setId(id);
        }
        if (prompt != null) {
            t.setPromptText(prompt);
        }
        return t;
    }

    /** The error of a field, in words, under it; takes no room when there is none. */
    Label error(String field) {
        Label l = new Label();
        l.setId("error-" + field);
        l.textProperty().bind(vm.form().error(field));
        l.setWrapText(true);
        l.setStyle("-fx-text-fill: #b00020;");
        l.managedProperty().bind(vm.form().error(field).isNotEmpty());
        l.visibleProperty().bind(vm.form().error(field).isNotEmpty());
        return l;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        return l;
    }

    static Label subheading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}

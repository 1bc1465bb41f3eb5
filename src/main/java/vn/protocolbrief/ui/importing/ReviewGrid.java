package vn.protocolbrief.ui.importing;


import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.protocolbrief.ui.common.Messages;

/** Three columns: what the field is, its editor, and the sentence it came from. */
final class ReviewGrid {
    /**
     * Draws the form anew and puts the focus in the field its selector names (an item was added): the button pressed
     * is gone with the old drawing.
     */
    interface Redraw {
        void showFocused(DraftForm form, String selector);
    }

    final GridPane pane = new GridPane();
    private final Messages m;
    private final Redraw redraw;
    int row = 1;

    ReviewGrid(String title, Messages messages, Redraw redraw) {
        this.m = messages;
        this.redraw = redraw;
        pane.setHgap(10);
        pane.setVgap(8);
        ColumnConstraints label = new ColumnConstraints(130, 150, 170);
        ColumnConstraints editor = new ColumnConstraints(300, 470, Double.MAX_VALUE);
        editor.setHgrow(Priority.ALWAYS);
        ColumnConstraints evidence = new ColumnConstraints(220, 440, 560);
        evidence.setHgrow(Priority.SOMETIMES);
        pane.getColumnConstraints().addAll(label, editor, evidence);
        Label heading = new Label(title);
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        pane.add(heading, 0, 0, 3, 1);
    }

    void row(String label, Node editor, String evidence) {
        Label l = new Label(label);
        l.setWrapText(true);
        pane.addRow(row++, l, editor, evidence(evidence));
    }

    void item(javafx.beans.property.BooleanProperty include, Node editor, String evidence) {
        CheckBox keep = new CheckBox(m.get("review.include"));
        keep.selectedProperty().bindBidirectional(include);
        editor.disableProperty().bind(include.not());
        pane.addRow(row++, keep, editor, evidence(evidence));
    }

    /**
     * A button that adds an empty item the extractor missed, then shows it with the focus in its first field
     * ({@code added}: that field's selector): the form is drawn anew, so the button pressed is gone and the
     * window would otherwise give the focus to its first control, the province picker.
     */
    void add(String label, Runnable adder, DraftForm form, Supplier<String> added) {
        Button add = new Button(label);
        add.getStyleClass().add("flat");
        add.setOnAction(e -> {
            adder.run();
            redraw.showFocused(form, added.get());
        });
        pane.add(add, 1, row++);
    }

    private Node evidence(String text) {
        Label e = new Label(text == null || text.isBlank() ? "" : "“" + text + "”");
        e.setWrapText(true);
        e.setStyle("-fx-text-fill: #5a5a5a; -fx-font-style: italic; -fx-font-size: 12px;");
        e.setMaxWidth(560);
        return e;
    }
}

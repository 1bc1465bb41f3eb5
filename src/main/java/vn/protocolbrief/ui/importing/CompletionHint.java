package vn.protocolbrief.ui.importing;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Offers a known person for the line being typed in a people field, in words under the field (no pop-up that would
 * take the keys): Tab or Enter takes it. In an empty list Enter takes the first known person, the current head.
 */
final class CompletionHint {
    private CompletionHint() {
    }

    /**
     * @param accept what taking an offer does with the whole line offered (null: it replaces the line being typed)
     * @param prefix the hint's words before the offer ("Tab/Enter: ")
     */
    static Label attach(TextInputControl field, Supplier<List<String>> known, Consumer<String> accept, String prefix) {
        Label hint = new Label(" ");
        hint.setStyle("-fx-text-fill: #2a5d9f; -fx-font-size: 12px;");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // its line is kept: nothing moves as offers come
        Runnable update = () -> {
            String offer = offer(field, known);
            hint.setText(offer == null || !field.isFocused() ? " " : prefix + offer);
        };
        field.textProperty().addListener((o, a, b) -> update.run());
        field.focusedProperty().addListener((o, a, b) -> update.run());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean enter = e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isShiftDown();
            boolean tab = e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isShiftDown() && !e.isControlDown();
            if (!enter && !tab) {
                return;
            }
            String offer = offer(field, known);
            if (offer == null && enter && field instanceof TextArea && currentLine(field).isBlank()) {
                offer = first(field, known); // an empty line: the head of the side, most recently met, offered first
            }
            if (offer == null) {
                return;
            }
            if (accept != null) {
                accept.accept(offer);
                if (enter) {
                    e.consume(); // Tab still moves on to the next field
                }
                return;
            }
            String text = field.getText() == null ? "" : field.getText();
            int start = text.lastIndexOf('\n') + 1;
            field.setText(text.substring(0, start) + offer + (enter ? "\n" : ""));
            field.positionCaret(field.getText().length());
            e.consume();
        });
        return hint;
    }

    /** The offer for the last line (people are typed one after another, at the end of the field). */
    private static String offer(TextInputControl field, Supplier<List<String>> known) {
        return PersonCompletion.offer(currentLine(field), known.get());
    }

    private static String first(TextInputControl field, Supplier<List<String>> known) {
        List<String> people = known.get();
        String text = field.getText() == null ? "" : field.getText();
        return people.stream().filter(p -> !text.contains(PersonLines.names(p).get(0))).findFirst().orElse(null);
    }

    private static String currentLine(TextInputControl field) {
        String text = field.getText() == null ? "" : field.getText();
        return text.substring(text.lastIndexOf('\n') + 1);
    }
}

package vn.protocolbrief.ui.importing;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A gift's giver or receiver, picked from the meeting's people as the form holds them when the list opens (the
 * giving side's for the giver); a body not among them ("UBND tỉnh") can still be typed.
 */
final class GiftPeople {
    private GiftPeople() {
    }

    static ComboBox<String> picker(StringProperty value, String prompt, Supplier<List<String>> people) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.setPromptText(prompt);
        box.getEditor().textProperty().bindBidirectional(value);
        box.getItems().setAll(people.get());
        box.setOnShowing(e -> {
            String typed = box.getEditor().getText();
            box.getItems().setAll(people.get());
            box.getEditor().setText(typed);
        });
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** "vn_to_jp": our side gives. */
    static String giverSide(String direction) {
        return "jp_to_vn".equals(direction) ? "jp" : "vn";
    }

    static String receiverSide(String direction) {
        return "jp".equals(giverSide(direction)) ? "vn" : "jp";
    }
}

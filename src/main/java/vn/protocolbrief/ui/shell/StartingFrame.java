package vn.protocolbrief.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.protocolbrief.ui.common.Messages;

/**
 * The window's frame while the store is still being opened (a first start creating it, an older one being backed
 * up and brought up to date, a busy computer): the pickers' bar, the screen's place saying the store is being
 * opened, and the store's name at the foot, in place at once instead of a blank window. The window itself replaces
 * it when the store is open.
 */
public final class StartingFrame {
    private StartingFrame() {
    }

    /** @param creating whether the store file did not exist before this start (checked before it began opening) */
    public static Parent root(Messages m, java.nio.file.Path store, boolean creating) {
        TextField province = waiting(m);
        TextField partner = waiting(m);
        HBox bar = new HBox(10, new Label(m.get("picker.province")), province, new Label(m.get("picker.partner")),
                partner);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        // A first start writes a new store (reference lists and the sample meetings): saying "an older store is
        // backed up" then would describe something that is not happening.
        Label opening = new Label(m.format(creating ? "store.creating" : "store.opening", store));
        opening.setId("starting-opening");
        opening.setWrapText(true);
        opening.setMaxWidth(520);
        VBox middle = new VBox(14, spinner, opening);
        middle.setAlignment(Pos.CENTER);
        Label foot = new Label(m.format("store.label", store));
        foot.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        foot.setPadding(new Insets(2, 12, 2, 12));
        BorderPane root = new BorderPane(middle, bar, null, foot, null);
        root.setId("starting-frame");
        return root;
    }

    private static TextField waiting(Messages m) {
        TextField field = new TextField();
        field.setPromptText(m.get("store.openingShort"));
        field.setPrefWidth(320);
        field.setDisable(true);
        return field;
    }
}

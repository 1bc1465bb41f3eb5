package vn.protocolbrief.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives a dialog the size of its content, within the screen, whatever the window manager. Some (Openbox on
 * Lubuntu/LXDE) ignore the size a window asks for and show a dialog at 200×200, or a list 8 px high; so the size is
 * set on the window itself once its content is laid out, with a minimum it cannot be shrunk below, and the dialog
 * is centred on its owner.
 */
public final class DialogSizing {
    private DialogSizing() {
    }

    /** Sizes the dialog from its content each time it is shown. */
    public static void fit(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        var before = dialog.getOnShown();
        dialog.setOnShown(e -> {
            if (before != null) {
                before.handle(e);
            }
            size(pane);
        });
    }

    /** Sizes the window that holds {@code pane} from the pane's preferred size, within the screen. */
    static void size(DialogPane pane) {
        if (pane.getScene() != null && pane.getScene().getWindow() instanceof Stage stage) {
            size(stage, pane);
        }
    }

    /** Sizes a window just shown (a progress window, a small tool window) from its content, within the screen. */
    public static void sizeShown(Stage stage) {
        if (stage.getScene() != null && stage.getScene().getRoot() instanceof Region root) {
            size(stage, root);
        }
    }

    private static void size(Stage stage, Region pane) {
        pane.applyCss();
        pane.layout();
        Rectangle2D screen = screenOf(stage.getOwner() != null ? stage.getOwner() : stage);
        double width = Math.min(Math.max(known(pane.prefWidth(-1)), known(pane.minWidth(-1))), screen.getWidth() - 40);
        double height = Math.min(Math.max(known(pane.prefHeight(width)), known(pane.minHeight(width))),
                screen.getHeight() - 40);
        // What the window manager adds around the scene (a title bar, borders); nothing without one.
        double frameWidth = known(stage.getWidth() - pane.getScene().getWidth());
        double frameHeight = known(stage.getHeight() - pane.getScene().getHeight());
        double minWidth = Math.min(width, Math.max(known(pane.minWidth(-1)), 320));
        double minHeight = Math.min(height, Math.max(known(pane.minHeight(width)), 160));
        stage.setMinWidth(minWidth + frameWidth);
        stage.setMinHeight(minHeight + frameHeight);
        stage.setWidth(width + frameWidth);
        stage.setHeight(height + frameHeight);
        Window owner = stage.getOwner();
        double cx = owner != null ? owner.getX() + owner.getWidth() / 2 : screen.getMinX() + screen.getWidth() / 2;
        double cy = owner != null ? owner.getY() + owner.getHeight() / 2 : screen.getMinY() + screen.getHeight() / 2;
        stage.setX(clamp(cx - stage.getWidth() / 2, screen.getMinX(), screen.getMaxX() - stage.getWidth()));
        stage.setY(clamp(cy - stage.getHeight() / 2, screen.getMinY(), screen.getMaxY() - stage.getHeight()));
    }

    /** A size, or 0 while it is not known yet (NaN before the window is laid out). */
    private static double known(double size) {
        return Double.isNaN(size) || size < 0 ? 0 : size;
    }

    private static Rectangle2D screenOf(Window w) {
        var screens = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}

package vn.protocolbrief.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window for work that takes more than a moment (a store being upgraded, an export being imported): a
 * sentence saying what is happening and, when the work can count, how far it is. It cannot be closed by hand;
 * the work closes it.
 */
public final class ProgressWindow {
    private final Stage stage = new Stage();
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressIndicator.INDETERMINATE_PROGRESS);
    private final Label count = new Label();

    public ProgressWindow(Window owner, String title, String sentence, boolean counted) {
        text.setText(sentence);
        text.setWrapText(true);
        VBox lines = new VBox(8, text);
        if (counted) {
            bar.setMaxWidth(Double.MAX_VALUE);
            lines.getChildren().addAll(bar, count);
        }
        HBox box = new HBox(14);
        if (!counted) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(36, 36);
            box.getChildren().add(spinner);
        }
        box.getChildren().add(lines);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(18));
        box.setPrefWidth(480);
        stage.setScene(new Scene(box));
        stage.setTitle(title);
        stage.setOnCloseRequest(javafx.event.Event::consume);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
    }

    public void show() {
        stage.show();
        DialogSizing.sizeShown(stage); // under Openbox it would otherwise open at 200×200, its spinner cut off
    }

    /** How far the work is, in words and on the bar; call on the FX thread. */
    public void progress(int done, int total, String words) {
        bar.setProgress(total > 0 ? (double) done / total : ProgressIndicator.INDETERMINATE_PROGRESS);
        count.setText(words);
    }

    public void close() {
        stage.close();
    }
}

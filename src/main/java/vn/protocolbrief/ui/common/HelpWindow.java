package vn.protocolbrief.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The short user guide (F1), in the window's language: {@code assets/help/guide-vi.md} or {@code guide-en.md},
 * headings, paragraphs and bullets laid out as labels.
 */
public final class HelpWindow {
    private HelpWindow() {
    }

    /** The guide's text. */
    public static String guide(String lang) {
        String name = "/assets/help/guide-" + ("en".equals(lang) ? "en" : "vi") + ".md";
        try (InputStream in = HelpWindow.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The user guide " + name + " is missing from the application.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Stage show(Window owner, Messages messages) {
        VBox box = new VBox(6);
        box.setId("help");
        box.setPadding(new Insets(16, 20, 20, 20));
        for (String line : guide(messages.lang()).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Label l = new Label();
            l.setWrapText(true);
            if (line.startsWith("# ")) {
                l.setText(line.substring(2));
                l.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
            } else if (line.startsWith("## ")) {
                l.setText(line.substring(3));
                l.setStyle("-fx-font-size: 15px; -fx-font-weight: bold; -fx-padding: 8 0 0 0;");
            } else if (line.startsWith("- ")) {
                l.setText("•  " + line.substring(2));
                l.setStyle("-fx-padding: 0 0 0 12;");
            } else {
                l.setText(line);
            }
            box.getChildren().add(l);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("help.title"));
        Scene scene = new Scene(scroll, 640, 620);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}

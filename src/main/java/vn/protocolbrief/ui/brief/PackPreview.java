package vn.protocolbrief.ui.brief;

import java.io.ByteArrayInputStream;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import vn.protocolbrief.ui.common.Messages;

/** The pack's pages as images, with zoom and a page counter; shown anew each time the model renders. */
final class PackPreview {
    private static final double PAGE_WIDTH = 500;
    private final ComposerViewModel vm;
    private final Messages m;
    private final VBox pages = new VBox(12);
    private final Label pageCounter = new Label();
    private final Node node;
    private double zoom = 1.0;

    PackPreview(ComposerViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.node = preview();
        vm.pages().addListener((ListChangeListener<byte[]>) c -> showPages());
    }

    Node node() {
        return node;
    }

    private Node preview() {
        pages.setPadding(new Insets(12));
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setStyle("-fx-background-color: #e9e9e9;");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.setId("preview");
        scroll.vvalueProperty().addListener((o, a, b) -> countPages(scroll));
        scroll.viewportBoundsProperty().addListener((o, a, b) -> countPages(scroll));
        pages.heightProperty().addListener((o, a, b) -> countPages(scroll));
        Button smaller = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(Feather.ZOOM_OUT));
        smaller.setId("zoom-out");
        smaller.setAccessibleText(m.get("composer.zoomOut"));
        smaller.setOnAction(e -> zoom(0.8));
        Button larger = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(Feather.ZOOM_IN));
        larger.setId("zoom-in");
        larger.setAccessibleText(m.get("composer.zoomIn"));
        larger.setOnAction(e -> zoom(1.25));
        pageCounter.setId("page-counter");
        HBox bar = new HBox(8, smaller, larger, pageCounter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        BorderPane pane = new BorderPane(scroll);
        pane.setTop(bar);
        return pane;
    }

    private void zoom(double by) {
        zoom = Math.max(0.5, Math.min(2.5, zoom * by));
        for (Node n : pages.getChildren()) {
            ((ImageView) n).setFitWidth(PAGE_WIDTH * zoom);
        }
    }

    /** "Trang 3 / 9": the page at the middle of the view. */
    private void countPages(ScrollPane scroll) {
        int total = pages.getChildren().size();
        if (total == 0) {
            pageCounter.setText("");
            return;
        }
        double content = pages.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= 0 || view <= 0) {
            return; // not laid out yet: the counter stays at "1 / N"
        }
        double middle = scroll.getVvalue() * Math.max(0, content - view) + view / 2;
        // Every page has the same size: its height and the gap after it give the page under the middle.
        double step = (content - pages.getPadding().getTop() - pages.getPadding().getBottom() + pages.getSpacing())
                / total;
        int page = (int) Math.floor((middle - pages.getPadding().getTop()) / step) + 1;
        page = Math.max(1, Math.min(total, page));
        pageCounter.setText(m.format("composer.pageOf", page, total));
    }

    private void showPages() {
        pages.getChildren().clear();
        for (byte[] png : vm.pages()) {
            ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
            view.setPreserveRatio(true);
            view.setFitWidth(PAGE_WIDTH * zoom);
            view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 2);");
            pages.getChildren().add(view);
        }
        pageCounter.setText(vm.pages().isEmpty() ? "" : m.format("composer.pageOf", 1, vm.pages().size()));
        if (pages.getParent() != null && pages.getParent().getParent() instanceof ScrollPane scroll) {
            scroll.setVvalue(0);
        }
    }
}

package vn.protocolbrief.brief;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * How far right each page's drawn lines and boxes reach (table borders, rules), in points: text checks cannot see a
 * table border past the margin.
 */
final class PdfDrawing {
    private PdfDrawing() {
    }

    /** The rightmost x of any stroked or filled path, page by page. */
    static List<Float> rightmostPaths(Path pdf) throws IOException {
        List<Float> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                Engine e = new Engine(page);
                e.processPage(page);
                out.add(e.rightmost);
            }
        }
        return out;
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        float rightmost;
        private float pathRight;
        private final Point2D.Float current = new Point2D.Float();

        Engine(PDPage page) {
            super(page);
        }

        private void see(float x, float y) {
            Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
            pathRight = Math.max(pathRight, p.x);
            current.setLocation(p);
        }

        private void paint() {
            rightmost = Math.max(rightmost, pathRight);
            pathRight = 0;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
                pathRight = Math.max(pathRight, (float) p.getX());
            }
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            see(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            see(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            see(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            pathRight = 0;
        }

        @Override
        public void strokePath() {
            paint();
        }

        @Override
        public void fillPath(int windingRule) {
            paint();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}

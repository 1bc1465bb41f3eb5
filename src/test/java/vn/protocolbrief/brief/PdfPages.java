package vn.protocolbrief.brief;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's pages as a reader sees them: the lines of the body (the running header and footer, which carry the
 * classification, left out), how full the page is, and how far right its text reaches. The same reading serves the
 * pack's PDF and the Word file once LibreOffice has laid it out.
 */
record PdfPages(List<Page> pages) {
    /**
     * One page: its body lines top to bottom, the share of the height inside the margins from the first line's top
     * to the last line's foot, the rightmost glyph's right edge and the page width, in points.
     */
    record Page(List<String> lines, double fill, float right, float width) {
    }

    /** A line of glyphs sharing a baseline. */
    private record Line(float baseline, List<TextPosition> glyphs) {
        String text() {
            StringBuilder b = new StringBuilder();
            TextPosition before = null;
            for (TextPosition t : glyphs) {
                if (before != null && t.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj())
                        > 0.15 * t.getFontSizeInPt()) {
                    b.append(' ');
                }
                b.append(t.getUnicode());
                before = t;
            }
            return b.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        }
    }

    /** A page's number line at its foot, in either language ("Trang 2 / 5", "Page 2 of 5"). */
    private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile("(?:Trang|Page) \\d+ (?:/|of) \\d+");

    static PdfPages read(Path pdf, float topMm, float bottomMm, String classification) throws IOException {
        List<Page> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        glyphs.addAll(positions);
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(doc);
                glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
                List<Line> lines = new ArrayList<>();
                for (TextPosition t : glyphs) {
                    Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                    if (last == null || Math.abs(last.baseline() - t.getYDirAdj()) > 2) {
                        lines.add(new Line(t.getYDirAdj(), new ArrayList<>()));
                        last = lines.get(lines.size() - 1);
                    }
                    last.glyphs().add(t);
                }
                lines.forEach(x -> x.glyphs().sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
                // The running header carries the classification; the Word file's footer only "Trang N / M".
                List<Line> body = lines.stream().filter(x -> !x.text().isEmpty()
                        && !x.text().contains(classification) && !FOOTER.matcher(x.text().strip()).matches()).toList();
                float height = doc.getPage(i - 1).getMediaBox().getHeight();
                float width = doc.getPage(i - 1).getMediaBox().getWidth();
                float inside = height - (topMm + bottomMm) / 25.4f * 72;
                float head = Float.MAX_VALUE;
                float foot = -Float.MAX_VALUE;
                float right = 0;
                for (Line x : body) {
                    for (TextPosition t : x.glyphs()) {
                        if (!t.getUnicode().isBlank()) {
                            head = Math.min(head, t.getYDirAdj() - t.getHeightDir());
                            foot = Math.max(foot, t.getYDirAdj());
                            right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
                        }
                    }
                }
                out.add(new Page(body.stream().map(Line::text).toList(), foot < head ? 0 : (foot - head) / inside,
                        right, width));
            }
        }
        return new PdfPages(out);
    }

    /** The page (from 1) whose body holds this text, its spaces as any white space; -1 if none. */
    int pageOf(String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (String.join(" ", pages.get(i).lines()).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }
}

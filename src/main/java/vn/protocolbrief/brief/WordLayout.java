package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Where a Word document's text so far ends on its last page, estimated as Word and LibreOffice lay it out: lines
 * wrapped word by word in Times New Roman (measured in the bundled Noto Sans, which is wider by a steady factor),
 * paragraphs and table rows stacked on pages of the section's height, a paragraph kept with the next moving with it.
 * It gives the pages the list of annexes shows until Word updates its fields (ADR 0019). An estimate, off by a few
 * lines: no page break is decided from it (ADR 0024).
 */
final class WordLayout {
    /** Times New Roman's advance widths against Noto Sans's, measured on Vietnamese and English text (0.868–0.870). */
    static final double SERIF = 0.87;
    /** Single line spacing as a share of the type size (Times New Roman's ascent, descent and gap). */
    static final double LINE = 1.15;
    /** The body's type size when a run sets none, in points. */
    static final double BODY = 13;
    /** A table cell's left and right margins together, and a row's borders, in points. */
    static final double CELL_MARGINS = 10.8;
    static final double ROW_BORDERS = 1.5;

    private final XWPFDocument doc;
    private final double width;
    private final double height;

    WordLayout(XWPFDocument doc) {
        this.doc = doc;
        var sect = doc.getDocument().getBody().getSectPr();
        width = points(sect.getPgSz().getW()) - points(sect.getPgMar().getLeft()) - points(sect.getPgMar().getRight());
        height = points(sect.getPgSz().getH()) - points(sect.getPgMar().getTop()) - points(sect.getPgMar().getBottom());
    }

    private static double points(Object twips) {
        return Double.parseDouble(twips.toString()) / 20;
    }

    /** A run of the layout that moves to the next page whole: a paragraph's lines, or a table row. */
    private record Piece(double height) {
    }

    /**
     * An element's pieces, whether it keeps with the next element, and how many of its first pieces must stand on one
     * page for what keeps with it to stay on that page (a paragraph's first lines; a table's header row and first row).
     */
    private record Element(List<Piece> pieces, boolean keepNext, int lead) {
        double height() {
            return pieces.stream().mapToDouble(Piece::height).sum();
        }

        double leadHeight() {
            return pieces.subList(0, Math.min(lead, pieces.size())).stream().mapToDouble(Piece::height).sum();
        }
    }

    /**
     * The page (from 1) each body element written so far starts on, as estimated: a contents line's PAGEREF field is
     * given the page of its annex's heading as its shown result, so Word opens the document without asking to update
     * its fields and shows the pages.
     */
    java.util.Map<IBodyElement, Integer> startPages() {
        return layout().starts();
    }

    /** How full the last page of the text written so far is estimated to be, as a share of its height. */
    double lastPageFill() {
        return layout().fill();
    }

    private record Laid(double fill, java.util.Map<IBodyElement, Integer> starts) {
    }

    private Laid layout() {
        List<Element> elements = new ArrayList<>();
        List<IBodyElement> of = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                if (p.isPageBreak()) {
                    elements.add(null); // a page break before it
                    of.add(null);
                }
                elements.add(paragraph(p, width));
                of.add(e);
            } else if (e instanceof XWPFTable t) {
                elements.add(table(t));
                of.add(e);
            }
        }
        java.util.Map<IBodyElement, Integer> starts = new java.util.IdentityHashMap<>();
        double y = 0;
        int page = 1;
        for (int i = 0; i < elements.size(); ) {
            if (elements.get(i) == null) {
                // A break at the top of a page starts no new one.
                if (y > 0) {
                    page++;
                }
                y = 0;
                i++;
                continue;
            }
            // A chain: elements kept with the next, and the one they keep with. The chain starts a new page when
            // what must stay together (all but its last element, and that one's first lines or rows) does not fit
            // on this one; the rest of its last element flows on.
            int end = i;
            while (end < elements.size() - 1 && elements.get(end).keepNext() && elements.get(end + 1) != null) {
                end++;
            }
            double must = elements.get(end).leadHeight();
            for (int k = i; k < end; k++) {
                must += elements.get(k).height();
            }
            if (y > 0 && y + must > height && must <= height) {
                page++;
                y = 0;
            }
            for (int k = i; k <= end; k++) {
                boolean first = true;
                for (Piece piece : elements.get(k).pieces()) {
                    if (y > 0 && y + piece.height() > height) {
                        page++;
                        y = 0;
                    }
                    y += piece.height();
                    if (first) {
                        starts.put(of.get(k), page);
                        first = false;
                    }
                }
            }
            i = end + 1;
        }
        return new Laid(Math.min(1, y / height), starts);
    }

    private static Element paragraph(XWPFParagraph p, double width) {
        String style = p.getStyle();
        int level = style != null && style.matches("Heading[1-3]") ? style.charAt(7) - '0' : 0;
        double size = level == 1 ? 16 : level == 2 ? 14 : level == 3 ? 13 : BODY;
        boolean bold = level > 0;
        boolean sized = level > 0;
        for (XWPFRun r : p.getRuns()) {
            Double s = r.getFontSizeAsDouble();
            if (s != null && !sized && r.text() != null && !r.text().isBlank()) {
                size = s; // the first words' size: a run of the original's mark is smaller
                sized = true;
            }
            bold |= r.isBold() && r.text() != null && !r.text().isBlank();
        }
        double before = level == 1 ? 12 : level > 1 ? 8 : Math.max(0, p.getSpacingBefore()) / 20.0;
        double after = level > 0 ? 4 : Math.max(0, p.getSpacingAfter()) / 20.0;
        double indent = Math.max(0, p.getIndentationLeft()) / 20.0;
        int lines = lines(p.getText(), bold, size, width - indent);
        double line = LINE * size;
        var pPr = p.getCTP().getPPr();
        boolean keepLines = level > 0 || pPr != null && pPr.isSetKeepLines();
        boolean keepNext = level > 0 || pPr != null && pPr.isSetKeepNext();
        List<Piece> pieces = new ArrayList<>();
        if (keepLines || lines <= 3) {
            pieces.add(new Piece(before + lines * line + after));
        } else {
            // Widow and orphan control: the first two and the last two lines stay together.
            pieces.add(new Piece(before + 2 * line));
            for (int i = 2; i < lines - 2; i++) {
                pieces.add(new Piece(line));
            }
            pieces.add(new Piece(2 * line + after));
        }
        return new Element(pieces, keepNext, 1);
    }

    private Element table(XWPFTable t) {
        var grid = t.getCTTbl().getTblGrid();
        List<Double> columns = new ArrayList<>();
        for (int c = 0; grid != null && c < grid.sizeOfGridColArray(); c++) {
            columns.add(points(grid.getGridColArray(c).getW()));
        }
        List<Piece> rows = new ArrayList<>();
        boolean keepNext = true;
        int lead = 0;
        boolean leading = true;
        for (var row : t.getRows()) {
            double tallest = 0;
            boolean rowKeeps = true;
            List<XWPFTableCell> cells = row.getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                double cellWidth = cells.size() == 1 || c >= columns.size()
                        ? columns.stream().mapToDouble(Double::doubleValue).sum() : columns.get(c);
                double h = 0;
                for (XWPFParagraph p : cells.get(c).getParagraphs()) {
                    Element e = paragraph(p, cellWidth - CELL_MARGINS);
                    h += e.height();
                    var pPr = p.getCTP().getPPr();
                    rowKeeps &= pPr != null && pPr.isSetKeepNext();
                }
                tallest = Math.max(tallest, h);
            }
            rows.add(new Piece(tallest + ROW_BORDERS));
            keepNext &= rowKeeps;
            if (leading) {
                lead++; // the header (and a group's title) keeps with the row after it
                leading = rowKeeps;
            }
        }
        return new Element(rows, keepNext, lead);
    }

    /** The lines a text takes wrapped word by word in this width, its line breaks kept. */
    static int lines(String text, boolean bold, double size, double width) {
        int lines = 0;
        for (String segment : (text == null ? "" : text).split("\n", -1)) {
            lines++;
            double x = 0;
            double space = SERIF * BriefFonts.width(" ", bold, size);
            for (String word : segment.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                double w = SERIF * BriefFonts.width(word.replace('\t', ' '), bold, size);
                if (x > 0 && x + space + w > width) {
                    lines++;
                    x = w;
                } else {
                    x += (x > 0 ? space : 0) + w;
                }
            }
        }
        return Math.max(1, lines);
    }
}

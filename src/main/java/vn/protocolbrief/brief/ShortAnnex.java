package vn.protocolbrief.brief;

import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A short annex is kept whole on one page by the renderer (ADR 0024, amended): annexes follow each other, and one that
 * does not fit in the room left on a page moves to the next page whole, in the PDF (openhtmltopdf keeps a block with
 * "page-break-inside: avoid") and in Word (every paragraph keeps with the next, rows do not split), so Word and
 * LibreOffice move it themselves, and again after the officer's edits. Short is said from the content (its lines and
 * rows), never from where a page is estimated to end; a longer annex may break, its heading kept with its first lines.
 */
final class ShortAnnex {
    /**
     * Lines (of a paragraph, of a table row) an annex may hold and still be kept whole: with the list of annexes above it
     * (about eight lines) it still fits on an A4 page of 11 pt text, which holds about fifty.
     */
    static final int MOST_LINES = 24;
    /**
     * The same in Word, whose 13 pt Times New Roman page holds about thirty-eight lines: a short annex under the list
     * (a chain of paragraphs kept with the next) must fit on one page, or LibreOffice breaks the chain anywhere and
     * leaves a heading at a page's foot (seen: a history of two lines of summary too many, Phú Thọ vi).
     */
    static final int WORD_MOST_LINES = 16;

    private ShortAnnex() {
    }

    /** Whether the annex's XHTML is short: its paragraphs, list items, headings and table rows counted. */
    static boolean isShort(String xhtml) {
        return elements(xhtml) <= MOST_LINES;
    }

    /** Elements (paragraphs, headings, table rows) an annex may hold and still be carried with the next one. */
    static final int TINY = 6;

    /** Whether the annex's XHTML is a row or two: carried with the next annex rather than left alone on a page. */
    static boolean isTiny(String xhtml) {
        return elements(xhtml) <= TINY;
    }

    /** The annex's paragraphs, list items, headings and table rows. */
    private static int elements(String xhtml) {
        return count(xhtml, "<p[ >]") + count(xhtml, "<li[ >]") + count(xhtml, "<h\\d[ >]") + count(xhtml, "<tr[ >]");
    }

    private static int count(String xhtml, String tag) {
        return (int) java.util.regex.Pattern.compile(tag).matcher(xhtml).results().count();
    }

    /**
     * Whether the annex's Word body elements (its heading left out) are short: their lines counted from their text, a
     * table row as many lines as its fullest cell takes in its share of the line (a row of a ledger takes three or
     * four), so a table of a few long rows is not taken for a short one.
     */
    static boolean isShort(List<IBodyElement> elements) {
        int lines = 0;
        for (IBodyElement e : elements) {
            if (e instanceof XWPFTable t) {
                for (var row : t.getRows()) {
                    int cells = Math.max(1, row.getTableCells().size());
                    lines += row.getTableCells().stream().mapToInt(c -> c.getParagraphs().stream()
                            .mapToInt(p -> lines(p.getText(), LINE_CHARS / cells)).sum()).max().orElse(1);
                }
            } else if (e instanceof XWPFParagraph p) {
                // A heading takes about two lines with the room around it.
                boolean heading = p.getStyle() != null && p.getStyle().startsWith("Heading");
                lines += lines(p.getText(), LINE_CHARS) + (heading ? 1 : 0);
            }
        }
        return lines <= WORD_MOST_LINES;
    }

    /** Characters of a line of body text across the page (Times New Roman 13 pt, A4 with the pack's margins). */
    private static final int LINE_CHARS = 80;

    private static int lines(String text, int perLine) {
        return 1 + text.length() / Math.max(1, perLine);
    }

    /**
     * The annex's Word elements kept on one page: every paragraph, in the body and in the tables' cells, keeps its lines
     * together and keeps with the next, but the annex's last, so the next annex is not tied to it.
     */
    static void keepWhole(List<IBodyElement> elements) {
        for (IBodyElement e : elements) {
            paragraphs(e).forEach(p -> WordKeeps.keepNext(WordKeeps.keepLines(p), true));
        }
        if (!elements.isEmpty()) {
            IBodyElement last = elements.get(elements.size() - 1);
            List<XWPFParagraph> ending = last instanceof XWPFTable t
                    ? t.getRow(t.getRows().size() - 1).getTableCells().stream().flatMap(c -> c.getParagraphs().stream())
                    .toList() : paragraphs(last);
            ending.forEach(p -> WordKeeps.keepNext(p, false));
        }
    }

    private static List<XWPFParagraph> paragraphs(IBodyElement e) {
        if (e instanceof XWPFTable t) {
            return t.getRows().stream().flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream())
                    .toList();
        }
        return e instanceof XWPFParagraph p ? List.of(p) : List.of();
    }
}

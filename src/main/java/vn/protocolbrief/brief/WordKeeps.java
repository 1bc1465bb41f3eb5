package vn.protocolbrief.brief;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * What the Word pack keeps on one page, said as Word says it: a paragraph's lines together ("keep lines together"),
 * a paragraph with the next ("keep with next"), a table's rows with each other. Word and LibreOffice keep a table's
 * row with the next one when every paragraph of the row keeps with the next; a row itself never splits (the tables
 * set "cantSplit").
 */
final class WordKeeps {
    private WordKeeps() {
    }

    /** A paragraph whose lines stay on one page (a talking point is said in one go). */
    static XWPFParagraph keepLines(XWPFParagraph p) {
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!pPr.isSetKeepLines()) {
            pPr.addNewKeepLines();
        }
        return p;
    }

    /** Keep with next, on a paragraph that may have no properties yet (POI's setter needs them). */
    static XWPFParagraph keepNext(XWPFParagraph p, boolean keep) {
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(keep);
        return p;
    }

    /**
     * A table kept on the page of what follows it: every paragraph of its cells keeps with the next (Word keeps a
     * table with the next paragraph so; LibreOffice reads it so).
     */
    static XWPFTable withNext(XWPFTable table) {
        return rowsTogether(table, 0, table.getRows().size());
    }

    /**
     * A table on one page when it fits on one: every row but the last keeps with the next, so the table moves to the
     * next page whole rather than leave its header and first rows at a page's foot (the delegations in order of
     * precedence: a leader reads the order at one glance). A table longer than a page still breaks between rows.
     */
    static XWPFTable together(XWPFTable table) {
        rowsTogether(table, 0, table.getRows().size() - 1);
        // The last row ends the table: a placeholder row ("………", one cell across) is written as a group's title,
        // which keeps with the next, and would tie the table to the heading after it.
        table.getRow(table.getRows().size() - 1).getTableCells().forEach(c -> c.getParagraphs().forEach(p -> {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetKeepNext()) {
                p.getCTP().getPPr().unsetKeepNext();
            }
        }));
        return table;
    }

    /** The table's last rows, from {@code from} to the end, kept together (a list never ends with one row alone). */
    static XWPFTable lastRowsTogether(XWPFTable table, int rows) {
        int size = table.getRows().size();
        return rowsTogether(table, Math.max(1, size - rows), size - 1);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) keep with the row after them. */
    private static XWPFTable rowsTogether(XWPFTable table, int from, int to) {
        for (int r = from; r < to; r++) {
            table.getRow(r).getTableCells().forEach(c -> c.getParagraphs().forEach(p -> keepNext(p, true)));
        }
        return table;
    }
}

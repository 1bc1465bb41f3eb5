package vn.protocolbrief.brief;

import java.util.List;

/**
 * The Word pack's column widths: a table's asked widths widened where a column's longest run that may not break (a
 * name or reading held by no-break spaces and hyphens, a date) would not fit, and whether a table fits at a size.
 */
final class WordColumns {
    private final Unbreakable unbreakable;

    WordColumns(Unbreakable unbreakable) {
        this.unbreakable = unbreakable;
    }

    /** Word's default cell margins, left and right (0.19 cm each), in points. */
    private static final double CELL_MARGINS_POINTS = 2 * 5.4;

    /**
     * The column widths in per cent, widened where a column's longest unbreakable run (a name or reading held by
     * non-breaking spaces and hyphens, a date) would not fit, taking the room from the columns with most to spare.
     * Word and LibreOffice would otherwise break such a run anywhere ("Na-ô-mi-/chi").
     */
    int[] fitted(int[] asked, List<String> headers, List<List<String>> rows, int halfPoints) {
        return TableFit.widened(asked, least(headers, rows, halfPoints));
    }

    /** Whether every column's widest unbreakable run fits the page's width together, at this size. */
    boolean fits(List<String> headers, List<List<String>> rows, int halfPoints) {
        return java.util.Arrays.stream(least(headers, rows, halfPoints)).sum() <= 100;
    }

    /** Each column's least width in per cent: its widest unbreakable run (header or cell) and the cell margins. */
    private int[] least(List<String> headers, List<List<String>> rows, int halfPoints) {
        int[] least = new int[headers.size()];
        double textWidth = Docx.TEXT_WIDTH_TWIPS / 20.0;
        for (int c = 0; c < least.length; c++) {
            double widest = longestRun(headers.get(c), true, halfPoints);
            for (List<String> row : rows) {
                // A group's title spans the row: it does not widen its first column.
                boolean group = row.size() > 1 && row.subList(1, row.size()).stream().allMatch(String::isEmpty);
                if (c < row.size() && !group) {
                    widest = Math.max(widest, longestRun(row.get(c), false, halfPoints));
                }
            }
            least[c] = (int) Math.ceil(100 * (widest + CELL_MARGINS_POINTS) / textWidth);
        }
        return least;
    }

    /** The width in points of the widest run of a cell's text that Word may not break, at this size. */
    private double longestRun(String text, boolean bold, int halfPoints) {
        double widest = 0;
        String shown = text == null ? "" : text.replace(Docx.BOLD, "").replace(Docx.MUTED, "");
        for (String run : unbreakable.wordInTable(vn.protocolbrief.domain.Text.nfc(shown)).split("[ \n\t]+")) {
            widest = Math.max(widest, BriefFonts.width(run, bold, halfPoints / 2.0));
        }
        return widest;
    }
}

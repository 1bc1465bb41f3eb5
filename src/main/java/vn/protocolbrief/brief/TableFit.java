package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every table of the pack's XHTML inside the text block. The renderer widens a column to hold its longest run that
 * may not break (a name, a reading, a date held by spans that do not wrap) and then lets the table run past the
 * page's edge; so each column is given at least that run's width, taken from the columns with room to spare, and a
 * table whose runs cannot fit together at 11 pt is set smaller, down to 9 pt. A table that cannot hold them even then
 * lets its runs wrap: a name broken is better than one cut off at the page edge.
 */
final class TableFit {
    /**
     * The text block: A4 less the pack's left and right margins (BriefHtml's @page, 18 mm each; the body has no margin
     * of its own inside them: the renderer's default 8 px each side made tables fitted here 12 pt too wide), in points.
     */
    static final double TEXT_WIDTH = (210 - 2 * 18) / 25.4 * 72;
    /** A cell's left and right padding (1.6 mm each) and its borders, in points. */
    private static final double CELL_SIDES = 2 * 1.6 / 25.4 * 72 + 1.2;
    /** The sizes tried, in tenths of a point: the body's 11 pt first. CSS classes "size-NN" set them. */
    static final int[] SIZES = {110, 105, 100, 95, 90};
    /** The text block's width in the units the column widths are given in, tenths of a per cent. */
    private static final int PER_MILLE = 1000;

    private static final Pattern TABLE = Pattern.compile("<table( class=\"([^\"]*)\")?>((?:(?!<table[ >]).)*?)</table>",
            Pattern.DOTALL);
    private static final Pattern COL = Pattern.compile("<col style=\"width:(\\d+(?:\\.\\d+)?)%\"/>");
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<(t[hd])([^>]*)>(.*?)</t[hd]>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z0-9]+)([^>]*?)(/?)>");

    private TableFit() {
    }

    static String fit(String xhtml) {
        Matcher t = TABLE.matcher(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length() + 1024);
        int at = 0;
        while (t.find()) {
            out.append(xhtml, at, t.start()).append(fitted(t.group(2), t.group(3)));
            at = t.end();
        }
        return out.append(xhtml, at, xhtml.length()).toString();
    }

    private static String fitted(String cls, String body) {
        // Widths in tenths of a per cent: whole per cents, each rounded up to hold its run, could add up to more than
        // the text block with each column at its least (a table 4 pt too wide lost its right border past the margin).
        List<Integer> asked = new ArrayList<>();
        Matcher c = COL.matcher(body);
        while (c.find()) {
            asked.add((int) Math.round(Double.parseDouble(c.group(1)) * 10));
        }
        List<List<List<Run>>> rows = new ArrayList<>();
        Matcher r = ROW.matcher(body);
        while (r.find()) {
            List<List<Run>> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(r.group(1));
            while (cell.find()) {
                cells.add(cell.group(2).contains("colspan") ? null : runs(cell.group(3), cell.group(1).equals("th")));
            }
            rows.add(cells);
        }
        int columns = asked.isEmpty() ? rows.stream().mapToInt(List::size).max().orElse(0) : asked.size();
        for (int size : SIZES) {
            double[] least = least(rows, columns, size / 10.0);
            int sum = java.util.Arrays.stream(perMille(least)).sum();
            if (sum <= PER_MILLE) {
                if (size == SIZES[0] && fitsAsked(asked, least)) {
                    return table(cls, body); // as laid out
                }
                String sized = join(cls, size == SIZES[0] ? null : "size-" + size);
                return table(sized, asked.isEmpty() ? body : withWidths(body, widths(asked, least)));
            }
        }
        // Its names may wrap, but not inside a word, a month or a source number.
        return table(join(cls, "size-" + SIZES[SIZES.length - 1] + " wrap-all"), Unbreakable.heldWords(body));
    }

    private static boolean fitsAsked(List<Integer> asked, double[] least) {
        for (int i = 0; i < asked.size(); i++) {
            if (asked.get(i) * TEXT_WIDTH / PER_MILLE < least[i]) {
                return false;
            }
        }
        return true;
    }

    /** Each least width in tenths of a per cent of the text block, rounded up. */
    private static int[] perMille(double[] leastPoints) {
        int[] least = new int[leastPoints.length];
        for (int i = 0; i < least.length; i++) {
            least[i] = (int) Math.ceil(PER_MILLE * leastPoints[i] / TEXT_WIDTH);
        }
        return least;
    }

    /**
     * The asked widths in tenths of a per cent, each widened to its least width with room taken from the columns with
     * most.
     */
    static int[] widths(List<Integer> asked, double[] leastPoints) {
        return widened(asked.stream().mapToInt(Integer::intValue).toArray(), perMille(leastPoints));
    }

    /**
     * Widths (in any unit) each widened to its least, the room taken one unit at a time from the column with most to
     * spare; a column nothing can be taken for stays narrower. The PDF's tables and the Word file's share it.
     */
    static int[] widened(int[] asked, int[] least) {
        int[] widths = asked.clone();
        for (int col = 0; col < widths.length; col++) {
            while (widths[col] < least[col]) {
                int donor = -1;
                for (int d = 0; d < widths.length; d++) {
                    if (d != col && widths[d] > least[d] && (donor < 0 || widths[d] - least[d] > widths[donor] - least[donor])) {
                        donor = d;
                    }
                }
                if (donor < 0) {
                    break; // nothing to spare: the run breaks as it must
                }
                widths[donor]--;
                widths[col]++;
            }
        }
        return widths;
    }

    private static String withWidths(String body, int[] widths) {
        Matcher c = COL.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (c.find()) {
            int w = widths[i++];
            c.appendReplacement(out, "<col style=\"width:" + w / 10 + "." + w % 10 + "%\"/>");
        }
        c.appendTail(out);
        return out.toString();
    }

    private static String join(String cls, String more) {
        return more == null ? cls : cls == null ? more : cls + " " + more;
    }

    private static String table(String cls, String body) {
        return "<table" + (cls == null ? "" : " class=\"" + cls + "\"") + ">" + body + "</table>";
    }

    /** Each column's least width: its widest run that may not break, with the cell's padding, in points. */
    private static double[] least(List<List<List<Run>>> rows, int columns, double size) {
        double[] least = new double[columns];
        for (List<List<Run>> row : rows) {
            if (row.size() != columns) {
                continue; // a group's title across the table does not size its columns
            }
            for (int i = 0; i < columns; i++) {
                if (row.get(i) != null) {
                    for (Run run : row.get(i)) {
                        least[i] = Math.max(least[i], run.width(size) + CELL_SIDES);
                    }
                }
            }
        }
        return least;
    }

    /** A run of text the renderer does not break: its pieces, bold or not, at the cell's size or a small one. */
    record Run(List<String> texts, List<Boolean> bold, List<Boolean> small) {
        double width(double size) {
            double w = 0;
            for (int i = 0; i < texts.size(); i++) {
                w += BriefFonts.width(texts.get(i), bold.get(i), small.get(i) ? 9 : size);
            }
            return w;
        }
    }

    /** The cell's runs: text between the places a line may break (a space outside a span that does not wrap). */
    static List<Run> runs(String markup, boolean header) {
        List<Run> out = new ArrayList<>();
        Run current = new Run(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<String> open = new ArrayList<>(); // the classes or names of the open elements
        Matcher tag = TAG.matcher(markup);
        int at = 0;
        while (true) {
            boolean found = tag.find(at);
            String text = decode(markup.substring(at, found ? tag.start() : markup.length()));
            boolean nowrap = open.stream().anyMatch(x -> x.equals("nw") || x.equals("cite") || x.equals("orig")
                    || x.equals("unreviewed"));
            boolean bold = header || open.contains("b");
            boolean small = open.contains("cite") || open.contains("orig");
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (!nowrap && (ch == ' ' || ch == '\n' || ch == '\t')) {
                    current = flush(current, out);
                } else {
                    int last = current.texts().size() - 1;
                    if (last >= 0 && current.bold().get(last) == bold && current.small().get(last) == small) {
                        current.texts().set(last, current.texts().get(last) + ch);
                    } else {
                        current.texts().add(String.valueOf(ch));
                        current.bold().add(bold);
                        current.small().add(small);
                    }
                }
            }
            if (!found) {
                break;
            }
            at = tag.end();
            String name = tag.group(2);
            if (name.equals("br") || name.equals("p") || name.equals("div") || name.equals("li")) {
                current = flush(current, out);
            }
            if (!tag.group(4).isEmpty()) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                Matcher cls = Pattern.compile("class=\"([^\"]*)\"").matcher(tag.group(3));
                open.add(name.equals("span") && cls.find() ? cls.group(1).split(" ")[0] : name);
            } else if (!open.isEmpty()) {
                open.remove(open.size() - 1);
            }
        }
        flush(current, out);
        return out;
    }

    private static Run flush(Run current, List<Run> out) {
        if (!current.texts().isEmpty()) {
            out.add(current);
        }
        return new Run(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}

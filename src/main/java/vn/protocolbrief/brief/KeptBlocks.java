package vn.protocolbrief.brief;

/**
 * Blocks of the pack's XHTML that must not break across pages: a heading with what follows it. The PDF renderer
 * does not keep a heading with the paragraph or table after it, so they are put in one block that does not break.
 */
final class KeptBlocks {
    private KeptBlocks() {
    }

    /**
     * An annex heading kept on one page with its legend and the first block under it (a heading and its table, a
     * meeting): the renderer does not keep a heading with the paragraph or table after it, so they go in one block
     * that does not break. A block taller than a page still breaks (the renderer then lets it).
     */
    static String withLeadKept(String heading, String content) {
        int at = 0;
        if (content.startsWith("<p class=\"muted\">")) {
            at = content.indexOf("</p>") + "</p>".length();
        }
        // Headings are taken with the element after them, until an element that is not a heading is taken.
        for (int end; (end = elementEnd(content, at)) > at; ) {
            String element = content.substring(at, end);
            if (element.startsWith("<table") && element.split("<tr>", -1).length - 1 > KEPT_ROWS) {
                break; // a long table repeats its header and breaks between rows; the heading's minimum room holds
            }
            boolean aHeading = element.matches("(?s)<h\\d>.*") || element.replaceAll("(?s)<h(\\d)>.*?</h\\1>", "")
                    .replaceAll("(?s)<p class=\"muted\">.*?</p>", "").equals("<div class=\"keep\"></div>");
            at = end;
            if (!aHeading) {
                break;
            }
        }
        return "<div class=\"keep\">" + heading + content.substring(0, at) + "</div>" + content.substring(at);
    }

    /** The end of the element that starts at {@code from} (its closing tag, nested ones of its name counted). */
    private static int elementEnd(String xhtml, int from) {
        java.util.regex.Matcher open = java.util.regex.Pattern.compile("<([a-z0-9]+)").matcher(xhtml);
        if (from >= xhtml.length() || !open.find(from) || open.start() != from) {
            return from;
        }
        String name = open.group(1);
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<(/?)" + name + "(?=[\\s>/])[^>]*?(/?)>")
                .matcher(xhtml);
        int depth = 0;
        for (tags.region(from, xhtml.length()); tags.find(); ) {
            if (!tags.group(2).isEmpty()) {
                continue; // <col/>, <br/>
            }
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return tags.end();
            }
        }
        return from;
    }

    private static final java.util.regex.Pattern HEADED_TABLE = java.util.regex.Pattern.compile(
            "<div class=\"keep\">((?:(?!</div>).)*?<h[23]>(?:(?!</div>).)*?)</div>(<table (?:(?!</table>).)*</table>)",
            java.util.regex.Pattern.DOTALL);
    /** A table of at most this many rows stays on the page of its heading (a longer one repeats its header). */
    private static final int KEPT_ROWS = 12;

    /**
     * A heading kept together with the table under it: a short table goes with its heading to the next page
     * rather than leave the heading alone at a page's foot.
     */
    static String headingsWithTables(String xhtml) {
        java.util.regex.Matcher m = HEADED_TABLE.matcher(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length());
        int at = 0;
        while (m.find()) {
            int rows = m.group(2).split("<tr>", -1).length - 1;
            out.append(xhtml, at, m.start());
            if (rows <= KEPT_ROWS) {
                out.append("<div class=\"keep\">").append(m.group(1)).append(m.group(2)).append("</div>");
            } else {
                out.append(m.group());
            }
            at = m.end();
        }
        return out.append(xhtml, at, xhtml.length()).toString();
    }
}

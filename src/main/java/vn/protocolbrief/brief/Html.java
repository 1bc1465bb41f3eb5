package vn.protocolbrief.brief;

import java.util.List;
import vn.protocolbrief.domain.Text;

/** A small XHTML writer: everything written through it is escaped and NFC. */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        String n = Text.nfc(s);
        StringBuilder b = new StringBuilder(n.length() + 16);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters other than tab and newlines are not allowed in XML.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** An element with escaped text content and an optional class. */
    Html el(String tag, String cls, String text) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(cls).append('"');
        }
        out.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    Html open(String tag, String attrs) {
        out.append('<').append(tag);
        if (attrs != null && !attrs.isEmpty()) {
            out.append(' ').append(attrs);
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Source numbers as a superscript-free bracket, e.g. [1, 3]: prints well in black and white. */
    static String cite(List<Integer> sources) {
        if (sources == null || sources.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(" <span class=\"cite\">[");
        for (int i = 0; i < sources.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(sources.get(i));
        }
        return b.append("]</span>").toString();
    }

    /** The mark of a fact nobody has reviewed, before its citation. */
    static final String UNREVIEWED_MARK = "\u25C7";
    private static final java.util.regex.Pattern CITATION =
            java.util.regex.Pattern.compile(" <span class=\"cite\">\\[([0-9, ]+)]</span>");

    /**
     * Marks every citation of an unreviewed source ({@code numbers}) with ◇ in front: every fact cites its sources,
     * so every fact that comes from an unreviewed record is marked, in whichever part it is printed.
     */
    static String markUnreviewed(String xhtml, java.util.Set<Integer> numbers) {
        if (numbers.isEmpty()) {
            return xhtml;
        }
        return CITATION.matcher(xhtml).replaceAll(c -> {
            boolean unreviewed = java.util.Arrays.stream(c.group(1).split(", "))
                    .anyMatch(n -> numbers.contains(Integer.parseInt(n.strip())));
            return java.util.regex.Matcher.quoteReplacement(unreviewed
                    ? " <span class=\"unreviewed\">" + UNREVIEWED_MARK + "</span>" + c.group() : c.group());
        });
    }

    /** A table whose header repeats on every page and whose rows never split; cells are markup. */
    Html table(String cls, List<String> headers, List<String> widths, List<List<String>> rows) {
        open("table", "class=\"" + cls + "\"");
        if (widths != null) {
            for (String w : widths) {
                out.append("<col style=\"width:").append(w).append("\"/>");
            }
        }
        open("thead", null).open("tr", null);
        for (String h : headers) {
            el("th", null, h);
        }
        close("tr").close("thead").open("tbody", null);
        for (List<String> row : rows) {
            open("tr", null);
            for (String cell : row) {
                out.append("<td>").append(cell).append("</td>");
            }
            close("tr");
        }
        return close("tbody").close("table");
    }

    private static final java.util.regex.Pattern TOGETHER = java.util.regex.Pattern.compile(
            "\\(?(?:as|tính)[ \u00A0](?:of|đến)[ \u00A0]\\d{1,2}/\\d{4}\\)?"
                    + "|\\(?(?:(?:ngày[ \u00A0]|tháng[ \u00A0]|năm[ \u00A0])?\\d{1,2}/\\d{1,2}/\\d{4}|tháng[ \u00A0]\\d{1,2}/\\d{4}|năm[ \u00A0]\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{1,2}/\\d{4}|\\d{1,2}:\\d{2}"
                    + "|\\d{1,2}[ \u00A0](?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "[ \u00A0]\\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "[ \u00A0]\\d{4})\\)?[.,;]?|\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)? ?(?:USD|JPY|VND|EUR|yên|đồng|tỷ đồng|triệu đồng|tỷ USD)?"
                    + "|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u30FC\\u3005]+"
                    + "|[\\p{L}\\p{M}]+(?:[-\u00A0][\\p{L}\\p{M}]+)+");

    /**
     * Dates, times, amounts, kanji and kana names and hyphenated readings ("I-tô Na-ô-ki") never break inside: in
     * every text of the body, each is wrapped in a span that does not wrap. Markup and attributes are left alone.
     */
    static String keepTogether(String xhtml) {
        int body = xhtml.indexOf("<body>");
        if (body < 0) {
            return xhtml;
        }
        StringBuilder out = new StringBuilder(xhtml.length() + 4096).append(xhtml, 0, body);
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<(/?)(span)?[^>]*>").matcher(xhtml);
        int at = body;
        // A text already in a span that does not wrap is left as it is: a span inside it is an edge the renderer
        // breaks at ("Ngài Thị trưởng / Ha-y-a-ca-oa Na-ô-hi-đê", rd18).
        java.util.ArrayDeque<Boolean> held = new java.util.ArrayDeque<>();
        while (tags.find(at)) {
            if (held.contains(true)) {
                out.append(xhtml, at, tags.start());
            } else {
                text(xhtml.substring(at, tags.start()), out);
            }
            out.append(tags.group());
            if (tags.group(2) != null && tags.group(1).isEmpty() && !tags.group().endsWith("/>")) {
                held.push(tags.group().contains("class=\"nw"));
            } else if (tags.group(2) != null && !held.isEmpty()) {
                held.pop();
            }
            at = tags.end();
        }
        text(xhtml.substring(at), out);
        // A bracket outside the span it opens or closes could be left alone at a line's end or start: the
        // PDF renderer may break where one inline box ends and the next begins, so it goes inside.
        // So do a full stop, comma or colon after a date or name ("18/11" then "." alone on the next line).
        return OPEN_BEFORE_SPANS.matcher(CLOSE_AFTER_SPANS.matcher(out).replaceAll("$1$3$2")).replaceAll("$1(");
    }

    private static final java.util.regex.Pattern OPEN_BEFORE_SPANS =
            java.util.regex.Pattern.compile("\\(((?:<span class=\"nw\"[^>]*>)+)(?=[\\p{L}\\d])");
    private static final java.util.regex.Pattern CLOSE_AFTER_SPANS =
            java.util.regex.Pattern.compile("([\\p{L}\\p{M}\\d.])((?:</span>)+)([).,;:]+)");

    private static void text(String text, StringBuilder out) {
        java.util.regex.Matcher m = TOGETHER.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start()).append("<span class=\"nw\">").append(m.group()).append("</span>");
            at = m.end();
        }
        out.append(text, at, text.length());
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.PersonItem;

/**
 * Small pieces of markup every part uses: a person, record text (marked as the Vietnamese original in an English
 * pack), lists, and spans that never break inside (dates, names, kanji).
 */
final class Words {
    private final Labels l;

    Words(Labels labels) {
        this.l = labels;
    }

    /**
     * Text from a record: as written; in an English pack its English rendering where the officer gave one, else
     * with the [VI] mark and the language set for readers.
     */
    String rec(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String en = l.english(text);
        if (en != null) {
            return Html.escape(en);
        }
        if ("en".equals(l.lang())) {
            // An English rendering written for Vietnamese since edited: the original, and a note for the officer.
            return "<span class=\"orig\">" + Html.escape(l.get("original.mark")) + "</span> <span lang=\"vi\">"
                    + Html.escape(text) + "</span>" + (l.stale(text) ? " <span class=\"orig\">"
                    + Html.escape(l.get("original.stale")) + "</span>" : "");
        }
        return Html.escape(text);
    }

    /**
     * Record text that follows the pack's words on the same line ("Outcome: …", "date — …"): after {@code separator}
     * as it is, but a Vietnamese original in an English pack starts a line of its own, never inside an English line.
     */
    String recAfter(String separator, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return (l.original(text) ? "<br/>" : separator) + rec(text);
    }

    /**
     * A generated text of one or more lines: the first is the pack's own sentence; each later line that starts with
     * the original mark is record text, set on its own line and marked as the Vietnamese original.
     */
    String lines(String text) {
        StringBuilder b = new StringBuilder();
        String mark = l.get("original.mark") + " ";
        for (String line : text.split("\n")) {
            if (b.length() > 0) {
                b.append("<br/>");
            }
            b.append(line.startsWith(mark) ? rec(line.substring(mark.length())) : Html.escape(line));
        }
        return b.toString();
    }

    /**
     * A name or place ({@link Labels#shown}): as it is, or in an English pack the Vietnamese original with its mark
     * and language; lines of several ({@link Labels#shownAll}) each so.
     */
    String shown(String text) {
        String mark = l.get("original.mark") + " ";
        StringBuilder b = new StringBuilder();
        for (String line : l.shown(text).split("\n", -1)) {
            if (b.length() > 0) {
                b.append("<br/>");
            }
            b.append(line.startsWith(mark) ? "<span class=\"orig\">" + Html.escape(l.get("original.mark"))
                    + "</span> <span lang=\"vi\">" + Html.escape(line.substring(mark.length())) + "</span>"
                    : Html.escape(line));
        }
        return b.toString();
    }

    /** {@link #shown} after the pack's words on a line; an original starts a line of its own. */
    String shownAfter(String separator, String text) {
        String s = l.shownAfter(separator, text);
        return s.isEmpty() ? "" : s.startsWith("\n") ? "<br/>" + shown(s.substring(1)) : Html.escape(separator)
                + shown(s.substring(separator.length()));
    }

    /** A sentence quoting a record ("… [VI] text …"): the quoted original moved to a line of its own. */
    static String ownLine(String sentence, Labels l) {
        String mark = l.get("original.mark") + " ";
        int at = sentence.indexOf(mark);
        return at <= 0 ? sentence : sentence.substring(0, at).strip() + "\n" + sentence.substring(at);
    }

    /** "ITO Naoki (伊藤直樹), Đại sứ …": the name and kanji never break inside. */
    String person(PersonItem p) {
        StringBuilder b = new StringBuilder(nowrap(p.name()));
        if (p.kanji() != null) {
            b.append(" (").append(japanese(p.kanji())).append(')');
        }
        if (p.title() != null) {
            b.append(", ").append(title(p));
        }
        return b.toString();
    }

    String title(PersonItem p) {
        if (p.title() == null) {
            return "";
        }
        // A post known only in part has its untranslated rest on lines of their own, marked (Addressing#partly).
        return p.titleOriginal() ? rec(p.title()) : lines(p.title());
    }

    /** A bulleted list of markup items, or the one-line "nothing recorded". */
    void list(Html h, List<String> items) {
        if (items.isEmpty()) {
            h.el("p", "empty", l.get("empty"));
            return;
        }
        h.open("ul", null);
        items.forEach(i -> h.raw("<li>").raw(i).raw("</li>"));
        h.close("ul");
    }

    /** A heading with its list, kept together; nothing at all when the list is empty. */
    void section(Html h, String heading, boolean keep, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        h.open("div", keep ? "class=\"keep\"" : null);
        h.el("h2", null, heading);
        list(h, items);
        h.close("div");
    }

    /** A key figure with its date and sources. */
    String figure(BriefModel.FigureItem f) {
        return "<b>" + rec(f.label()) + ":</b>" + recAfter(" ", f.value() + (f.unit() == null ? "" : " " + f.unit()))
                + (f.asOf() != null && f.asOf().known() ? " <span class=\"muted\">" + nowrap("(" + l.date(f.asOf()) + ")") + "</span>" : "")
                + Html.cite(f.sources());
    }

    static String nowrap(String text) {
        return "<span class=\"nw\">" + Html.escape(text) + "</span>";
    }

    /** Japanese text: never broken inside, marked as Japanese for screen readers. */
    static String japanese(String text) {
        return "<span class=\"nw\" lang=\"ja\">" + Html.escape(text) + "</span>";
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static List<String> nonBlank(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}

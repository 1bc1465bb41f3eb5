package vn.protocolbrief.brief;

import java.util.Locale;
import java.util.ResourceBundle;

/** "What changed since the last meeting", rendered where the history part starts: a dated, cited list. */
final class ChangesSinceHtml {
    private final BriefModel m;
    private final Labels l;
    private final Words w;

    ChangesSinceHtml(BriefModel model, Labels labels, Words words) {
        this.m = model;
        this.l = labels;
        this.w = words;
    }

    /** The heading, dated by the last meeting; a meeting of unknown date is not said as "(date unknown)". */
    static String title(ResourceBundle words, BriefModel m, Labels l) {
        var last = m.history().get(0).date();
        String pattern = words.getString("since.title");
        return last.known() ? pattern.replace("{0}", l.date(last)) : pattern.replace(" ({0})", "");
    }

    void render(Html h) {
        if (m.history().isEmpty()) {
            return;
        }
        ResourceBundle words = ResourceBundle.getBundle("vn.protocolbrief.brief.since", "en".equals(l.lang())
                ? Locale.ENGLISH : Locale.ROOT);
        h.open("div", "class=\"keep since\"");
        h.el("h2", null, title(words, m, l));
        if (m.changesSince().isEmpty()) {
            h.el("p", null, words.getString("since.none"));
        } else {
            h.open("ul", null);
            for (BriefModel.ChangeItem c : m.changesSince()) {
                // A change of unknown date is said without one, never opened by "chưa rõ ngày".
                h.raw("<li>").raw(c.date() != null && c.date().known() ? "<span class=\"when\">"
                        + Words.nowrap(l.date(c.date())) + "</span> · " : "").raw("<b>").raw(w.lines(c.what())).raw("</b>");
                if (c.text() != null) {
                    h.raw(w.recAfter(": ", c.text()));
                }
                h.raw(Html.cite(c.sources())).raw("</li>");
            }
            h.close("ul");
        }
        h.close("div");
    }
}

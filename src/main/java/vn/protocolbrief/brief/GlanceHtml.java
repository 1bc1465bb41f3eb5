package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.GiftItem;
import vn.protocolbrief.brief.BriefModel.NoteItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;

/**
 * "At a glance", the page a leader reads in the car: the visit, who comes and who receives, the last meeting, the
 * open requests and the answers owed, thanks owed, anniversaries, gifts, points of care, key figures — each list
 * cut at {@link #GLANCE_ITEMS} with a pointer to the part that holds the rest.
 */
final class GlanceHtml {
    /** Items per list on the first pages; the parts after hold the rest. */
    static final int GLANCE_ITEMS = 3;
    private final BriefModel m;
    private final Labels l;
    private final Words w;

    GlanceHtml(BriefModel model, Labels labels, Words words) {
        this.m = model;
        this.l = labels;
        this.w = words;
    }

    void render(Html h) {
        var g = m.glance();
        var v = m.visit();
        h.open("div", "class=\"keep\"");
        h.el("h2", null, l.get("glance.visit"));
        List<String> lines = new ArrayList<>();
        String when = v.date().known() ? l.date(v.date()) + (v.time() == null ? "" : ", " + v.time()) : null;
        lines.add("<b>" + Html.escape(l.get("cover.when")) + ":</b> " + (when == null
                ? Html.escape(l.get("cover.unset")) : Words.nowrap(when)) + (v.venue() == null ? ""
                : " — " + Html.escape(v.venue())) + Html.cite(v.sources()));
        if (v.purpose() != null) {
            lines.add("<b>" + Html.escape(l.get("cover.purpose")) + ":</b> " + Html.escape(v.purpose()));
        }
        for (String line : lines) {
            h.raw("<p>").raw(line).raw("</p>");
        }
        if (!v.programme().isEmpty()) {
            h.el("h3", null, l.get("glance.programme"));
            w.list(h, v.programme().stream().map(p -> (p.time() == null ? "" : "<b>" + Words.nowrap(p.time())
                    + "</b> — ") + Html.escape(p.item())).toList());
        }
        h.close("div");
        h.open("div", "class=\"keep\"");
        h.el("h2", null, l.get("glance.comes"));
        if (v.leader() == null) {
            h.el("p", "empty", l.get("empty.leader"));
        } else {
            h.open("p", null).raw("<b>").raw(w.person(v.leader())).raw("</b>").raw(Html.cite(v.sources())).close("p");
            if (v.leader().address() != null) {
                h.open("p", null).raw("<i>").text(l.get("col.address") + ":").raw("</i> ").text(v.leader().address())
                        .close("p");
            }
            if (!v.members().isEmpty()) {
                h.open("p", null).text(l.get("glance.members") + ": ")
                        .raw(String.join("; ", v.members().stream().map(w::person).toList())).close("p");
            }
        }
        if (!v.hosts().isEmpty() || v.interpreter() != null) {
            h.el("h3", null, l.format("glance.receives", m.meta().provinceName()));
            if (!v.hosts().isEmpty()) {
                h.raw("<p>").raw(String.join("; ", v.hosts().stream().map(w::person).toList())).raw("</p>");
            }
            if (v.interpreter() != null) {
                h.raw("<p><b>").text(l.get("cover.interpreter")).raw(":</b> ").text(v.interpreter()).raw("</p>");
            }
        }
        h.close("div");
        h.open("div", "class=\"keep\"");
        h.el("h2", null, l.get("glance.last"));
        if (g.lastMeeting() == null) {
            h.el("p", "empty", l.get("empty.last"));
        } else {
            var last = g.lastMeeting();
            h.open("p", null).raw("<b>").raw(Words.nowrap(l.date(last.date()))).text(" — " + last.provinceAsWritten())
                    .raw("</b> ").raw(w.rec(last.title())).raw(Html.cite(last.sources())).close("p");
            if (last.outcome() != null) {
                h.open("p", null).raw("<i>").text(l.get("glance.outcome") + ":").raw("</i> ").raw(w.rec(last.outcome()))
                        .close("p");
            }
        }
        h.close("div");
        if (g.openTotal() > 0) {
            h.open("div", "class=\"keep\"");
            h.el("h2", null, l.format("glance.open", g.openTotal(), m.meta().provinceName()));
            w.list(h, g.topOpen().stream().map(this::openRequest).toList());
            if (g.openTotal() > g.topOpen().size()) {
                int part = m.meta().parts().indexOf("requests") + 1;
                if (part > 0) {
                    h.el("p", "muted", l.format("glance.open.more", g.openTotal() - g.topOpen().size(), part));
                }
            }
            h.close("div");
        }
        section(h, l.get("glance.thanks"), g.thanksOwed().stream().map(a -> "<b>" + w.rec(a.title()) + "</b> — "
                + Html.escape(a.donor()) + (a.amount() == null ? "" : " — " + Words.nowrap(a.amount()))
                + Html.cite(a.sources())).toList());
        w.section(h, l.format("glance.commitments", m.meta().provinceName()), true, g.commitments().stream()
                .limit(GLANCE_ITEMS).map(r ->
                w.rec(r.text()) + " <span class=\"muted\">(" + Html.escape(l.get("status."
                        + r.status().name().toLowerCase())) + (r.latestFollowUp() == null ? "" : "; "
                        + Html.escape(l.get("requests.followup")) + ": ") + "</span>"
                        + (r.latestFollowUp() == null ? "" : w.rec(r.latestFollowUp())) + "<span class=\"muted\">)</span>"
                        + Html.cite(r.sources())).toList());
        more(h, g.commitments().size(), "requests");
        section(h, l.get("glance.anniversaries"), g.anniversaries().stream().map(a -> Html.escape(a.what())
                + Html.cite(a.sources())).toList());
        List<String> gifts = new ArrayList<>(g.giftsGiven().stream()
                .sorted(java.util.Comparator.comparing(GiftItem::date, java.util.Comparator.reverseOrder()))
                .limit(GLANCE_ITEMS).map(this::gift).toList());
        if (g.giftsGiven().size() > GLANCE_ITEMS) {
            gifts.add(Html.escape(l.format("glance.more", g.giftsGiven().size() - GLANCE_ITEMS,
                    m.meta().parts().indexOf("gifts") + 1)));
        }
        if (g.giftAdvice() != null) {
            gifts.add("<i>" + Html.escape(l.format(g.giftsGiven().isEmpty() ? "glance.gift.advice"
                    : "glance.gift.advice.avoid", g.giftAdvice().idea())) + "</i>");
        }
        section(h, l.get(g.giftsGiven().isEmpty() ? "glance.giftIdea" : "glance.gifts"), gifts);
        section(h, l.get("glance.sensitive"), g.sensitivities().stream().map(this::note).toList());
        section(h, l.get("glance.figures"), g.keyFigures().stream().map(w::figure).toList());
    }

    /** "… and n more (part p)" under a glance list cut at {@link #GLANCE_ITEMS}. */
    private void more(Html h, int total, String part) {
        int p = m.meta().parts().indexOf(part) + 1;
        if (total > GLANCE_ITEMS && p > 0) {
            h.el("p", "muted", l.format("glance.more", total - GLANCE_ITEMS, p));
        }
    }

    private String openRequest(RequestItem r) {
        String flag = r.repeated() ? " <span class=\"flag\">★ " + Html.escape(l.format("requests.repeated",
                r.timesRaised())) + "</span>" : "";
        return "<b>" + Html.escape(l.get("direction." + r.direction().name().toLowerCase())) + "</b> "
                + w.rec(r.text()) + " <span class=\"muted\">(" + Html.escape(l.get("status."
                + r.status().name().toLowerCase())) + ", " + Words.nowrap(l.date(r.lastRaised())) + ")</span>"
                + flag + Html.cite(r.sources());
    }

    private String gift(GiftItem g) {
        String by = g.givenBy() == null ? "" : " — " + Html.escape(l.format("gift.by.other", g.givenBy()));
        return "<b>" + w.rec(g.item()) + "</b> — " + Html.escape(Words.nullToEmpty(g.giver()) + " → "
                + Words.nullToEmpty(g.receiver())) + by + " <span class=\"muted\">" + Words.nowrap("(" + l.date(g.date())
                + ")") + "</span>" + Html.cite(g.sources());
    }

    private String note(NoteItem n) {
        return "<b>" + Html.escape(l.get("sensitivity." + n.kind())) + "</b> (" + Words.nowrap(l.date(n.date())) + "): "
                + w.rec(n.text()) + Html.cite(n.sources());
    }

    /** A kept-together heading with its list; nothing when the list is empty. */
    private void section(Html h, String heading, List<String> items) {
        w.section(h, heading, true, items);
    }
}

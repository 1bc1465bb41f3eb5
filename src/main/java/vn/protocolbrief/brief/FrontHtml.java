package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;

/**
 * The front brief, the two pages a leader reads before the meeting and reads from during it: what the visit is for
 * and what we want from it, the points to make, what the guests may raise and the line to take, both delegations
 * in order of precedence, the programme, the gift. Everything else is in the annexes behind it.
 */
final class FrontHtml {
    /** Wishes drawn from our open requests: the few a leader can pursue in one meeting. */
    static final int WISHES = 3;
    private final BriefModel m;
    private final Labels l;
    private final Words w;

    FrontHtml(BriefModel model, Labels labels, Words words) {
        this.m = model;
        this.l = labels;
        this.w = words;
    }

    void render(Html h) {
        int n = 0;
        purpose(h, ++n);
        List<TalkingPoint> speech = m.talkingPoints().stream().filter(p -> !"raise".equals(p.kind())).toList();
        List<TalkingPoint> raise = m.talkingPoints().stream().filter(p -> "raise".equals(p.kind())).toList();
        points(h, ++n, l.get("front.points"), speech, 1);
        if (!raise.isEmpty()) {
            // Replies are numbered afresh under their own heading: a reader heard "7." as the speech's seventh point.
            points(h, ++n, l.get("front.raise"), raise, 1);
        }
        if (m.meta().pointsEdited()) {
            h.el("p", "muted", l.get("points.edited"));
        }
        if (FrontSides.any(m.visit())) {
            delegations(h, ++n);
        }
        if (FrontSides.programmeKnown(m.visit())) {
            programme(h, ++n);
        }
        gift(h, ++n);
    }

    private String heading(int n, String text) {
        return n + ". " + text;
    }

    private void purpose(Html h, int n) {
        var v = m.visit();
        var g = m.glance();
        h.open("div", "class=\"keep\"");
        h.el("h2", null, heading(n, l.get("front.purpose")));
        if (v.purpose() != null) {
            h.raw("<p>").raw(w.lines(v.purpose())).raw(Html.cite(v.sources())).raw("</p>");
        } else {
            h.el("p", null, FrontPurpose.of(m, l));
        }
        if (g.lastMeeting() == null) {
            h.el("p", null, FrontPurpose.noMeeting(m, l));
        } else {
            var last = g.lastMeeting();
            h.raw("<p><b>").text(l.get("glance.last") + ":").raw("</b> ")
                    // A last meeting of unknown date is named by its title alone.
                    // A town's meeting names the town (never told as the province's): "…, Thị xã Kinh Môn (…)".
                    .raw(last.date().known() ? Words.nowrap(l.date(last.date()))
                            + Html.escape(PlaceNames.heldBySaid(m, last, l)) + w.recAfter(" — ", last.title())
                            : w.rec(last.title()) + Html.escape(PlaceNames.heldBySaid(m, last, l)))
                    .raw(Html.cite(last.sources())).raw("</p>");
        }
        h.close("div");
        String wishes = FrontPurpose.wishes(m, l); // what the points to make ask for, by what it is about
        if (wishes != null) {
            h.el("p", null, wishes);
        }
        g.anniversaries().forEach(a -> h.raw("<p>").raw(w.lines(Words.ownLine(l.format("front.anniversary", a.what()),
                l))).raw(Html.cite(a.sources())).raw("</p>"));
        if (!g.sensitivities().isEmpty()) {
            h.raw("<p><b>").text(l.get("glance.sensitive") + ":").raw("</b> ").raw(String.join("; ", g.sensitivities()
                    .stream().limit(2).map(s -> w.rec(s.text()) + Html.cite(s.sources())).toList())).raw("</p>");
        }
    }

    /** Numbered points; a point's [VI] lines (an English pack quoting the records) each on a line of their own. */
    private void points(Html h, int n, String title, List<TalkingPoint> points, int first) {
        int i = first;
        boolean headed = false;
        for (TalkingPoint p : points) {
            String line = "<p class=\"point\"><b>" + i++ + ".</b> " + w.lines(p.text()) + Html.cite(p.sources()) + "</p>";
            if (!headed) {
                h.open("div", "class=\"keep\"").el("h2", null, heading(n, title)).raw(line).close("div");
                headed = true;
            } else {
                h.raw(line);
            }
        }
    }

    /** Both sides in order of precedence: theirs (head first), then ours (the host first), then the interpreter. */
    private void delegations(Html h, int n) {
        var v = m.visit();
        h.open("div", "class=\"keep\"");
        h.el("h2", null, heading(n, l.get("front.delegations")));
        List<PersonItem> theirs = new ArrayList<>();
        if (v.leader() != null) {
            theirs.add(v.leader());
        }
        theirs.addAll(v.members());
        h.open("table", "class=\"delegations\"");
        h.raw("<col style=\"width:30%\"/><col style=\"width:40%\"/><col style=\"width:30%\"/>");
        h.raw("<thead><tr><th>").text(l.get("col.name")).raw("</th><th>").text(l.get("col.post")).raw("</th><th>")
                .text(l.get("front.col.address")).raw("</th></tr></thead><tbody>");
        // A side nobody is named for is left out (the officer is told): never dotted blanks in a signed document.
        if (!theirs.isEmpty()) {
            side(h, l.format("front.side.theirs", l.inSentence(m.meta().partnerName())));
        }
        for (int i = 0; i < theirs.size(); i++) {
            PersonItem p = theirs.get(i);
            row(h, (i == 0 ? "<b>" + Words.nowrap(p.name()) + "</b>" : Words.nowrap(p.name()))
                    + (p.kanji() == null ? "" : " " + Words.japanese(p.kanji())), w.title(p),
                    // The form of address carries the reading; the reading alone when there is no form.
                    p.address() != null ? Words.nowrap(p.address()) : p.reading() == null ? "" : Words.nowrap(p.reading()));
        }
        if (!v.hosts().isEmpty()) {
            side(h, l.format("front.side.ours", m.meta().provinceUnitAndName()));
        }
        for (int i = 0; i < v.hosts().size(); i++) {
            PersonItem p = v.hosts().get(i);
            row(h, i == 0 ? "<b>" + Words.nowrap(p.name()) + "</b>" : Words.nowrap(p.name()), w.title(p),
                    p.address() == null ? "" : Words.nowrap(p.address()));
        }
        if (v.interpreter() != null) {
            row(h, Words.nowrap(v.interpreter()), Html.escape(l.get("cover.interpreter")), "");
        }
        h.raw("</tbody></table>");
        h.close("div");
    }

    private static void side(Html h, String name) {
        h.raw("<tr><td class=\"side\" colspan=\"3\"><b>").text(name).raw("</b></td></tr>");
    }

    private static void row(Html h, String name, String post, String address) {
        h.raw("<tr><td>").raw(name).raw("</td><td>").raw(post).raw("</td><td>").raw(address).raw("</td></tr>");
    }

    private void programme(Html h, int n) {
        var v = m.visit();
        h.open("div", "class=\"keep\"");
        h.el("h2", null, heading(n, l.get("glance.programme")));
        String when = VisitWhen.of(m, l);
        // A day not yet known is not printed as dots: the venue is then said under its own label.
        if (when != null) {
            h.raw("<p><b>").text(l.get("cover.when") + ":").raw("</b> ").raw(Words.nowrap(when))
                    .raw(v.venue() == null ? "" : " — " + w.lines(v.venue())).raw(Html.cite(v.sources())).raw("</p>");
        } else if (v.venue() != null) {
            h.raw("<p><b>").text(l.get("cover.venue") + ":").raw("</b> ").raw(w.lines(v.venue()))
                    .raw(Html.cite(v.sources())).raw("</p>");
        }
        if (!v.programme().isEmpty()) {
            h.table("programme", List.of(l.get("front.col.time"), l.get("front.col.item")), List.of("18%", "82%"),
                    v.programme().stream().map(p -> List.of(p.time() == null ? "" : Words.nowrap(p.time()),
                            w.lines(p.item()))).toList());
        }
        h.close("div");
    }

    private void gift(Html h, int n) {
        var g = m.glance();
        h.open("div", "class=\"keep\"");
        h.el("h2", null, heading(n, l.get("front.gift")));
        // The reason names the newest gifts given: they are cited there, not listed a second time (issue 19).
        boolean named = GiftsPart.reasonNamesGiven(g);
        if (g.giftAdvice() != null) {
            h.raw("<p><b>").text(g.giftAdvice().idea()).raw("</b></p>");
            if (g.giftAdvice().reason() != null) {
                h.raw("<p>").text(g.giftAdvice().reason()).raw(named ? Html.cite(GiftsPart.newestSources(g)) : "")
                        .raw("</p>");
            }
        }
        List<String> given = g.giftsGiven().stream()
                .sorted(java.util.Comparator.comparing(BriefModel.GiftItem::date, java.util.Comparator.reverseOrder()))
                .limit(2).map(x -> w.rec(x.item()) + (x.date().known() ? " <span class=\"muted\">"
                        + Words.nowrap("(" + l.shortDate(x.date()) + ")") + "</span>" : "")
                        + (x.givenBy() == null ? "" : " — " + Html.escape(l.format("gift.by.other",
                        x.givenBy()))) + Html.cite(x.sources())).toList();
        if (!given.isEmpty() && !named) {
            h.raw("<p><i>").text(l.get("glance.gifts") + ":").raw("</i></p>");
            w.list(h, given);
        }
        h.close("div");
    }
}

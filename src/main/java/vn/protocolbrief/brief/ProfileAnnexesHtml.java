package vn.protocolbrief.brief;

import java.util.List;
import vn.protocolbrief.brief.BriefModel.LinkItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;

/** The annexes about the two sides as XHTML: the partner and its people, and the province. */
final class ProfileAnnexesHtml {
    private final BriefModel m;
    private final Labels l;
    private final Words w;
    private final RecordPartsHtml records;

    ProfileAnnexesHtml(BriefModel model, Labels labels, Words words, RecordPartsHtml records) {
        this.m = model;
        this.l = labels;
        this.w = words;
        this.records = records;
    }

    void delegation(Html h) {
        var d = m.delegation();
        h.open("div", "class=\"keep\"");
        h.el("h2", null, l.get("delegation.profile"));
        h.open("table", "class=\"kv\"");
        kv(h, l.get("delegation.names"), String.join(" · ", Words.nonBlank(d.partnerName(), d.partnerNameEn(),
                d.partnerNameJa()).stream().map(s -> s.equals(d.partnerNameJa()) ? Words.japanese(s) : Html.escape(l.shown(s)))
                .toList()));
        kv(h, l.get("delegation.kind"), Html.escape(PartnerKindWord.of(l, d.partnerKind(), d.partnerNameJa(),
                d.partnerNameEn(), d.partnerName())));
        if (d.prefecture() != null) {
            kv(h, l.get("delegation.prefecture"), Html.escape(d.prefecture()));
        }
        if (!d.currentHeads().isEmpty()) {
            kv(h, l.get("delegation.head"), String.join("<br/>", d.currentHeads().stream()
                    .map(p -> w.person(p) + Html.cite(p.sources())).toList()));
        }
        h.close("table");
        h.close("div");
        if (!d.people().isEmpty()) {
            // A reading is for a Vietnamese speaker: a table where nobody has one has no column of dashes, and the
            // legend does not speak of one.
            boolean read = hasReading(d.people());
            h.open("div", "class=\"keep\"");
            h.el("h2", null, l.get(read ? "delegation.people" : "delegation.people.address"));
            h.el("p", "muted", l.get("delegation.people.legend")
                    + (read ? " " + l.get("delegation.people.legend.readings") : ""));
            h.close("div");
            h.table("people", read ? List.of(l.get("col.name"), l.get("col.reading"), l.get("col.address"),
                    l.get("col.post")) : List.of(l.get("col.name"), l.get("col.address"), l.get("col.post")),
                    read ? List.of("22%", "26%", "28%", "24%") : List.of("30%", "36%", "34%"),
                    d.people().stream().map(p -> {
                        var row = new java.util.ArrayList<>(List.of("<b>" + Words.nowrap(p.name()) + "</b>"
                                + (p.kanji() == null ? "" : "<br/>" + Words.japanese(p.kanji())),
                                Html.escape(p.address() == null ? "—" : p.address()),
                                w.title(p) + Html.cite(p.sources())));
                        if (read) {
                            row.add(1, Html.escape(p.reading() == null ? "—" : p.reading()));
                        }
                        return (List<String>) row;
                    }).toList());
        }
        if (!d.leaderPosts().isEmpty()) {
            h.open("div", "class=\"keep\"");
            h.el("h2", null, l.get("delegation.leader"));
            h.close("div");
            h.table("posts", List.of(l.get("col.name"), l.get("col.post"), l.get("col.period")),
                    List.of("26%", "52%", "22%"), d.leaderPosts().stream().map(p -> List.of(Words.nowrap(p.person()),
                            (p.titleOriginal() ? w.rec(p.title()) : w.lines(p.title())) + Html.cite(p.sources()),
                            (p.since(l) == null ? "" : Words.nowrap(p.since(l)) + " – ")
                                    + Words.nowrap(p.until(l)))).toList());
        }
        if (!d.leaderOtherMeetings().isEmpty()) {
            h.open("div", "class=\"keep\"");
            h.el("h2", null, l.get("delegation.other"));
            h.close("div");
            records.compactMeetings(h, d.leaderOtherMeetings(), true);
        }
        // The partner's meetings elsewhere that are not already the leader's (an ambassador's are the embassy's).
        java.util.Set<String> shownAlready = new java.util.HashSet<>();
        d.leaderOtherMeetings().forEach(x -> shownAlready.add(x.id()));
        List<MeetingItem> elsewhere = d.partnerElsewhere().stream().filter(x -> !shownAlready.contains(x.id())).toList();
        if (!elsewhere.isEmpty()) {
            h.open("div", "class=\"keep\"");
            h.el("h2", null, l.get("delegation.elsewhere"));
            h.el("p", null, l.format("delegation.elsewhere.provinces", String.join(", ", d.partnerProvinces())));
            h.close("div");
            records.compactMeetings(h, elsewhere, false);
        }
    }

    private void kv(Html h, String k, String markup) {
        h.raw("<tr><td class=\"k\">").text(k).raw("</td><td>").raw(markup).raw("</td></tr>");
    }

    void province(Html h) {
        var p = m.province();
        h.open("div", "class=\"keep\"");
        h.el("h2", null, l.get("province.predecessors"));
        h.el("p", null, p.unchanged() ? l.get("province.unchanged")
                : String.join(", ", p.predecessors().stream().map(l::name).toList()));
        h.close("div");
        if (!p.links().isEmpty()) {
            h.open("div", "class=\"keep\"");
            h.el("h2", null, l.get("province.links"));
            h.close("div");
            // Partners linked in the same way, since the same day, by the same note and source are one row: the note
            // is said once for the group (four rows of "Được nêu là địa phương đối tác…" read as a copying fault).
            h.table("links", List.of(l.get("col.partner"), l.get("col.kind"), l.get("col.since"), l.get("col.note")),
                    List.of("26%", "22%", "14%", "38%"),
                    sameLinks(p.links()).stream().map(g -> {
                        LinkItem x = g.get(0);
                        return List.of(String.join("<br/>", g.stream().map(y -> Html.escape(y.partnerName())).toList()),
                                w.rec(x.kind()), Words.nowrap(x.since().known() ? l.shortDate(x.since()) : "—"),
                                // No "·" before the place when no note precedes it (rd16: "— | · Hải Dương").
                                w.rec(Words.nullToEmpty(x.note())) + (x.provinceAsWritten() != null
                                        ? w.shownAfter(blank(x.note()) ? "" : " · ", x.provinceAsWritten()) : "")
                                        + Html.cite(x.sources()));
                    }).toList());
        }
        w.section(h, l.get("province.figures"), true, p.keyFigures().stream().map(w::figure).toList());
        // National figures are not the province's or the pair's: they are not printed (issue 19).
        w.section(h, l.get("glance.sensitive"), true, m.glance().sensitivities().stream().map(n -> "<b>"
                + Html.escape(l.get("sensitivity." + n.kind())) + "</b>" + (n.date().known() ? " ("
                + Words.nowrap(l.date(n.date())) + ")" : "") + w.recAfter(": ", n.text()) + Html.cite(n.sources())).toList());
    }

    /**
     * The province's links, those that differ only by the partner taken together (in their first one's place): same
     * kind, since the same date, the same note, place and sources.
     */
    static List<List<LinkItem>> sameLinks(List<LinkItem> links) {
        java.util.Map<List<Object>, List<LinkItem>> groups = new java.util.LinkedHashMap<>();
        for (LinkItem x : links) {
            groups.computeIfAbsent(java.util.Arrays.asList(x.kind(), x.since(), x.note(), x.provinceAsWritten(),
                    x.sources()), k -> new java.util.ArrayList<>()).add(x);
        }
        return List.copyOf(groups.values());
    }

    /** Whether any person of a table has a reading (none has in the English pack). */
    static boolean hasReading(List<BriefModel.PersonItem> people) {
        return people.stream().anyMatch(p -> p.reading() != null);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

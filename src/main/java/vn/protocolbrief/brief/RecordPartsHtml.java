package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;

/** The record-heavy parts: history, requests, agreements and aid, gifts, talking points, charts, sources. */
final class RecordPartsHtml {
    private final BriefModel m;
    private final Labels l;

    RecordPartsHtml(BriefModel model, Labels labels) {
        this.m = model;
        this.l = labels;
    }

    void render(String part, Html h) {
        switch (part) {
            case "history" -> history(h);
            case "requests" -> requests(h);
            case "agreements" -> agreements(h);
            case "gifts" -> gifts(h);
            case "points" -> points(h);
            case "charts" -> charts(h);
            case "sources" -> sources(h);
            default -> throw new IllegalArgumentException("Unknown part " + part);
        }
    }

    private void history(Html h) {
        h.el("h2", null, l.format("history.with", m.meta().partnerName()));
        meetingTable(h, m.history(), l.get("empty.history"), false);
        h.el("h2", null, l.get("history.others"));
        meetingTable(h, m.otherHistory(), l.get("empty.other"), true);
    }

    /** Meetings newest first: date, the province as then named, who led, who received, what happened. */
    void meetingTable(Html h, List<MeetingItem> meetings, String empty, boolean withPartner) {
        if (meetings.isEmpty()) {
            h.el("p", "empty", empty);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (MeetingItem x : meetings) {
            StringBuilder content = new StringBuilder();
            if (withPartner && x.partnerName() != null) {
                content.append("<b>").append(Html.escape(x.partnerName())).append("</b><br/>");
            }
            content.append("<b>").append(Html.escape(x.title())).append("</b>");
            if (x.venue() != null && !x.venue().equals(x.provinceAsWritten())) {
                content.append("<br/><span class=\"muted\">").append(Html.escape(x.venue())).append("</span>");
            }
            if (x.summary() != null) {
                content.append("<br/>").append(Html.escape(x.summary()));
            }
            if (x.outcome() != null) {
                content.append("<br/><i>").append(Html.escape(l.get("glance.outcome"))).append(":</i> ")
                        .append(Html.escape(x.outcome()));
            }
            content.append(Html.cite(x.sources()));
            String people = (x.leader() == null ? "" : "<b>" + Html.escape(name(x.leader())) + "</b>")
                    + (x.hosts().isEmpty() ? "" : "<br/>" + Html.escape(String.join("; ",
                    x.hosts().stream().map(this::name).toList())));
            rows.add(List.of(date(x.date()), Html.escape(x.provinceAsWritten()), people, content.toString()));
        }
        h.table("meetings", List.of(l.get("col.date"), l.get("col.province"), l.get("col.leader") + " / "
                + l.get("col.hosts"), l.get("col.content")), List.of("12%", "14%", "22%", "52%"), rows);
    }

    /** Dates never break inside ("25/11/2025"). */
    private String date(vn.protocolbrief.domain.PartialDate d) {
        return "<span class=\"date\">" + Html.escape(l.date(d)) + "</span>";
    }

    private String name(PersonItem p) {
        return p.name() + (p.title() == null ? "" : ", " + p.title());
    }

    private void requests(Html h) {
        h.el("p", "muted", l.get("requests.legend"));
        if (m.requests().isEmpty()) {
            h.el("p", "empty", l.get("empty.requests"));
            return;
        }
        Map<String, List<RequestItem>> byCategory = new LinkedHashMap<>();
        for (RequestItem r : m.requests()) {
            byCategory.computeIfAbsent(r.categories().get(0), k -> new ArrayList<>()).add(r);
        }
        for (var e : byCategory.entrySet()) {
            h.el("h3", null, m.charts().categoryLabels().getOrDefault(e.getKey(), e.getKey()) + " (" + e.getValue().size()
                    + ")");
            List<List<String>> rows = new ArrayList<>();
            for (RequestItem r : e.getValue()) {
                StringBuilder text = new StringBuilder(Html.escape(r.text()));
                if (r.categories().size() > 1) {
                    text.append("<br/><span class=\"muted\">").append(Html.escape(String.join(", ", r.categories()
                            .subList(1, r.categories().size()).stream()
                            .map(c -> m.charts().categoryLabels().getOrDefault(c, c)).toList()))).append("</span>");
                }
                if (r.latestFollowUp() != null) {
                    text.append("<br/><i>").append(Html.escape(l.get("requests.followup"))).append(":</i> ")
                            .append(Html.escape(r.latestFollowUp()));
                }
                text.append(Html.cite(r.sources()));
                rows.add(List.of(Html.escape(l.get("direction." + r.direction().name().toLowerCase())),
                        "<span class=\"status\">" + Html.escape(l.get("status." + r.status().name().toLowerCase()))
                                + "</span>", text.toString(), date(r.firstRaised()), date(r.lastRaised()),
                        (r.repeated() ? "<span class=\"flag\">★ </span>" : "") + r.timesRaised()));
            }
            h.table("requests", List.of(l.get("col.direction"), l.get("col.status"), l.get("col.request"),
                    l.get("col.first"), l.get("col.last"), l.get("col.times")),
                    List.of("8%", "13%", "49%", "12%", "12%", "6%"), rows);
        }
    }

    private void agreements(Html h) {
        h.el("h2", null, l.get("heading.agreements"));
        if (m.agreements().isEmpty()) {
            h.el("p", "empty", l.get("empty.agreements"));
        } else {
            h.table("agreements", List.of(l.get("col.date"), l.get("col.title"), l.get("col.parties"),
                    l.get("col.fields")), List.of("12%", "33%", "25%", "30%"), m.agreements().stream().map(a -> List.of(
                    date(a.signedOn()),
                    "<b>" + Html.escape(a.title()) + "</b>" + (a.partnerName() == null ? "" : "<br/><span class=\"muted\">"
                            + Html.escape(a.partnerName()) + "</span>") + Html.cite(a.sources()),
                    Html.escape(BriefHtml.nullToEmpty(a.parties())) + (a.provinceAsWritten() == null ? ""
                            : "<br/><span class=\"muted\">" + Html.escape(a.provinceAsWritten()) + "</span>"),
                    Html.escape(BriefHtml.nullToEmpty(a.fields())))).toList());
        }
        h.el("h2", null, l.get("heading.aid"));
        if (m.aid().isEmpty()) {
            h.el("p", "empty", l.get("empty.aid"));
        } else {
            h.table("aid", List.of(l.get("col.title"), l.get("col.donor"), l.get("col.amount"), l.get("col.status")),
                    List.of("42%", "22%", "20%", "16%"), m.aid().stream().map(a -> List.of(
                    "<b>" + Html.escape(a.title()) + "</b>" + (a.purpose() == null ? "" : "<br/>" + Html.escape(a.purpose()))
                            + Html.cite(a.sources()),
                    Html.escape(BriefHtml.nullToEmpty(a.donor())) + (a.channel() == null ? "" : "<br/><span class=\"muted\">"
                            + Html.escape(a.channel()) + "</span>"),
                    (a.amount() == null ? "—" : "<b>" + Html.escape(a.amount()) + "</b>")
                            + (a.amountNote() == null ? "" : "<br/><span class=\"muted\">" + Html.escape(a.amountNote())
                            + "</span>"),
                    Html.escape(a.status()) + (a.date().known() ? "<br/>" + Html.escape(l.date(a.date())) : ""))).toList());
        }
    }

    private void gifts(Html h) {
        if (m.gifts().isEmpty()) {
            h.el("p", "empty", l.get("empty.gifts"));
            return;
        }
        h.table("gifts", List.of(l.get("col.date"), l.get("col.item"), l.get("col.giver"), l.get("col.receiver"),
                l.get("col.occasion")), List.of("12%", "22%", "20%", "20%", "26%"), m.gifts().stream().map(g -> List.of(
                date(g.date()), "<b>" + Html.escape(g.item()) + "</b>" + Html.cite(g.sources()),
                Html.escape(BriefHtml.nullToEmpty(g.giver())), Html.escape(BriefHtml.nullToEmpty(g.receiver())),
                Html.escape(BriefHtml.nullToEmpty(g.occasion())))).toList());
    }

    private void points(Html h) {
        if (m.talkingPoints().isEmpty()) {
            h.el("p", "empty", l.get("empty.points"));
            return;
        }
        h.open("ol", null);
        m.talkingPoints().forEach(p -> h.raw("<li>").text(p.text()).raw(Html.cite(p.sources())).raw("</li>"));
        h.close("ol");
    }

    private void charts(Html h) {
        boolean any = false;
        if (!m.charts().requestsByCategory().isEmpty()) {
            h.el("h2", null, l.format("chart.requests", m.meta().partnerName()));
            h.raw("<object type=\"application/x-protocol-brief-chart\" data-chart=\"requests\""
                    + " style=\"width:176mm;height:" + Math.max(45, 12 + 8 * m.charts().requestsByCategory().size())
                    + "mm\"></object>");
            any = true;
        }
        if (!m.charts().meetingsByYear().isEmpty()) {
            h.el("h2", null, l.get("chart.meetings"));
            h.raw("<object type=\"application/x-protocol-brief-chart\" data-chart=\"meetings\""
                    + " style=\"width:176mm;height:75mm\"></object>");
            any = true;
        }
        if (!any) {
            h.el("p", "empty", l.get("chart.none"));
        }
    }

    private void sources(Html h) {
        h.el("p", "muted", l.get("sources.intro"));
        if (m.sources().isEmpty()) {
            h.el("p", "empty", l.get("empty.sources"));
            return;
        }
        h.table("sources", List.of("#", l.get("col.source"), l.get("col.date")), List.of("6%", "80%", "14%"),
                m.sources().stream().map(s -> List.of("[" + s.number() + "]",
                        "<b>" + Html.escape(s.title() != null ? s.title() : s.id()) + "</b>"
                                + (s.publication() == null ? "" : "<br/>" + Html.escape(s.publication()))
                                + (s.url() == null ? "" : "<br/>" + Html.escape(s.url())),
                        Html.escape(l.date(s.published())))).toList());
    }
}

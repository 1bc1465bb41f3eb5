package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;

/**
 * The record-heavy parts: history, requests, agreements and aid, gifts, talking points, charts, sources. Lengths
 * follow the content: the latest meetings in full and the earlier ones a line each, other partners one row each,
 * requests listed per category up to {@link #PER_CATEGORY} with the rest counted.
 */
final class RecordPartsHtml {
    static final int FULL_MEETINGS = 8;
    static final int PER_CATEGORY = 6;
    static final int GIFTS = 30;

    private final BriefModel m;
    private final Labels l;
    private final Words w;

    RecordPartsHtml(BriefModel model, Labels labels, Words words) {
        this.m = model;
        this.l = labels;
        this.w = words;
    }

    /** Whether a part has nothing to show: an annex is then left out. The front brief always has something. */
    boolean empty(String part) {
        return switch (part) {
            case "history" -> m.history().isEmpty() && m.otherPartners().isEmpty();
            case "requests" -> m.requests().isEmpty();
            case "commitments" -> CommitmentsAnnex.empty(m);
            case "agreements" -> m.agreements().isEmpty() && m.aid().isEmpty();
            case "gifts" -> m.gifts().isEmpty();
            case "province" -> m.province().predecessors().isEmpty() && m.province().links().isEmpty()
                    && m.province().keyFigures().isEmpty() && m.glance().sensitivities().isEmpty();
            default -> false;
        };
    }

    void render(String part, Html h) {
        switch (part) {
            case "history" -> {
                // The start of the history annex: what a reader sees first about the pair's past.
                history(h);
                meetingsChart(h);
            }
            case "requests" -> {
                // The legend under the annex's heading, before the chart: it says what the arrows and ★ mean.
                h.el("p", "muted", l.get("requests.legend"));
                requestsChart(h);
                requests(h);
            }
            case "commitments" -> new CommitmentsAnnex(m, l).html(h, w);
            case "agreements" -> agreements(h);
            case "gifts" -> gifts(h);
            case "sources" -> sources(h);
            default -> throw new IllegalArgumentException("Unknown part " + part);
        }
    }

    private void history(Html h) {
        new ChangesSinceHtml(m, l, w).render(h);
        if (!m.history().isEmpty()) {
            h.el("h2", null, l.format("history.with", l.inSentence(m.meta().partnerName())));
            List<MeetingItem> full = m.history().subList(0, Math.min(FULL_MEETINGS, m.history().size()));
            full.forEach(x -> meeting(h, x));
            if (m.history().size() > FULL_MEETINGS) {
                List<MeetingItem> older = m.history().subList(FULL_MEETINGS, m.history().size());
                h.open("div", "class=\"keep\"").el("h3", null, l.format("history.older", older.size())).close("div");
                compactMeetings(h, older, false);
            }
        }
        if (!m.otherPartners().isEmpty()) {
            h.open("div", "class=\"keep\"").el("h2", null, l.get("history.others")).close("div");
            h.table("others", List.of(l.get("col.partner"), l.get("col.meetings"), l.get("col.lastmeeting"),
                    l.get("col.asWritten")), List.of("38%", "12%", "20%", "30%"), m.otherPartners().stream()
                    .map(p -> List.of(Html.escape(p.partnerName() == null ? "—" : p.partnerName()),
                            String.valueOf(p.meetings()),
                            Words.nowrap(l.dateCell(p.last())),
                            w.shown(l.shownAll(p.provincesAsWritten())) + Html.cite(p.sources()))).toList());
        }
    }

    /** Where a meeting was, said as one place ({@link PlaceNames#meetingPlace}). */
    static PlaceNames.MeetingPlace meetingPlace(BriefModel m, MeetingItem x, Labels l) {
        return PlaceNames.meetingPlace(x.provinceAsWritten(), x.venue(), m.meta().provinceName(),
                m.province() == null ? List.of() : m.province().predecessors(), l);
    }

    /** One meeting in full: when and where, who on each side, what happened, the outcome. */
    private void meeting(Html h, MeetingItem x) {
        h.open("div", "class=\"meeting\"");
        // One place, not the province and the venue side by side ("Phú Thọ · Tỉnh Quảng Ninh…" read as two places):
        // the venue or the province, and the predecessor it was recorded under where the province has merged since.
        PlaceNames.MeetingPlace at = meetingPlace(m, x, l);
        String where = w.shownAfter(" · ", at.recorded())
                + (at.place() == null ? "" : at.venue() ? w.recAfter(" · ", at.place()) : w.shownAfter(" · ", at.place()))
                + Html.escape(at.thenSaid(l, m.meta().provinceName()));
        // A meeting of unknown date opens with where it was, never with "chưa rõ ngày".
        String head = x.date().known() ? "<span class=\"when\">" + Words.nowrap(l.date(x.date())) + "</span>" + where
                : l.openedBy(x.date(), " · ", where);
        h.raw("<p>").raw(head).raw(Html.cite(x.sources())).raw("</p>");
        if (x.title() != null) {
            h.raw("<p><b>").raw(w.rec(x.title())).raw("</b></p>");
        }
        List<String> jp = new ArrayList<>();
        if (x.leader() != null) {
            jp.add("<b>" + w.person(x.leader()) + "</b>");
        }
        x.delegation().forEach(p -> jp.add(w.person(p)));
        if (!jp.isEmpty()) {
            h.raw("<p><i>").text(l.get("col.japaneseSide") + ":").raw("</i> ").raw(String.join("; ", jp)).raw("</p>");
        }
        if (!x.hosts().isEmpty()) {
            h.raw("<p><i>").text(l.get("col.hosts") + ":").raw("</i> ")
                    .raw(String.join("; ", x.hosts().stream().map(w::person).toList())).raw("</p>");
        }
        if (x.summary() != null) {
            h.raw("<p>").raw(w.rec(x.summary())).raw("</p>");
        }
        if (x.outcome() != null) {
            h.raw("<p><i>").text(l.get("glance.outcome") + ":").raw("</i>").raw(w.recAfter(" ", x.outcome())).raw("</p>");
        }
        h.close("div");
    }

    /** Meetings a line each: date, province (and partner when it varies), head of delegation, title. */
    void compactMeetings(Html h, List<MeetingItem> meetings, boolean withPartner) {
        h.table("meetings", List.of(l.get("col.date"), l.get("col.province"), l.get("col.content")),
                List.of("18%", "24%", "58%"), meetings.stream().map(x -> List.of(
                        String.join("<br/>", MeetingDateCell.lines(x, m.sources(), l).stream().map(Words::nowrap)
                                .toList()),
                        w.shown(x.provinceAsWritten()),
                        (otherPartner(m, x, withPartner) == null ? "" : "<span class=\"muted\">"
                                + Html.escape(otherPartner(m, x, withPartner)) + "</span><br/>")
                                + w.rec(Words.nullToEmpty(x.title())) + Html.cite(x.sources())
                                + (ledBy(m, x) == null ? "" : (x.title() == null ? "" : "<br/>")
                                + "<span class=\"muted\">" + Html.escape(l.format("meeting.ledBy", ledBy(m, x)))
                                + "</span>"))).toList());
    }

    /**
     * The partner a meeting was with, said in the content column (issue 19: an embassy stood under "province (name
     * then)"), and only when it is not the pack's own partner; null otherwise.
     */
    static String otherPartner(BriefModel m, MeetingItem x, boolean withPartner) {
        return !withPartner || x.partnerName() == null || x.partnerName().equals(m.meta().partnerName()) ? null
                : x.partnerName();
    }

    /**
     * Who headed a meeting's delegation, said on a line of its own under the meeting's title ("Trưởng đoàn: ITO
     * Naoki"): a name set before a title that names other people ("ITO Naoki — Bí thư Tỉnh ủy Quản Minh Cường tiếp
     * …") read as that person's post. Null when nobody is recorded, or when it is the pack's own head of delegation
     * (the table of his other meetings would name him on every row).
     */
    static String ledBy(BriefModel m, MeetingItem x) {
        if (x.leader() == null) {
            return null;
        }
        var head = m.visit() == null ? null : m.visit().leader();
        return head != null && head.id() != null && head.id().equals(x.leader().id()) ? null : x.leader().name();
    }

    private void requests(Html h) {
        Map<String, List<RequestItem>> byCategory = new LinkedHashMap<>();
        for (RequestItem r : m.requests()) {
            byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r);
        }
        for (var e : byCategory.entrySet()) {
            List<RequestItem> all = e.getValue();
            // Open and in-progress requests first (assembly sorts by status), then the closed ones.
            List<RequestItem> shown = all.subList(0, Math.min(PER_CATEGORY, all.size()));
            h.open("div", "class=\"keep\"").el("h2", null, m.charts().categoryLabels().getOrDefault(e.getKey(),
                    e.getKey()) + " (" + all.size() + ")").close("div");
            List<List<String>> rows = new ArrayList<>();
            for (RequestItem r : shown) {
                StringBuilder text = new StringBuilder(w.rec(r.text()));
                if (r.categories().size() > 1) {
                    text.append("<br/><span class=\"muted\">").append(Html.escape(String.join(", ", r.categories()
                            .subList(1, r.categories().size()).stream()
                            .map(c -> m.charts().categoryLabels().getOrDefault(c, c)).toList()))).append("</span>");
                }
                if (r.latestFollowUp() != null) {
                    text.append("<br/><i>").append(Html.escape(l.get("requests.followup"))).append(":</i>")
                            .append(w.recAfter("\u00A0", r.latestFollowUp())); // the label never ends a line alone
                }
                text.append(Html.cite(r.sources()));
                String raised = Words.nowrap(l.dateCell(r.firstRaised())) + (r.timesRaised() > 1
                        ? "<br/>" + Words.nowrap(l.dateCell(r.lastRaised())) + "<br/><span class=\"flag\">★ "
                        + Html.escape(l.format("requests.repeated", r.timesRaised())) + "</span>" : "");
                rows.add(List.of(Words.nowrap(l.get("direction." + r.direction().name().toLowerCase())),
                        Html.escape(l.get("status." + r.status().name().toLowerCase())), text.toString(), raised));
            }
            h.table("requests", List.of(l.get("col.direction"), l.get("col.status"), l.get("col.request"),
                    l.get("col.first")), List.of("11%", "15%", "56%", "18%"), rows);
            if (all.size() > shown.size()) {
                List<RequestItem> rest = all.subList(shown.size(), all.size());
                List<String> counts = new ArrayList<>();
                for (RequestStatus s : RequestStatus.values()) {
                    long n = rest.stream().filter(r -> r.status() == s).count();
                    if (n > 0) {
                        counts.add(l.format("requests.count", n, l.get("status." + s.name().toLowerCase())
                                .toLowerCase(java.util.Locale.ROOT)));
                    }
                }
                h.el("p", "muted", l.format("requests.more", rest.size(), String.join(", ", counts)));
            }
        }
    }

    private void agreements(Html h) {
        List<BriefModel.AgreementItem> ours = m.agreements().stream().filter(BriefModel.AgreementItem::withPartner).toList();
        List<BriefModel.AgreementItem> others = m.agreements().stream().filter(a -> !a.withPartner()).toList();
        if (!ours.isEmpty()) {
            h.open("div", "class=\"keep\"").el("h2", null, l.format("history.with", l.inSentence(m.meta().partnerName()))).close("div");
            agreementTable(h, ours);
        }
        if (!others.isEmpty()) {
            h.open("div", "class=\"keep\"").el("h2", null, l.get("agreements.others")).close("div");
            agreementTable(h, others);
        }
        if (!m.aid().isEmpty()) {
            h.open("div", "class=\"keep\"").el("h2", null, l.get("heading.aid")).close("div");
            h.table("aid", List.of(l.get("col.title"), l.get("col.donor"), l.get("col.amount"), l.get("col.status")),
                    List.of("42%", "22%", "20%", "16%"), m.aid().stream().map(a -> List.of(
                            "<b>" + w.rec(a.title()) + "</b>" + (a.purpose() == null ? "" : "<br/>" + w.rec(a.purpose()))
                                    + (a.withPartner() || a.partnerName() == null ? "" : "<br/><span class=\"muted\">"
                                    + Html.escape(a.partnerName()) + "</span>") + Html.cite(a.sources()),
                            w.rec(a.donor()) + (a.channel() == null ? "" : "<br/><span class=\"muted\">"
                                    + w.rec(a.channel()) + "</span>"),
                            (a.amount() == null ? "—" : "<b>" + Words.nowrap(a.amount()) + "</b>")
                                    + (a.amountNote() == null ? "" : "<br/><span class=\"muted\">" + w.rec(a.amountNote())
                                    + "</span>"),
                            Html.escape(l.get("aid." + a.status())) + (a.date().known() ? "<br/>"
                                    + Words.nowrap(l.shortDate(a.date())) : ""))).toList());
        }
    }

    /**
     * Whether the place an agreement was recorded under says more than the parties and the pack's province: a
     * province since merged ("TP Quy Nhơn (tỉnh Bình Định cũ)") does; the pack's own province, or a place the parties
     * already name, would stand under them as a stray grey line.
     */
    static boolean placeSaysMore(BriefModel.AgreementItem a, String province) {
        String place = vn.protocolbrief.domain.Text.key(a.provinceAsWritten() == null ? "" : a.provinceAsWritten());
        return !place.isBlank() && !place.equals(vn.protocolbrief.domain.Text.key(province == null ? "" : province))
                && !vn.protocolbrief.domain.Text.key(a.parties() == null ? "" : a.parties()).contains(place);
    }

    private void agreementTable(Html h, List<BriefModel.AgreementItem> agreements) {
        h.table("agreements", List.of(l.get("col.date"), l.get("col.title"), l.get("col.parties"), l.get("col.fields")),
                List.of("15%", "35%", "24%", "26%"), agreements.stream().map(a -> List.of(
                        Words.nowrap(l.dateCell(a.signedOn())),
                        "<b>" + w.rec(a.title()) + "</b>" + (a.kind() == null ? "" : "<br/><span class=\"muted\">"
                                + Html.escape(a.kind()) + (a.status() == null ? "" : " · " + Html.escape(a.status()))
                                + "</span>") + (a.withPartner() || a.partnerName() == null ? ""
                                : "<br/><span class=\"muted\">" + Html.escape(a.partnerName()) + "</span>")
                                + Html.cite(a.sources()),
                        w.rec(Words.nullToEmpty(a.parties())) + (!placeSaysMore(a, m.meta().provinceName()) ? ""
                                : "<br/><span class=\"muted\">" + w.shown(a.provinceAsWritten()) + "</span>"),
                        w.rec(Words.nullToEmpty(a.fields())))).toList());
    }

    private void gifts(Html h) {
        List<BriefModel.GiftItem> latest = m.gifts().stream()
                .sorted(java.util.Comparator.comparing(BriefModel.GiftItem::date, java.util.Comparator.reverseOrder()))
                .toList();
        List<BriefModel.GiftItem> shown = latest.subList(0, Math.min(GIFTS, latest.size()));
        h.table("gifts", List.of(l.get("col.date"), l.get("col.item"), l.get("col.giver"), l.get("col.receiver")),
                List.of("16%", "32%", "26%", "26%"), shown.stream().map(g -> List.of(
                        Words.nowrap(l.dateCell(g.date())),
                        "<b>" + w.rec(g.item()) + "</b>" + (g.givenBy() == null ? "" : "<br/><span class=\"muted\">"
                                + Html.escape(l.format("gift.by.other", g.givenBy())) + "</span>") + Html.cite(g.sources()),
                        w.shown(g.giver()),
                        w.shown(g.receiver()))).toList());
        if (latest.size() > shown.size()) {
            List<BriefModel.GiftItem> rest = latest.subList(shown.size(), latest.size());
            // The span is of the known dates only (unknown ones sort last): no "—" standing for a year.
            List<PartialDate> known = rest.stream().map(BriefModel.GiftItem::date).filter(PartialDate::known).toList();
            h.el("p", "muted", known.isEmpty() ? l.format("gifts.more.undated", rest.size())
                    : l.format("gifts.more", rest.size(), l.shortDate(known.get(known.size() - 1)),
                    l.shortDate(known.get(0))));
        }
    }

    /** Bars drawn as table cells: the numbers are text (searchable, read aloud by screen readers), the bars decoration. */
    /** A chart only where it says more than a number ({@link ChartCounts#saysMoreThanANumber}). */
    private void requestsChart(Html h) {
        var c = m.charts();
        int max = c.requestsByCategory().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (ChartCounts.saysMoreThanANumber(c.requestsByCategory().values())) {
            h.open("div", "class=\"keep\"");
            h.el("h2", null, l.format("chart.requests", l.inSentence(m.meta().partnerName())));
            h.open("table", "class=\"bars\"");
            h.raw("<col style=\"width:15%\"/><col style=\"width:45%\"/><col style=\"width:40%\"/>");
            h.raw("<thead><tr><th>").text(l.get("col.count")).raw("</th><th>").text(l.get("col.request"))
                    .raw("</th><th></th></tr></thead><tbody>");
            c.requestsByCategory().forEach((cat, n) -> h.raw("<tr><td class=\"n\">").raw(String.valueOf(n))
                    .raw("</td><td>").text(c.categoryLabels().getOrDefault(cat, cat)).raw("</td><td>").raw(bar(n, max))
                    .raw("</td></tr>"));
            h.raw("</tbody></table>");
            h.close("div");
        }
    }

    private void meetingsChart(Html h) {
        var c = m.charts();
        // Meetings of unknown year have no bar: counted in one line under the chart, never a "—" or "chưa rõ" year.
        Map<Integer, int[]> byYear = new LinkedHashMap<>(c.meetingsByYear());
        int[] undated = byYear.remove(null);
        int max = byYear.values().stream().mapToInt(v -> v[1]).max().orElse(0);
        if (ChartCounts.saysMoreThanANumber(byYear.values().stream().map(v -> v[1]).toList())) {
            h.open("div", "class=\"keep\"");
            h.el("h2", null, l.get("chart.meetings"));
            h.open("table", "class=\"bars\"");
            h.raw("<col style=\"width:14%\"/><col style=\"width:18%\"/><col style=\"width:18%\"/><col style=\"width:50%\"/>");
            h.raw("<thead><tr><th>").text(l.get("col.year")).raw("</th><th>")
                    .text(l.format("col.withPartner", l.inSentence(m.meta().partnerName()))).raw("</th><th>")
                    .text(l.get("col.allPartners")).raw("</th><th></th></tr></thead><tbody>");
            byYear.forEach((year, n) -> h.raw("<tr><td>").text(String.valueOf(year)).raw("</td><td class=\"n\">")
                    .raw(String.valueOf(n[0])).raw("</td><td class=\"n\">").raw(String.valueOf(n[1])).raw("</td><td>")
                    .raw(bar(n[1], max)).raw("</td></tr>"));
            h.raw("</tbody></table>");
            if (undated != null && undated[1] > 0) {
                h.el("p", "muted", undated[0] == 0 ? l.format("chart.meetings.undated", undated[1])
                        : l.format("chart.meetings.undated.partner", undated[1], undated[0],
                        l.inSentence(m.meta().partnerName())));
            }
            h.close("div");
        }
    }

    private static String bar(int n, int max) {
        int pct = Math.max(2, Math.round(100f * n / Math.max(1, max)));
        return "<div class=\"bar\" style=\"width:" + pct + "%\"></div>";
    }

    private void sources(Html h) {
        h.el("p", "muted", l.get("sources.intro"));
        h.table("sources", List.of("#", l.get("col.source"), l.get("col.date")), List.of("8%", "72%", "20%"),
                m.sources().stream().map(s -> List.of("[" + s.number() + "]", w.lines(SourceLines.of(s, l))
                                + (BriefModel.UNREVIEWED.equals(s.kind()) ? "<br/><span class=\"unreviewed\">"
                                + Html.escape(l.get("unreviewed.mark")) + "</span>" : ""),
                        s.published().known() ? Words.nowrap(l.shortDate(s.published())) : "—")).toList());
    }
}

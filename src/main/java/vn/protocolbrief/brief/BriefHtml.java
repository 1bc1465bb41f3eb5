package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.FigureItem;
import vn.protocolbrief.brief.BriefModel.GiftItem;
import vn.protocolbrief.brief.BriefModel.NoteItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;

/**
 * The pack as XHTML for openhtmltopdf: A4, running header with the classification line, "Trang N / M"
 * footer, contents with page numbers, PDF bookmarks mirroring the contents. Grey tones and rules only,
 * so it prints in black and white.
 */
final class BriefHtml {
    private final BriefModel m;
    private final Labels l;
    private final RecordPartsHtml records;

    BriefHtml(BriefModel model, Labels labels) {
        this.m = model;
        this.l = labels;
        this.records = new RecordPartsHtml(model, labels);
    }

    String title() {
        String leader = m.meta().leader() != null ? m.meta().leader().name() : m.meta().partnerName();
        return l.format("doc.title", leader);
    }

    String subject() {
        return l.format("doc.subject", m.meta().provinceName(), m.meta().partnerName());
    }

    String render() {
        Html h = new Html();
        h.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html lang=\"").raw(m.meta().lang()).raw("\">");
        h.raw("<head><meta charset=\"UTF-8\"/>");
        h.open("title", null).text(title()).close("title");
        h.raw("<meta name=\"author\" content=\"").text(l.get("doc.author")).raw("\"/>");
        h.raw("<meta name=\"subject\" content=\"").text(subject()).raw("\"/>");
        h.raw("<meta name=\"keywords\" content=\"").text(m.meta().provinceName() + ", " + m.meta().partnerName()
                + ", " + m.meta().snapshot()).raw("\"/>");
        h.raw("<style>").raw(css());
        if (!m.meta().parts().contains("sources")) {
            h.raw(".cite { display: none; }"); // the numbers point into a part that was left out
        }
        h.raw("</style>");
        bookmarks(h);
        h.raw("</head><body>");
        h.open("div", "class=\"running-header\"").text(m.meta().classification() + " · " + m.meta().provinceName()
                + " — " + m.meta().partnerName()).close("div");
        cover(h);
        contents(h);
        for (String part : m.meta().parts()) {
            h.open("div", "class=\"part\" id=\"part-" + part + "\"");
            h.el("h1", null, heading(part));
            switch (part) {
                case "glance" -> glance(h);
                case "delegation" -> delegation(h);
                case "province" -> province(h);
                default -> records.render(part, h);
            }
            h.close("div");
        }
        return h.raw("</body></html>").toString();
    }

    String heading(String part) {
        return (m.meta().parts().indexOf(part) + 1) + ". " + l.get("part." + part);
    }

    private void bookmarks(Html h) {
        h.raw("<bookmarks>");
        h.raw("<bookmark name=\"").text(title()).raw("\" href=\"#cover\"/>");
        h.raw("<bookmark name=\"").text(l.get("part.contents")).raw("\" href=\"#contents\"/>");
        for (String part : m.meta().parts()) {
            h.raw("<bookmark name=\"").text(heading(part)).raw("\" href=\"#part-").raw(part).raw("\"/>");
        }
        h.raw("</bookmarks>");
    }

    private String css() {
        String[] page = l.get("footer.page").split("\\{[01]\\}", -1);
        String footer = "\"" + page[0] + "\" counter(page) \"" + page[1] + "\" counter(pages) \"" + page[2] + "\"";
        return """
                @page { size: A4; margin: 20mm 17mm 18mm 17mm;
                  @top-left { content: element(header); }
                  @bottom-center { content: %s; font-family: 'Noto Sans'; font-size: 8pt; color: #333; } }
                @page :first { @top-left { content: none; } @bottom-center { content: none; } }
                body { font-family: 'Noto Sans', 'Noto Sans JP'; font-size: 9.5pt; line-height: 1.38; color: #000; }
                .running-header { position: running(header); font-size: 8pt; color: #333; width: 176mm;
                  border-bottom: 0.5pt solid #555; padding-bottom: 1mm; }
                h1 { font-size: 15pt; margin: 0 0 4mm 0; padding-bottom: 1.5mm; border-bottom: 1.2pt solid #000; }
                h2 { font-size: 11.5pt; margin: 5mm 0 2mm 0; page-break-after: avoid; }
                h3 { font-size: 10pt; margin: 3mm 0 1mm 0; page-break-after: avoid; }
                .part { page-break-before: always; }
                p { margin: 0 0 2mm 0; }
                table { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; margin: 1mm 0 3mm 0; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                th { background-color: #e6e6e6; font-weight: bold; text-align: left; border: 0.6pt solid #444;
                  padding: 1.2mm 1.5mm; font-size: 8.5pt; }
                td { border: 0.6pt solid #777; padding: 1.2mm 1.5mm; vertical-align: top; font-size: 8.8pt; }
                .kv td.k { width: 48mm; font-weight: bold; background-color: #f3f3f3; }
                .cite { font-size: 7.5pt; color: #333; }
                .muted { color: #444; }
                .empty { font-style: italic; color: #333; margin: 1mm 0 3mm 0; }
                .cover { text-align: left; padding-top: 18mm; }
                .cover .classification { font-size: 10pt; font-weight: bold; letter-spacing: 0.5pt;
                  border: 1pt solid #000; padding: 1.5mm 3mm; display: inline-block; white-space: nowrap; }
                .cover .title { font-size: 22pt; font-weight: bold; margin: 14mm 0 3mm 0; line-height: 1.2; }
                .cover .subtitle { font-size: 13pt; margin-bottom: 14mm; }
                .cover table td { border: none; border-bottom: 0.5pt solid #999; padding: 2.5mm 1mm; font-size: 10.5pt; }
                .cover .stamp { margin-top: 30mm; font-size: 8pt; color: #333; border-top: 0.5pt solid #999;
                  padding-top: 2mm; }
                .toc a { color: #000; text-decoration: none; }
                .toc a::after { content: leader('.') target-counter(attr(href), page); }
                .toc p { font-size: 11pt; margin: 0 0 2.5mm 0; }
                .glance h2 { margin-top: 3.5mm; font-size: 10.5pt; border-bottom: 0.5pt solid #888; }
                .glance p, .glance li { font-size: 9pt; }
                ul { margin: 0 0 2mm 0; padding-left: 5mm; }
                li { margin-bottom: 1mm; }
                .flag { font-weight: bold; }
                .status, .date { white-space: nowrap; }
                """.formatted(footer);
    }

    private void cover(Html h) {
        var meta = m.meta();
        h.open("div", "class=\"cover\" id=\"cover\"");
        h.el("div", "classification", meta.classification());
        h.el("div", "title", title());
        h.el("div", "subtitle", l.format("doc.subtitle", meta.provinceName(), meta.partnerName()));
        List<String[]> rows = new ArrayList<>();
        String partner = meta.partnerName() + (meta.partnerNameJa() != null ? " (" + meta.partnerNameJa() + ")" : "");
        rows.add(new String[]{l.get("cover.partner"), partner});
        rows.add(new String[]{l.get("cover.leader"), meta.leader() == null ? l.get("empty.leader") : person(meta.leader())});
        rows.add(new String[]{l.get("cover.province"), meta.provinceName()});
        rows.add(new String[]{l.get("cover.date"), meta.visitDate() == null ? l.get("cover.date.unset")
                : vn.protocolbrief.domain.PartialDate.of(meta.visitDate()).display()});
        h.open("table", "class=\"kv\"");
        for (String[] r : rows) {
            h.raw("<tr><td class=\"k\">").text(r[0]).raw("</td><td>").text(r[1]).raw("</td></tr>");
        }
        h.close("table");
        h.el("div", "stamp", l.format("cover.snapshot", meta.snapshot(), meta.generatedAt(), meta.recordIds().size()));
        h.close("div");
    }

    private void contents(Html h) {
        h.open("div", "class=\"part toc\" id=\"contents\"");
        h.el("h1", null, l.get("part.contents"));
        for (String part : m.meta().parts()) {
            h.raw("<p><a href=\"#part-").raw(part).raw("\">").text(heading(part)).raw("</a></p>");
        }
        h.close("div");
    }

    /** "Ngài ITO Naoki (伊藤直樹), Đại sứ …"; in English "H.E." and no comrade. */
    String person(PersonItem p) {
        String honorific = p.honorific();
        if ("en".equals(l.lang())) {
            honorific = "Ngài".equals(honorific) ? l.get("honorific.jp") : null;
        } else if ("đồng chí".equals(honorific)) {
            honorific = null;
        }
        return (honorific == null ? "" : honorific + " ") + p.name() + (p.title() == null ? "" : ", " + p.title());
    }

    private void glance(Html h) {
        var g = m.glance();
        h.open("div", "class=\"glance\"");
        h.el("h2", null, l.get("glance.comes"));
        if (g.leader() == null) {
            h.el("p", "empty", l.get("empty.leader"));
        } else {
            h.open("p", null).raw("<b>").text(person(g.leader())).raw("</b>").close("p");
            if (!g.delegation().isEmpty()) {
                h.open("p", null).text(l.get("delegation.members") + ": ").text(String.join("; ",
                        g.delegation().stream().map(this::person).toList())).close("p");
            }
        }
        h.el("h2", null, l.get("glance.receives"));
        if (g.receivers().isEmpty()) {
            h.el("p", "empty", l.get("empty"));
        } else {
            h.el("p", null, String.join("; ", g.receivers().stream().map(this::person).toList()));
        }
        h.el("h2", null, l.get("glance.last"));
        if (g.lastMeeting() == null) {
            h.el("p", "empty", l.get("empty.last"));
        } else {
            var last = g.lastMeeting();
            h.open("p", null).raw("<b>").text(l.date(last.date()) + " — " + last.provinceAsWritten()).raw("</b> ")
                    .text(last.title()).raw(Html.cite(last.sources())).close("p");
            if (last.outcome() != null) {
                h.open("p", null).raw("<i>").text(l.get("glance.outcome") + ":").raw("</i> ").text(last.outcome())
                        .close("p");
            }
        }
        h.el("h2", null, l.get("glance.open"));
        list(h, g.topOpenRequests().stream().map(this::openRequest).toList());
        h.el("h2", null, l.get("glance.figures"));
        list(h, g.keyFigures().stream().limit(4).map(this::figure).toList());
        h.el("h2", null, l.get("glance.gifts"));
        list(h, g.giftsToPartner().stream().map(this::gift).toList());
        h.el("h2", null, l.get("glance.sensitive"));
        list(h, g.sensitivities().stream().limit(3).map(this::note).toList());
        h.close("div");
    }

    private String openRequest(RequestItem r) {
        String flag = r.repeated() ? " <span class=\"flag\">★ " + Html.escape(l.format("requests.repeated",
                r.timesRaised())) + "</span>" : "";
        return "<b>" + Html.escape(l.get("direction." + r.direction().name().toLowerCase())) + "</b> "
                + Html.escape(r.text()) + " <span class=\"muted\">(" + Html.escape(l.get("status."
                + r.status().name().toLowerCase())) + ", " + Html.escape(l.date(r.lastRaised())) + ")</span>"
                + flag + Html.cite(r.sources());
    }

    String figure(FigureItem f) {
        return "<b>" + Html.escape(f.label()) + ":</b> " + Html.escape(f.value() + (f.unit() == null ? "" : " " + f.unit()))
                + " <span class=\"muted\">(" + Html.escape(l.date(f.asOf())) + ")</span>" + Html.cite(f.sources());
    }

    private String gift(GiftItem g) {
        return "<b>" + Html.escape(g.item()) + "</b> — " + Html.escape(nullToEmpty(g.giver()) + " → "
                + nullToEmpty(g.receiver())) + " <span class=\"muted\">(" + Html.escape(l.date(g.date()) + ", "
                + g.provinceAsWritten()) + ")</span>" + Html.cite(g.sources());
    }

    private String note(NoteItem n) {
        return "<b>" + Html.escape(l.get("sensitivity." + n.kind())) + "</b> (" + Html.escape(l.date(n.date())) + "): "
                + Html.escape(n.text()) + Html.cite(n.sources());
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
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

    private void delegation(Html h) {
        var d = m.delegation();
        h.el("h2", null, l.get("delegation.profile"));
        h.open("table", "class=\"kv\"");
        kv(h, l.get("delegation.names"), String.join(" · ", nonBlank(d.partnerName(), d.partnerNameEn(), d.partnerNameJa())));
        kv(h, l.get("delegation.kind"), l.get("kind." + d.partnerKind()));
        if (d.prefecture() != null) {
            kv(h, l.get("delegation.prefecture"), d.prefecture());
        }
        h.close("table");
        h.el("h2", null, l.get("delegation.leader"));
        if (m.meta().leader() == null) {
            h.el("p", "empty", l.get("empty.leader"));
        } else {
            h.open("p", null).raw("<b>").text(person(m.meta().leader())).raw("</b>").close("p");
            List<List<String>> rows = d.leaderPosts().stream().map(p -> List.of(Html.escape(p.person()),
                    Html.escape(p.title() + (p.organisation() == null ? "" : " — " + p.organisation())),
                    Html.escape((p.from().known() ? l.date(p.from()) : "…") + " – "
                            + (p.current() ? l.get("date.current") : l.date(p.to()))))).toList();
            if (!rows.isEmpty()) {
                h.table("posts", List.of(l.get("col.name"), l.get("col.post"), l.get("col.period")),
                        List.of("30%", "52%", "18%"), rows);
            }
        }
        h.el("h2", null, l.get("delegation.other"));
        records.meetingTable(h, d.leaderOtherMeetings(), l.get("empty.leaderOther"), false);
    }

    private void kv(Html h, String k, String v) {
        h.raw("<tr><td class=\"k\">").text(k).raw("</td><td>").text(v).raw("</td></tr>");
    }

    private static List<String> nonBlank(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private void province(Html h) {
        var p = m.province();
        h.open("p", null).raw("<b>").text(p.nameVi()).raw("</b> ").text("(" + p.nameEn() + ")").close("p");
        h.el("h2", null, l.get("province.predecessors"));
        h.el("p", null, String.join(", ", p.predecessors()));
        h.el("h2", null, l.get("province.links"));
        if (p.links().isEmpty()) {
            h.el("p", "empty", l.get("empty"));
        } else {
            h.table("links", List.of(l.get("col.partner"), l.get("col.kind"), l.get("col.since"), l.get("col.note")),
                    List.of("26%", "22%", "12%", "40%"),
                    p.links().stream().map(x -> List.of(Html.escape(x.partnerName()), Html.escape(x.kind()),
                            Html.escape(x.since().known() ? l.date(x.since()) : "—"),
                            Html.escape(nullToEmpty(x.note()) + (x.provinceAsWritten() != null
                                    && !x.provinceAsWritten().equals(p.nameVi()) ? " · " + x.provinceAsWritten() : ""))
                                    + Html.cite(x.sources()))).toList());
        }
        h.el("h2", null, l.get("province.figures"));
        list(h, p.keyFigures().stream().map(this::figure).toList());
        h.el("h2", null, l.get("province.national"));
        list(h, p.nationalFigures().stream().map(this::figure).toList());
    }
}

package vn.protocolbrief.brief;

import java.util.List;

/**
 * The pack as XHTML for openhtmltopdf: A4, the classification at the top and bottom of every page, "Trang N / M".
 * Page 1 opens with the visit's title block and the front brief (at most two pages), which ends with the list of
 * annexes by page; the annexes follow it, each only when it has content (ADR 0022). PDF bookmarks mirror the
 * parts. Body text 11 pt; grey tones and rules only, so it prints in black and white.
 */
final class BriefHtml {
    private final BriefModel m;
    private final Labels l;
    private final Words w;
    private final RecordPartsHtml records;
    private final ProfileAnnexesHtml profiles;

    BriefHtml(BriefModel model, Labels labels) {
        this.m = model;
        this.l = labels;
        this.w = new Words(labels);
        this.records = new RecordPartsHtml(model, labels, w);
        this.profiles = new ProfileAnnexesHtml(model, labels, w, records);
    }

    String title() {
        var leader = m.visit().leader();
        String guest = leader != null ? leader.name() : CoverTitle.of(m, l);
        return l.format("doc.title", guest);
    }

    String subject() {
        return l.format("doc.subject", m.meta().provinceName(), m.meta().partnerName());
    }

    /** The parts that hold something, in the chosen order; an annex with nothing recorded is left out. */
    List<String> shown() {
        return m.meta().parts().stream().filter(p -> !records.empty(p)).toList();
    }

    /** The annexes shown, in order: "Phụ lục 1" is the first of them. */
    List<String> annexes() {
        return shown().stream().filter(p -> !"brief".equals(p)).toList();
    }

    String render() {
        Html h = new Html();
        h.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html lang=\"").raw("en".equals(l.lang()) ? "en" : "vi")
                .raw("\">");
        h.raw("<head><meta charset=\"UTF-8\"/>");
        h.open("title", null).text(title()).close("title");
        h.raw("<meta name=\"author\" content=\"").text(l.get("doc.author")).raw("\"/>");
        h.raw("<meta name=\"subject\" content=\"").text(subject()).raw("\"/>");
        h.raw("<style>").raw(css());
        if (!m.meta().parts().contains("sources")) {
            h.raw(".cite { display: none; }"); // the numbers point into a part that was left out
        }
        h.raw("</style>");
        bookmarks(h);
        h.raw("</head><body>");
        h.open("div", "class=\"running-header\"").text(m.meta().classification()).close("div");
        cover(h);
        if (shown().contains("brief")) {
            h.open("div", "class=\"part part-brief\" id=\"part-brief\"");
            new FrontHtml(m, l, w).render(h);
            h.close("div");
        }
        // The list of annexes is kept whole with the first annex's heading and first lines: it closes the front
        // brief's last page when they fit there, and heads the annex part on the next page when they do not, never
        // alone on a page. Annexes follow each other; a short one is kept whole, so the renderer moves it to the next
        // page whole (ADR 0024, amended: no page break decided from an estimate of where a page ends).
        String list = contents();
        for (String part : annexes()) {
            Html content = new Html();
            switch (part) {
                case "delegation" -> profiles.delegation(content);
                case "province" -> profiles.province(content);
                default -> records.render(part, content);
            }
            String body = KeptBlocks.headingsWithTables(content.toString());
            // The last annex's tables end without a margin: one ending at the foot of a page carried its margin over
            // onto a blank last page (Ninh Bình en).
            boolean last = part.equals(annexes().get(annexes().size() - 1));
            if (!last && ShortAnnex.isTiny(body)) {
                // An annex of a row or two is carried with the next annex's heading and first lines, as the list is:
                // kept whole on its own it left a page holding only its three lines (Phú Thọ vi, a gift's row).
                list = list + "<div class=\"part annex part-" + part + "\" id=\"part-" + part + "\"><h1>"
                        + Html.escape(heading(part)) + "</h1>" + body + "</div>";
                continue;
            }
            h.open("div", "class=\"part annex part-" + part + (ShortAnnex.isShort(body) ? " keep" : "")
                    + (last ? " last" : "") + "\" id=\"part-" + part + "\"");
            h.raw(KeptBlocks.withLeadKept(list + "<h1>" + Html.escape(heading(part)) + "</h1>", body));
            list = "";
            h.close("div");
        }
        // Tables are fitted last, once every name and date is held together: what may not break is then known.
        return TableFit.fit(Html.keepTogether(new Unbreakable(m).xhtml(Html.markUnreviewed(
                withoutUnusedLegend(KeptBlocks.headingsWithTables(h.raw("</body></html>").toString())),
                unreviewedSources()))));
    }

    /**
     * The legend of the original's mark only where a line carries the mark: rd17 read "Text marked [VI] … is the
     * Vietnamese original" in Cà Mau's English pack, which had no such text.
     */
    private String withoutUnusedLegend(String xhtml) {
        String legend = l.get("original.legend");
        if (legend.isEmpty()) {
            return xhtml;
        }
        String paragraph = new Html().el("p", "note", legend).toString();
        String rest = xhtml.replace(paragraph, "");
        return rest.contains(Html.escape(l.get("original.mark"))) ? xhtml : rest;
    }

    /** The numbers of the sources saved with meetings nobody has reviewed. */
    private java.util.Set<Integer> unreviewedSources() {
        return m.sources().stream().filter(s -> BriefModel.UNREVIEWED.equals(s.kind())).map(BriefModel.SourceItem::number)
                .collect(java.util.stream.Collectors.toSet());
    }

    String heading(String part) {
        if ("brief".equals(part)) {
            return l.get("part.brief");
        }
        return l.format("annex", annexes().indexOf(part) + 1) + ". " + l.get("part." + part);
    }

    private void bookmarks(Html h) {
        h.raw("<bookmarks>");
        h.raw("<bookmark name=\"").text(title()).raw("\" href=\"#cover\"/>");
        // In the order of the document: the front brief, then the annexes.
        List<String> inOrder = new java.util.ArrayList<>(shown().contains("brief") ? List.of("brief") : List.of());
        inOrder.addAll(annexes());
        for (String part : inOrder) {
            h.raw("<bookmark name=\"").text(heading(part)).raw("\" href=\"#part-").raw(part).raw("\"/>");
        }
        h.raw("</bookmarks>");
    }

    private String css() {
        String[] page = l.get("footer.page").split("\\{[01]\\}", -1);
        String footer = css(page[0]) + " counter(page) " + css(page[1]) + " counter(pages) " + css(page[2]);
        return """
                @page { size: A4; margin: 21mm 18mm 19mm 18mm;
                  @top-center { content: element(header); }
                  @bottom-left { content: %s; font-family: 'Noto Sans'; font-size: 9pt; color: #222;
                    vertical-align: top; padding-top: 3mm; }
                  @bottom-right { content: %s; font-family: 'Noto Sans'; font-size: 9pt; color: #222;
                    white-space: nowrap; vertical-align: top; padding-top: 3mm; } }
                body { font-family: 'Noto Sans', 'Noto Sans JP'; font-size: 11pt; line-height: 1.35; color: #000;
                  margin: 0; }
                .running-header { position: running(header); font-size: 9pt; font-weight: bold; text-align: center;
                  letter-spacing: 0.4pt; white-space: nowrap; }
                h1 { font-size: 16pt; margin: 7mm 0 3mm 0; padding-bottom: 1.2mm; border-bottom: 1.2pt solid #000;
                  page-break-after: avoid; }
                h2 { font-size: 13pt; margin: 5mm 0 1.5mm 0; page-break-after: avoid; }
                h3 { font-size: 12pt; margin: 3.5mm 0 1mm 0; page-break-after: avoid; }
                .keep { page-break-inside: avoid; }
                /* The renderer does not keep a heading with the paragraph or table after it (page-break-after:
                   avoid only holds between paragraphs): a heading starts a new page when the room left under it
                   cannot take its legend, a table's header and first rows. */
                .part h1 { -fs-page-break-min-height: 48mm; }
                .part h2, .part h3 { -fs-page-break-min-height: 30mm; }
                .part-brief h2 { -fs-page-break-min-height: 22mm; }
                .part table { -fs-page-break-min-height: 22mm; }
                .last table { margin-bottom: 0; }
                .part-brief table { -fs-page-break-min-height: 0; }
                .part h2 { page-break-after: avoid; }
                table.delegations td, table.programme td { padding: 0.8mm 1.4mm; }
                table.delegations td.side { background-color: #f3f3f3; }
                p { margin: 0 0 2mm 0; orphans: 2; widows: 2; }
                table { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; margin: 1mm 0 3mm 0; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                th { background-color: #e6e6e6; font-weight: bold; text-align: left; border: 0.6pt solid #444;
                  padding: 1.2mm 1.6mm; font-size: 11pt; }
                td { border: 0.6pt solid #777; padding: 1.2mm 1.6mm; vertical-align: top; font-size: 11pt; }
                .kv td.k { width: 44mm; font-weight: bold; background-color: #f3f3f3; }
                .cite { font-size: 9pt; color: #222; white-space: nowrap; }
                .unreviewed { font-weight: bold; white-space: nowrap; }
                .unreviewed-legend { font-weight: bold; font-style: normal; }
                .muted { color: #333; }
                .orig { font-size: 9pt; color: #333; white-space: nowrap; }
                span[lang="vi"] { font-style: italic; }
                .empty { font-style: italic; color: #222; margin: 1mm 0 2mm 0; }
                .nw { white-space: nowrap; }
                .cover .kicker { font-size: 12pt; font-weight: bold; letter-spacing: 0.6pt; margin: 6mm 0 2mm 0; }
                .cover .office { font-size: 11pt; font-weight: bold; text-transform: uppercase; margin-bottom: 4mm; }
                .cover .title { font-size: 20pt; font-weight: bold; margin: 2mm 0 2mm 0; line-height: 1.25;
                  border-bottom: none; padding-bottom: 0; }
                .cover .subtitle { font-size: 13pt; margin-bottom: 6mm; }
                .cover table td { border: none; border-bottom: 0.5pt solid #999; padding: 1.6mm 1mm; }
                .cover .note { font-size: 11pt; font-style: italic; margin-top: 2mm; }
                .toc { margin-bottom: 4mm; }
                .toc p { margin: 0 0 1.6mm 0; }
                .toc a { color: #000; text-decoration: none; }
                .toc a::after { content: leader('.') target-counter(attr(href), page); }
                .toc .none { color: #222; }
                ul, ol { margin: 0 0 2mm 0; padding-left: 6mm; }
                li { margin-bottom: 1.2mm; }
                .meeting { margin: 0 0 3.5mm 0; padding-bottom: 2mm; border-bottom: 0.5pt solid #999; }
                .meeting .when { font-weight: bold; }
                .flag { font-weight: bold; }
                .bar { background-color: #555; height: 3.2mm; }
                .bars td { border: none; border-bottom: 0.4pt solid #bbb; padding: 0.8mm 1.2mm; }
                .bars td.n { text-align: right; width: 12mm; }
                .point { margin: 0 0 2.6mm 0; }
                table.sources td { word-wrap: break-word; }
                table.size-105 td, table.size-105 th { font-size: 10.5pt; }
                table.size-100 td, table.size-100 th { font-size: 10pt; }
                table.size-95 td, table.size-95 th { font-size: 9.5pt; }
                table.size-90 td, table.size-90 th { font-size: 9pt; }
                table.wrap-all .nw { white-space: normal; }
                table.wrap-all .held, table.sources td:first-child { white-space: nowrap; }
                """.formatted(css(m.meta().classification()), footer);
    }

    /** A CSS string literal. */
    private static String css(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    /** The title block over the front brief: who comes, where, when, and who prepared the brief. */
    private void cover(Html h) {
        var v = m.visit();
        h.open("div", "class=\"cover\" id=\"cover\"");
        if (v.issuingOffice() != null) {
            h.open("div", "class=\"office\"").raw(w.lines(v.issuingOffice())).close("div");
        }
        h.el("div", "kicker", l.get("cover.kicker"));
        h.open("h1", "class=\"title\"").raw(Html.escape(CoverTitle.line(m, l)) + (m.meta().partnerUnreviewed()
                ? " <span class=\"unreviewed\">" + Html.UNREVIEWED_MARK + "</span>" : "")).close("h1");
        if (CoverTitle.original(m, l) != null) {
            h.el("div", "subtitle", CoverTitle.original(m, l));
        }
        h.el("div", "subtitle", capitalised(m.meta().provinceUnitAndName()));
        h.open("table", "class=\"kv\"");
        String when = VisitWhen.of(m, l);
        // A day and place not known leave their row out: no dotted blank where the signer reads the visit.
        if (when != null) {
            row(h, l.get("cover.when"), Words.nowrap(when) + (v.venue() == null ? "" : " — " + w.lines(v.venue())));
        } else if (v.venue() != null) {
            row(h, l.get("cover.venue"), w.lines(v.venue()));
        }
        List<String> people = new java.util.ArrayList<>();
        // a no-break space keeps each label with what follows it (the fill-in dots wrapped alone to the next line)
        // no-break spaces hold each label together and with what follows it, and each stands on a line of its own:
        // "Approved / by:" wrapped where the signer signs
        people.add(l.get("cover.preparer").replace(' ', '\u00A0') + ":\u00A0"
                + (v.preparedBy() == null ? l.get("cover.unset") : v.preparedBy()));
        people.add(l.get("cover.approver").replace(' ', '\u00A0') + ":\u00A0"
                + (v.approvedBy() == null ? l.get("cover.unset") : v.approvedBy()));
        row(h, l.get("cover.made"), Words.nowrap(l.madeOn(m.meta().generatedAt()))
                + people.stream().map(p -> "<br/>" + Html.escape(p)).collect(java.util.stream.Collectors.joining()));
        h.close("table");
        // That no visit is saved is said to the officer (OfficerNotes), never printed in the signed pack.
        if (m.meta().headPostAsOf() != null) {
            h.el("p", "note", m.meta().headPostAsOf());
        }
        if (!unreviewedSources().isEmpty() || m.meta().partnerUnreviewed()) {
            h.el("p", "note unreviewed-legend", l.get("unreviewed.legend"));
        }
        if (!l.get("original.legend").isEmpty()) {
            h.el("p", "note", l.get("original.legend"));
        }
        h.close("div");
    }

    private void row(Html h, String key, String valueMarkup) {
        h.raw("<tr><td class=\"k\">").text(key).raw("</td><td>")
                .raw(valueMarkup == null || valueMarkup.isEmpty() ? "<span class=\"muted\">"
                        + Html.escape(l.get("cover.unset")) + "</span>" : valueMarkup)
                .raw("</td></tr>");
    }

    /**
     * The annexes by page, closing the front brief on its last page as a document's list of attachments does; the
     * annexes follow it (ADR 0022: the same in Word, whatever either page holds).
     */
    /** The list of annexes by page, as XHTML, kept whole; empty when there is no annex. */
    private String contents() {
        if (annexes().isEmpty()) {
            return "";
        }
        Html h = new Html();
        h.open("div", "class=\"toc keep\"");
        h.el("h1", null, l.get("annex.contents"));
        for (String part : annexes()) {
            h.raw("<p><a href=\"#part-").raw(part).raw("\">").text(heading(part)).raw("</a></p>");
        }
        h.close("div");
        return h.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;

/**
 * The pack as a Word document, from the same model and in the same order as the PDF: the title block, the front
 * brief (purpose, points to make, what they may raise, both delegations, programme, gift) closed by the list of
 * annexes with their pages, then the annexes that have content, one after the other (the annexes:
 * {@link DocxAnnexes}; ADR 0022). Record text in an English pack is marked as the Vietnamese original.
 */
final class DocxWriter {
    /**
     * Below this share of its page the front brief's last page is followed by the list of annexes rather than a page
     * break: under a fifth full is the floor, and the estimate is off by a few lines.
     */
    static final double SHORT_PAGE = 0.3;
    private final BriefModel m;
    private final Labels l;
    private final BriefHtml parts;
    private final DocxText t;
    private Docx d;
    /** The legend of the original's mark, taken out again when no line carries the mark (as in the PDF). */
    private org.apache.poi.xwpf.usermodel.XWPFParagraph legend;

    DocxWriter(BriefModel model, Labels labels) {
        this.m = model;
        this.l = labels;
        this.parts = new BriefHtml(model, labels);
        this.t = new DocxText(model, labels);
    }

    byte[] write() {
        d = new Docx(l, new Unbreakable(m), m.meta().classification());
        var core = d.document().getProperties().getCoreProperties();
        core.setTitle(parts.title());
        core.setSubjectProperty(parts.subject());
        core.setCreator(l.get("doc.author"));
        titleBlock();
        if (parts.shown().contains("brief")) {
            front();
        }
        List<String> annexes = parts.annexes();
        if (!annexes.isEmpty()) {
            // The annex part starts on a new page, headed by the list of annexes, kept whole and with the first
            // annex's heading and first lines, so the list is never alone on a page (ADR 0024, amended). Annexes
            // follow each other; a short one is kept whole, so Word and LibreOffice move it to the next page whole when
            // it does not fit. No page break is decided from an estimate of where a page ends. Unlike the PDF, the
            // list does not try to close the front brief's page: LibreOffice does not keep a chain of paragraphs that
            // starts at a page's foot (the list, then Annex 1's subheading, was left at the foot of Phú Thọ vi page 2).
            // But a front brief whose last page would hold only a few lines (the programme and the gift: rd16 saw two
            // lines, rd17 a fifth of Quảng Ninh's page 2) is followed on that page by the list: the list then starts
            // near the page's top, where LibreOffice keeps it with what follows. The estimate only lets a page break
            // go, where it is far from the page's foot (ADR 0024).
            boolean shortLastPage = new WordLayout(d.document()).lastPageFill() < SHORT_PAGE;
            d.heading(1, l.get("annex.contents")).setPageBreak(!shortLastPage);
            for (String part : annexes) {
                WordKeeps.keepLines(WordKeeps.keepNext(d.contentsLine(parts.heading(part), bookmark(part)), true));
            }
        }
        DocxAnnexes annexParts = new DocxAnnexes(m, l, t, d);
        var body = d.document().getBodyElements();
        for (String part : annexes) {
            d.heading(1, parts.heading(part), bookmark(part));
            int from = body.size();
            annexParts.write(part);
            List<org.apache.poi.xwpf.usermodel.IBodyElement> annex = List.copyOf(body.subList(from, body.size()));
            if (ShortAnnex.isShort(annex)) {
                ShortAnnex.keepWhole(annex);
            }
        }
        OriginalLegend.dropWhenUnused(d.document(), legend, l.get("original.mark"));
        return d.bytes();
    }

    private static String bookmark(String part) {
        return "annex_" + part;
    }

    private String rec(String text) {
        return t.rec(text);
    }

    private String recAfter(String separator, String text) {
        return t.recAfter(separator, text);
    }

    private String cite(List<Integer> sources) {
        return t.cite(sources);
    }

    private void titleBlock() {
        var v = m.visit();
        if (v.issuingOffice() != null) {
            d.para(v.issuingOffice().toUpperCase(java.util.Locale.ROOT), true, false);
        }
        d.para(l.get("cover.kicker"), true, false);
        d.heading(1, CoverTitle.line(m, l) + (m.meta().partnerUnreviewed() ? " " + Html.UNREVIEWED_MARK : ""));
        if (CoverTitle.original(m, l) != null) {
            d.para(CoverTitle.original(m, l));
        }
        d.para(Character.toUpperCase(m.meta().provinceUnitAndName().charAt(0)) + m.meta().provinceUnitAndName().substring(1));
        // The front's parts with nothing known are left out, as in the PDF (FrontSides): no dotted blanks.
        if (v.date().known()) {
            d.labelled(l.get("cover.when"), VisitWhen.of(m, l) + (v.venue() == null ? "" : " — " + v.venue()));
        } else if (v.venue() != null) {
            d.labelled(l.get("cover.venue"), v.venue());
        }
        // Each label's words and its value held together (Word cut "Người / duyệt:" at a line's end).
        d.labelled(l.get("cover.made"), l.madeOn(m.meta().generatedAt()) + " · "
                + l.get("cover.preparer").replace(' ', '\u00A0') + ":\u00A0"
                + (v.preparedBy() == null ? l.get("cover.unset") : v.preparedBy()) + " · "
                + l.get("cover.approver").replace(' ', '\u00A0') + ":\u00A0"
                + (v.approvedBy() == null ? l.get("cover.unset") : v.approvedBy()));
        if (m.meta().headPostAsOf() != null) {
            d.para(m.meta().headPostAsOf(), false, true);
        }
        if (t.anyUnreviewed() || m.meta().partnerUnreviewed()) {
            d.para(l.get("unreviewed.legend"), true, true);
        }
        if (!l.get("original.legend").isEmpty()) {
            legend = d.para(l.get("original.legend"), false, true);
        }
    }

    private void front() {
        var v = m.visit();
        var g = m.glance();
        int n = 0;
        d.heading(2, ++n + ". " + l.get("front.purpose"));
        if (v.purpose() != null) {
            d.para(v.purpose() + cite(v.sources()));
        } else {
            d.para(FrontPurpose.of(m, l));
        }
        if (g.lastMeeting() == null) {
            d.para(FrontPurpose.noMeeting(m, l));
        } else {
            var last = g.lastMeeting();
            // A last meeting of unknown date is named by its title alone.
            d.labelled(l.get("glance.last"), (last.date().known() ? l.date(last.date())
                    + PlaceNames.heldBySaid(m, last, l) + recAfter(" — ", last.title())
                    : rec(last.title()) + PlaceNames.heldBySaid(m, last, l))
                    + cite(g.lastMeeting().sources()));
        }
        List<TalkingPoint> all = m.talkingPoints();
        String wishes = FrontPurpose.wishes(m, l);
        if (wishes != null) {
            d.para(wishes);
        }
        g.anniversaries().forEach(a -> d.para(Words.ownLine(l.format("front.anniversary", a.what()), l) + cite(a.sources())));
        if (!g.sensitivities().isEmpty()) {
            d.labelled(l.get("glance.sensitive"), String.join("; ", g.sensitivities().stream().limit(2)
                    .map(s -> rec(s.text()) + cite(s.sources())).toList()));
        }
        List<TalkingPoint> speech = all.stream().filter(p -> !"raise".equals(p.kind())).toList();
        List<TalkingPoint> raise = all.stream().filter(p -> "raise".equals(p.kind())).toList();
        d.heading(2, ++n + ". " + l.get("front.points"));
        int i = 1;
        for (TalkingPoint p : speech) {
            WordKeeps.keepLines(d.para(i++ + ". " + p.text() + cite(p.sources())));
        }
        if (!raise.isEmpty()) {
            d.heading(2, ++n + ". " + l.get("front.raise"));
            i = 1; // numbered afresh under their own heading, as the PDF numbers them
            for (TalkingPoint p : raise) {
                WordKeeps.keepLines(d.para(i++ + ". " + p.text() + cite(p.sources())));
            }
        }
        if (m.meta().pointsEdited()) {
            d.para(l.get("points.edited"), false, true);
        }
        if (FrontSides.any(v)) {
            delegations(v, ++n);
        }
        if (FrontSides.programmeKnown(v)) {
            programme(v, ++n);
        }
        gift(g, ++n);
    }

    private void delegations(BriefModel.VisitPart v, int n) {
        d.heading(2, n + ". " + l.get("front.delegations"));
        List<List<String>> rows = new ArrayList<>();
        List<PersonItem> theirs = new ArrayList<>();
        if (v.leader() != null) {
            theirs.add(v.leader());
        }
        theirs.addAll(v.members());
        if (!theirs.isEmpty()) {
            rows.add(List.of(l.format("front.side.theirs", l.inSentence(m.meta().partnerName())), "", ""));
        }
        theirs.forEach(p -> rows.add(List.of(p.name() + DocxText.japaneseLine(p.kanji()),
                p.title() == null ? "" : p.titleOriginal() ? rec(p.title()) : p.title(),
                p.address() != null ? p.address() : p.reading() == null ? "" : p.reading())));
        if (!v.hosts().isEmpty()) {
            rows.add(List.of(l.format("front.side.ours", m.meta().provinceUnitAndName()), "", ""));
        }
        v.hosts().forEach(p -> rows.add(List.of(p.name(), p.title() == null ? "" : p.titleOriginal() ? rec(p.title())
                : p.title(), p.address() == null ? "" : p.address())));
        if (v.interpreter() != null) {
            rows.add(List.of(v.interpreter(), l.get("cover.interpreter"), ""));
        }
        // The order of precedence is read at one glance: the table goes to the next page whole rather than split.
        WordKeeps.together(d.table(List.of(l.get("col.name"), l.get("col.post"), l.get("front.col.address")),
                new int[] {34, 36, 30}, rows));
    }

    // The programme and the gift close the front brief and are kept together (headings keep with next by their
    // style): a front brief running past its first page carries both over, never the gift alone on a nearly
    // empty page.
    private void programme(BriefModel.VisitPart v, int n) {
        d.heading(2, n + ". " + l.get("glance.programme"));
        String when = VisitWhen.of(m, l);
        if (when != null || v.venue() != null) {
            d.labelled(l.get(when != null ? "cover.when" : "cover.venue"), (when == null ? v.venue() : when
                    + (v.venue() == null ? "" : " — " + v.venue())) + cite(v.sources())).setKeepNext(true);
        }
        if (!v.programme().isEmpty()) {
            WordKeeps.withNext(d.table(List.of(l.get("front.col.time"), l.get("front.col.item")), new int[] {18, 82},
                    v.programme().stream().map(p -> List.of(p.time() == null ? "" : p.time(), p.item())).toList()));
        }
    }

    private void gift(BriefModel.Glance g, int n) {
        d.heading(2, n + ". " + l.get("front.gift"));
        List<BriefModel.GiftItem> earlier = g.giftsGiven();
        boolean named = GiftsPart.reasonNamesGiven(g); // the gifts given are named once, in the reason
        if (g.giftAdvice() != null) {
            d.para(g.giftAdvice().idea(), true, false).setKeepNext(g.giftAdvice().reason() != null || !earlier.isEmpty());
            if (g.giftAdvice().reason() != null) {
                d.para(g.giftAdvice().reason() + (named ? cite(GiftsPart.newestSources(g)) : ""))
                        .setKeepNext(!earlier.isEmpty() && !named);
            }
        }
        List<String> given = g.giftsGiven().stream()
                .sorted(Comparator.comparing(BriefModel.GiftItem::date, Comparator.reverseOrder())).limit(2)
                .map(x -> rec(x.item()) + l.inBrackets(x.date()) + (x.givenBy() == null ? ""
                        : " — " + l.format("gift.by.other", x.givenBy())) + cite(x.sources())).toList();
        if (!given.isEmpty() && !named) {
            d.para(l.get("glance.gifts") + ":", false, true).setKeepNext(true);
            d.bullets(given);
        }
    }
}

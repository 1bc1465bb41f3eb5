package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;

/**
 * The Word pack's annexes, in the PDF's order and with its contents: history (with what changed since), requests
 * ledger, agreements and aid, gifts, the partner and its people, the province, sources.
 */
final class DocxAnnexes {
    private final BriefModel m;
    private final Labels l;
    private final DocxText t;
    private final Docx d;

    DocxAnnexes(BriefModel model, Labels labels, DocxText text, Docx docx) {
        this.m = model;
        this.l = labels;
        this.t = text;
        this.d = docx;
    }

    void write(String part) {
        switch (part) {
            case "history" -> history();
            case "requests" -> requests();
            case "commitments" -> new CommitmentsAnnex(m, l).docx(d, t);
            case "agreements" -> agreements();
            case "gifts" -> gifts();
            case "delegation" -> delegation();
            case "province" -> province();
            case "sources" -> sources();
            default -> throw new IllegalArgumentException("Unknown part " + part);
        }
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

    private String person(PersonItem p) {
        return t.person(p);
    }

    /** "What changed since the last meeting", where the history starts, as the PDF has it. */
    private void changesSince() {
        if (m.history().isEmpty()) {
            return;
        }
        java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("vn.protocolbrief.brief.since",
                "en".equals(l.lang()) ? java.util.Locale.ENGLISH : java.util.Locale.ROOT);
        d.heading(2, ChangesSinceHtml.title(words, m, l));
        if (m.changesSince().isEmpty()) {
            d.para(words.getString("since.none"));
        } else {
            d.bullets(m.changesSince().stream().map(c -> l.openedBy(c.date(), " · ", " · " + c.what())
                    + recAfter(": ", c.text()) + cite(c.sources())).toList());
        }
    }

    private void history() {
        changesSince();
        if (!m.history().isEmpty()) {
            d.heading(2, l.format("history.with", l.inSentence(m.meta().partnerName())));
            List<MeetingItem> full = m.history().subList(0, Math.min(RecordPartsHtml.FULL_MEETINGS, m.history().size()));
            for (MeetingItem x : full) {
                PlaceNames.MeetingPlace at = RecordPartsHtml.meetingPlace(m, x, l);
                String where = l.shownAfter(" · ", at.recorded()) + (at.place() == null ? "" : at.venue()
                        ? recAfter(" · ", at.place()) : l.shownAfter(" · ", at.place()))
                        + at.thenSaid(l, m.meta().provinceName());
                d.para(l.openedBy(x.date(), " · ", where) + cite(x.sources()), true, false).setKeepNext(true);
                if (x.title() != null) {
                    d.para(rec(x.title()), true, false);
                }
                List<String> jp = new ArrayList<>();
                if (x.leader() != null) {
                    jp.add(person(x.leader()));
                }
                x.delegation().forEach(p -> jp.add(person(p)));
                if (!jp.isEmpty()) {
                    d.labelled(l.get("col.japaneseSide"), String.join("; ", jp));
                }
                if (!x.hosts().isEmpty()) {
                    d.labelled(l.get("col.hosts"), String.join("; ", x.hosts().stream().map(this::person).toList()));
                }
                if (x.summary() != null) {
                    d.para(rec(x.summary()));
                }
                if (x.outcome() != null) {
                    d.labelled(l.get("glance.outcome"), recAfter("", x.outcome()));
                }
                d.ruleUnderLast(); // as the PDF rules off each meeting (rd14: Word ran the meetings together)
            }
            if (m.history().size() > full.size()) {
                List<MeetingItem> older = m.history().subList(full.size(), m.history().size());
                d.heading(3, l.format("history.older", older.size()));
                compactMeetings(older, false);
            }
        }
        if (!m.otherPartners().isEmpty()) {
            d.heading(2, l.get("history.others"));
            d.table(List.of(l.get("col.partner"), l.get("col.meetings"), l.get("col.lastmeeting"), l.get("col.asWritten")),
                    new int[] {38, 12, 20, 30}, m.otherPartners().stream().map(p -> List.of(
                            p.partnerName() == null ? "—" : p.partnerName(), String.valueOf(p.meetings()),
                            l.dateCell(p.last()),
                            l.shownAll(p.provincesAsWritten()) + cite(p.sources()))).toList());
        }
    }

    private void compactMeetings(List<MeetingItem> meetings, boolean withPartner) {
        d.table(List.of(l.get("col.date"), l.get("col.province"), l.get("col.content")), new int[] {18, 24, 58},
                meetings.stream().map(x -> List.of(String.join("\n", MeetingDateCell.lines(x, m.sources(), l)),
                        l.shown(x.provinceAsWritten()), (RecordPartsHtml.otherPartner(m, x, withPartner) == null ? ""
                                : RecordPartsHtml.otherPartner(m, x, withPartner) + "\n")
                        + rec(x.title()) + cite(x.sources()) + (RecordPartsHtml.ledBy(m, x) == null ? ""
                                : (x.title() == null ? "" : "\n") + l.format("meeting.ledBy", RecordPartsHtml.ledBy(m, x)))))
                        .toList());
    }

    private void requests() {
        d.para(l.get("requests.legend"), false, true).setKeepNext(true); // a legend stays with what it explains
        Map<String, List<RequestItem>> byCategory = new LinkedHashMap<>();
        m.requests().forEach(r -> byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r));
        for (var e : byCategory.entrySet()) {
            List<RequestItem> all = e.getValue();
            List<RequestItem> shown = all.subList(0, Math.min(RecordPartsHtml.PER_CATEGORY, all.size()));
            d.heading(2, m.charts().categoryLabels().getOrDefault(e.getKey(), e.getKey()) + " (" + all.size() + ")");
            d.table(List.of(l.get("col.direction"), l.get("col.status"), l.get("col.request"), l.get("col.first")),
                    new int[] {13, 14, 51, 22}, shown.stream().map(r -> List.of(
                            l.get("direction." + r.direction().name().toLowerCase()),
                            l.get("status." + r.status().name().toLowerCase()),
                            rec(r.text()) + otherCategories(r) + (r.latestFollowUp() == null ? ""
                                    : "\n" + l.get("requests.followup") + ":"
                                    // On the label's line, as in the PDF: a line of its own only for a marked original.
                                    + recAfter("\u00A0", r.latestFollowUp())) + cite(r.sources()),
                            l.dateCell(r.firstRaised()) + (r.timesRaised() > 1 ? "\n" + l.dateCell(r.lastRaised())
                                    + "\n★ " + l.format("requests.repeated", r.timesRaised()) : ""))).toList());
            if (all.size() > shown.size()) {
                d.para(l.format("requests.more", all.size() - shown.size(), ""), false, true);
            }
        }
    }

    /** A request's other categories under its text, as the PDF gives them (rd12: dropped in the Word file). */
    private String otherCategories(RequestItem r) {
        return r.categories().size() < 2 ? "" : "\n" + Docx.MUTED + String.join(", ", r.categories().subList(1, r.categories().size())
                .stream().map(c -> m.charts().categoryLabels().getOrDefault(c, c)).toList());
    }

    private void agreements() {
        List<BriefModel.AgreementItem> ours = m.agreements().stream().filter(BriefModel.AgreementItem::withPartner).toList();
        List<BriefModel.AgreementItem> others = m.agreements().stream().filter(a -> !a.withPartner()).toList();
        if (!ours.isEmpty()) {
            d.heading(2, l.format("history.with", l.inSentence(m.meta().partnerName())));
            agreementTable(ours);
        }
        if (!others.isEmpty()) {
            d.heading(2, l.get("agreements.others"));
            agreementTable(others);
        }
        if (!m.aid().isEmpty()) {
            d.heading(2, l.get("heading.aid"));
            d.table(List.of(l.get("col.title"), l.get("col.donor"), l.get("col.amount"), l.get("col.status")),
                    new int[] {42, 22, 20, 16}, m.aid().stream().map(a -> List.of(
                            Docx.BOLD + rec(a.title()) + (a.purpose() == null ? "" : "\n" + rec(a.purpose()))
                                    + otherPartner(a.withPartner(), a.partnerName()) + cite(a.sources()),
                            rec(a.donor()) + (a.channel() == null ? "" : "\n" + rec(a.channel())),
                            (a.amount() == null ? "—" : a.amount()) + (a.amountNote() == null ? "" : "\n"
                                    + rec(a.amountNote())),
                            l.get("aid." + a.status()) + (a.date().known() ? "\n" + l.shortDate(a.date()) : ""))).toList());
        }
    }

    /** The other Japanese partner an agreement or a project is with, on a line of its own as in the PDF. */
    private static String otherPartner(boolean withPartner, String partnerName) {
        return withPartner || partnerName == null ? "" : "\n" + partnerName;
    }

    private void agreementTable(List<BriefModel.AgreementItem> agreements) {
        d.table(List.of(l.get("col.date"), l.get("col.title"), l.get("col.parties"), l.get("col.fields")),
                new int[] {15, 35, 24, 26}, agreements.stream().map(a -> List.of(l.dateCell(a.signedOn()),
                        Docx.BOLD + rec(a.title()) + (a.kind() == null ? "" : "\n" + Docx.MUTED + a.kind()
                                + (a.status() == null ? "" : " · " + a.status())) + otherPartner(a.withPartner(), a.partnerName())
                                + cite(a.sources()),
                        rec(a.parties()) + (!RecordPartsHtml.placeSaysMore(a, m.meta().provinceName()) ? ""
                                : (a.parties() == null ? "" : "\n") + l.shown(a.provinceAsWritten())),
                        rec(a.fields()))).toList());
    }

    private void gifts() {
        d.table(List.of(l.get("col.date"), l.get("col.item"), l.get("col.giver"), l.get("col.receiver")),
                new int[] {16, 32, 26, 26}, m.gifts().stream()
                        .sorted(Comparator.comparing(BriefModel.GiftItem::date, Comparator.reverseOrder()))
                        .limit(RecordPartsHtml.GIFTS).map(g -> List.of(l.dateCell(g.date()), rec(g.item())
                                + (g.givenBy() == null ? "" : "\n" + l.format("gift.by.other", g.givenBy())) + cite(g.sources()),
                                l.shown(g.giver()), l.shown(g.receiver()))).toList());
    }

    private void delegation() {
        var dl = m.delegation();
        d.heading(2, l.get("delegation.profile"));
        // In the PDF's order, the Japanese name last and on a line of its own: Word and LibreOffice break Japanese
        // between any two characters ("在ベ / トナム日本国大使館"); where a line starts it fits whole (a name or title is
        // far shorter than a line), with no word joiner between its characters to spoil copying and searching.
        d.labelled(l.get("delegation.names"), String.join(" · ", Words.nonBlank(dl.partnerName(), dl.partnerNameEn())
                .stream().filter(s -> !s.equals(dl.partnerNameJa())).map(l::shown).toList())
                + DocxText.japaneseLine(dl.partnerNameJa()));
        d.labelled(l.get("delegation.kind"), PartnerKindWord.of(l, dl.partnerKind(), dl.partnerNameJa(),
                dl.partnerNameEn(), dl.partnerName()));
        if (dl.prefecture() != null) {
            d.labelled(l.get("delegation.prefecture"), dl.prefecture());
        }
        if (!dl.currentHeads().isEmpty()) { // as the PDF has it: who heads the partner now
            d.labelled(l.get("delegation.head"), String.join("; ", dl.currentHeads().stream()
                    .map(p -> person(p) + cite(p.sources())).toList()));
        }
        if (!dl.people().isEmpty()) {
            boolean read = ProfileAnnexesHtml.hasReading(dl.people()); // no column of dashes, as in the PDF
            d.heading(2, l.get(read ? "delegation.people" : "delegation.people.address"));
            // The legend on how names are written and read, as in the PDF (rd14: missing in Word).
            d.para(l.get("delegation.people.legend") + (read ? " " + l.get("delegation.people.legend.readings") : ""),
                    false, true).setKeepNext(true);
            d.table(read ? List.of(l.get("col.name"), l.get("col.reading"), l.get("col.address"), l.get("col.post"))
                    : List.of(l.get("col.name"), l.get("col.address"), l.get("col.post")),
                    read ? new int[] {28, 22, 28, 22} : new int[] {34, 36, 30}, dl.people().stream().map(p -> {
                        var row = new java.util.ArrayList<>(List.of(p.name() + DocxText.japaneseLine(p.kanji()), p.address() == null ? "—" : p.address(), (p.title() == null ? ""
                                : p.titleOriginal() ? rec(p.title()) : p.title()) + cite(p.sources())));
                        if (read) {
                            row.add(1, p.reading() == null ? "—" : p.reading());
                        }
                        return (List<String>) row;
                    }).toList());
        }
        if (!dl.leaderPosts().isEmpty()) {
            d.heading(2, l.get("delegation.leader"));
            d.table(List.of(l.get("col.name"), l.get("col.post"), l.get("col.period")), new int[] {32, 46, 22},
                    dl.leaderPosts().stream().map(p -> List.of(p.person(), (p.titleOriginal() ? rec(p.title())
                            : p.title()) + cite(p.sources()), (p.since(l) == null ? "" : p.since(l) + " – ")
                            + p.until(l))).toList());
        }
        if (!dl.leaderOtherMeetings().isEmpty()) {
            d.heading(2, l.get("delegation.other"));
            compactMeetings(dl.leaderOtherMeetings(), true);
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        dl.leaderOtherMeetings().forEach(x -> shown.add(x.id()));
        List<MeetingItem> elsewhere = dl.partnerElsewhere().stream().filter(x -> !shown.contains(x.id())).toList();
        if (!elsewhere.isEmpty()) {
            d.heading(2, l.get("delegation.elsewhere"));
            d.para(l.format("delegation.elsewhere.provinces", String.join(", ", dl.partnerProvinces())));
            compactMeetings(elsewhere, false);
        }
    }

    private void province() {
        var p = m.province();
        if (!p.predecessors().isEmpty()) {
            d.heading(2, l.get("province.predecessors"));
            d.para(p.unchanged() ? l.get("province.unchanged")
                    : String.join(", ", p.predecessors().stream().map(l::name).toList()));
        }
        if (!p.links().isEmpty()) {
            d.heading(2, l.get("province.links"));
            d.table(List.of(l.get("col.partner"), l.get("col.kind"), l.get("col.since"), l.get("col.note")),
                    new int[] {26, 22, 14, 38}, ProfileAnnexesHtml.sameLinks(p.links()).stream().map(g -> {
                        var x = g.get(0);
                        return List.of(String.join("\n", g.stream().map(y -> y.partnerName()).toList()), rec(x.kind()),
                                x.since().known() ? l.shortDate(x.since()) : "—", rec(x.note()) + (x.provinceAsWritten()
                                == null ? "" : l.shownAfter(ProfileAnnexesHtml.blank(x.note()) ? "" : " · ",
                                x.provinceAsWritten())) + cite(x.sources()));
                    }).toList());
        }
        if (!p.keyFigures().isEmpty()) {
            d.heading(2, l.get("province.figures"));
            d.bullets(p.keyFigures().stream().map(f -> rec(f.label()) + ":" + recAfter(" ", f.value() + (f.unit() == null ? ""
                    : " " + f.unit())) + (f.asOf() != null && f.asOf().known() ? " (" + l.date(f.asOf()) + ")" : "") + cite(f.sources())).toList());
        }
        if (!m.glance().sensitivities().isEmpty()) {
            d.heading(2, l.get("glance.sensitive"));
            // Each with its date, as the PDF has it (Word left "(năm 2024)" out: WordSaysWhatThePdfSaysTest).
            d.bullets(m.glance().sensitivities().stream().map(s -> l.get("sensitivity." + s.kind())
                    + (s.date().known() ? " (" + l.date(s.date()) + ")" : "") + recAfter(": ", s.text())
                    + cite(s.sources())).toList());
        }
    }

    private void sources() {
        d.para(l.get("sources.intro"), false, true).setKeepNext(true); // a legend stays with what it explains
        var table = d.table(List.of("#", l.get("col.source"), l.get("col.date")), new int[] {8, 72, 20},
                m.sources().stream().map(s -> List.of("[" + s.number() + "]", SourceLines.of(s, l)
                        + (t.unreviewed(s.number()) ? "\n" + l.get("unreviewed.mark") : ""), s.published().known()
                        ? l.shortDate(s.published()) : "—")).toList());
        // The list's last rows keep together, so the pack's last page never holds one source alone.
        WordKeeps.lastRowsTogether(table, LAST_ROWS_TOGETHER);
    }

    /** The sources that end the list together on their page. */
    static final int LAST_ROWS_TOGETHER = 4;
}

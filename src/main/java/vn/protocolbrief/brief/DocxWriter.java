package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;

/**
 * The pack as a Word document, from the same model and in the same order as the PDF: the title block, the front
 * brief (purpose, points to make, what they may raise, both delegations, programme, gift), then the annexes that
 * have content, each from a new page. Record text in an English pack is marked as the Vietnamese original.
 */
final class DocxWriter {
    private final BriefModel m;
    private final Labels l;
    private final BriefHtml parts;
    /** Sources saved with meetings nobody has reviewed: each citation of one is marked ◇, as in the PDF. */
    private final java.util.Set<Integer> unreviewed;
    private Docx d;

    DocxWriter(BriefModel model, Labels labels) {
        this.m = model;
        this.l = labels;
        this.parts = new BriefHtml(model, labels);
        this.unreviewed = model.sources().stream().filter(s -> BriefModel.UNREVIEWED.equals(s.kind()))
                .map(BriefModel.SourceItem::number).collect(java.util.stream.Collectors.toSet());
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
            d.pageBreak();
            d.heading(1, l.get("annex.contents"));
            d.bullets(annexes.stream().map(parts::heading).toList());
        }
        for (String part : annexes) {
            d.heading(1, parts.heading(part));
            switch (part) {
                case "history" -> history();
                case "requests" -> requests();
                case "agreements" -> agreements();
                case "gifts" -> gifts();
                case "delegation" -> delegation();
                case "province" -> province();
                case "sources" -> sources();
                default -> throw new IllegalArgumentException("Unknown part " + part);
            }
        }
        return d.bytes();
    }

    private String rec(String text) {
        return text == null ? "" : l.record(text);
    }

    /** Record text after the pack's words on a line; a Vietnamese original in English starts a line of its own. */
    private String recAfter(String separator, String text) {
        return text == null || text.isBlank() ? "" : (l.original(text) ? "\n" : separator) + rec(text);
    }

    private String cite(List<Integer> sources) {
        if (sources == null || sources.isEmpty() || !m.meta().parts().contains("sources")) {
            return "";
        }
        return (sources.stream().anyMatch(unreviewed::contains) ? " " + Html.UNREVIEWED_MARK : "")
                + " [" + String.join(", ", sources.stream().map(String::valueOf).toList()) + "]";
    }

    private String person(PersonItem p) {
        return p.name() + (p.kanji() == null ? "" : " (" + p.kanji() + ")") + (p.title() == null ? ""
                : ", " + (p.titleOriginal() ? rec(p.title()) : p.title()));
    }

    private void titleBlock() {
        var v = m.visit();
        if (v.issuingOffice() != null) {
            d.para(v.issuingOffice().toUpperCase(java.util.Locale.ROOT), true, false);
        }
        d.para(l.get("cover.kicker"), true, false);
        String delegation = v.leader() == null ? l.format("cover.delegation", l.inSentence(m.meta().partnerName()))
                : l.format("cover.delegation.led", l.inSentence(m.meta().partnerName()), v.leader().address() != null
                ? v.leader().address() : v.leader().name());
        d.heading(1, delegation);
        d.para(Character.toUpperCase(m.meta().provinceUnitAndName().charAt(0)) + m.meta().provinceUnitAndName().substring(1));
        String when = v.date().known() ? l.date(v.date()) + (v.time() == null ? "" : ", " + v.time()) : l.get("cover.unset");
        d.labelled(l.get("cover.when"), when + (v.venue() == null ? "" : " — " + v.venue()));
        d.labelled(l.get("cover.made"), l.madeOn(m.meta().generatedAt()) + " · " + l.get("cover.preparer") + ": "
                + (v.preparedBy() == null ? l.get("cover.unset") : v.preparedBy()) + " · " + l.get("cover.approver")
                + ": " + (v.approvedBy() == null ? l.get("cover.unset") : v.approvedBy()));
        if (!v.recorded()) {
            d.para(l.get("cover.notrecorded"), false, true);
        }
        if (!unreviewed.isEmpty()) {
            d.para(l.get("unreviewed.legend"), true, true);
        }
        if (!l.get("original.legend").isEmpty()) {
            d.para(l.get("original.legend"), false, true);
        }
    }

    private void front() {
        var v = m.visit();
        var g = m.glance();
        int n = 0;
        d.heading(2, ++n + ". " + l.get("front.purpose"));
        if (v.purpose() != null) {
            d.para(v.purpose() + cite(v.sources()));
        }
        if (g.lastMeeting() == null) {
            d.para(l.get("front.first"));
        } else {
            d.labelled(l.get("glance.last"), l.date(g.lastMeeting().date()) + recAfter(" — ", g.lastMeeting().title())
                    + cite(g.lastMeeting().sources()));
        }
        List<TalkingPoint> all = m.talkingPoints();
        long proposals = all.stream().filter(p -> "proposal".equals(p.kind())).count();
        if (proposals > 0) {
            int first = all.indexOf(all.stream().filter(p -> "proposal".equals(p.kind())).findFirst().orElseThrow()) + 1;
            d.para(proposals == 1 ? l.format("front.wishes.one", first)
                    : l.format("front.wishes", proposals, first, first + proposals - 1));
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
            d.para(i++ + ". " + p.text() + cite(p.sources()));
        }
        if (!raise.isEmpty()) {
            d.heading(2, ++n + ". " + l.get("front.raise"));
            for (TalkingPoint p : raise) {
                d.para(i++ + ". " + p.text() + cite(p.sources()));
            }
        }
        if (m.meta().pointsEdited()) {
            d.para(l.get("points.edited"), false, true);
        }
        d.heading(2, ++n + ". " + l.get("front.delegations"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(l.format("front.side.theirs", l.inSentence(m.meta().partnerName())), "", ""));
        List<PersonItem> theirs = new ArrayList<>();
        if (v.leader() != null) {
            theirs.add(v.leader());
        }
        theirs.addAll(v.members());
        if (theirs.isEmpty()) {
            rows.add(List.of(l.get("empty.leader"), "", ""));
        }
        theirs.forEach(p -> rows.add(List.of(p.name() + (p.kanji() == null ? "" : " " + p.kanji()),
                p.title() == null ? "" : p.titleOriginal() ? rec(p.title()) : p.title(),
                p.address() != null ? p.address() : p.reading() == null ? "" : p.reading())));
        rows.add(List.of(l.format("front.side.ours", m.meta().provinceUnitAndName()), "", ""));
        if (v.hosts().isEmpty()) {
            rows.add(List.of(l.get("cover.unset"), "", ""));
        }
        v.hosts().forEach(p -> rows.add(List.of(p.name(), p.title() == null ? "" : p.titleOriginal() ? rec(p.title())
                : p.title(), "")));
        if (v.interpreter() != null) {
            rows.add(List.of(v.interpreter(), l.get("cover.interpreter"), ""));
        }
        d.table(List.of(l.get("col.name"), l.get("col.post"), l.get("front.col.address")), new int[] {34, 36, 30}, rows);
        d.heading(2, ++n + ". " + l.get("glance.programme"));
        String when = v.date().known() ? l.date(v.date()) + (v.time() == null ? "" : ", " + v.time()) : l.get("cover.unset");
        d.labelled(l.get("cover.when"), when + (v.venue() == null ? "" : " — " + v.venue()) + cite(v.sources()));
        if (!v.programme().isEmpty()) {
            d.table(List.of(l.get("front.col.time"), l.get("front.col.item")), new int[] {18, 82}, v.programme().stream()
                    .map(p -> List.of(p.time() == null ? "" : p.time(), p.item())).toList());
        }
        d.heading(2, ++n + ". " + l.get("front.gift"));
        if (g.giftAdvice() != null) {
            d.para(g.giftAdvice().idea(), true, false);
            if (g.giftAdvice().reason() != null) {
                d.para(g.giftAdvice().reason());
            }
        }
        List<String> given = g.giftsGiven().stream()
                .sorted(Comparator.comparing(BriefModel.GiftItem::date, Comparator.reverseOrder())).limit(2)
                .map(x -> rec(x.item()) + " (" + l.shortDate(x.date()) + ")" + (x.givenBy() == null ? ""
                        : " — " + l.format("gift.by.other", x.givenBy())) + cite(x.sources())).toList();
        if (!given.isEmpty()) {
            d.para(l.get("glance.gifts") + ":", false, true).setKeepNext(true);
            d.bullets(given);
        }
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
            d.bullets(m.changesSince().stream().map(c -> l.date(c.date()) + " · " + c.what()
                    + recAfter(": ", c.text()) + cite(c.sources())).toList());
        }
    }

    private void history() {
        changesSince();
        if (!m.history().isEmpty()) {
            d.heading(2, l.format("history.with", l.inSentence(m.meta().partnerName())));
            List<MeetingItem> full = m.history().subList(0, Math.min(RecordPartsHtml.FULL_MEETINGS, m.history().size()));
            for (MeetingItem x : full) {
                d.para(l.date(x.date()) + l.shownAfter(" · ", x.provinceAsWritten()) + (x.venue() != null
                        && !x.venue().equals(x.provinceAsWritten()) ? recAfter(" · ", x.venue()) : "") + cite(x.sources()),
                        true, false).setKeepNext(true);
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
                            p.last().known() ? l.shortDate(p.last()) : l.get("date.unknown.short"),
                            l.shownAll(p.provincesAsWritten()) + cite(p.sources()))).toList());
        }
    }

    private void compactMeetings(List<MeetingItem> meetings, boolean withPartner) {
        d.table(List.of(l.get("col.date"), l.get("col.province"), l.get("col.content")), new int[] {18, 24, 58},
                meetings.stream().map(x -> List.of(l.shortDate(x.date()), l.shown(x.provinceAsWritten())
                        + (withPartner && x.partnerName() != null ? "\n" + x.partnerName() : ""),
                        (x.leader() == null ? rec(x.title()) : x.leader().name() + recAfter(" — ", x.title())) + cite(x.sources())))
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
                            rec(r.text()) + (r.latestFollowUp() == null ? "" : "\n" + l.get("requests.followup") + ":\n"
                                    + rec(r.latestFollowUp())) + cite(r.sources()),
                            l.shortDate(r.firstRaised()) + (r.timesRaised() > 1 ? "\n" + l.shortDate(r.lastRaised())
                                    + "\n★ " + l.format("requests.repeated", r.timesRaised()) : ""))).toList());
            if (all.size() > shown.size()) {
                d.para(l.format("requests.more", all.size() - shown.size(), ""), false, true);
            }
        }
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
                            rec(a.title()) + (a.purpose() == null ? "" : "\n" + rec(a.purpose())) + cite(a.sources()),
                            rec(a.donor()) + (a.channel() == null ? "" : "\n" + rec(a.channel())),
                            (a.amount() == null ? "—" : a.amount()) + (a.amountNote() == null ? "" : "\n"
                                    + rec(a.amountNote())),
                            l.get("aid." + a.status()) + (a.date().known() ? "\n" + l.shortDate(a.date()) : ""))).toList());
        }
    }

    private void agreementTable(List<BriefModel.AgreementItem> agreements) {
        d.table(List.of(l.get("col.date"), l.get("col.title"), l.get("col.parties"), l.get("col.fields")),
                new int[] {15, 35, 24, 26}, agreements.stream().map(a -> List.of(l.shortDate(a.signedOn()),
                        rec(a.title()) + (a.kind() == null ? "" : "\n" + a.kind() + (a.status() == null ? ""
                                : " · " + a.status())) + cite(a.sources()),
                        rec(a.parties()), rec(a.fields()))).toList());
    }

    private void gifts() {
        d.table(List.of(l.get("col.date"), l.get("col.item"), l.get("col.giver"), l.get("col.receiver")),
                new int[] {16, 32, 26, 26}, m.gifts().stream()
                        .sorted(Comparator.comparing(BriefModel.GiftItem::date, Comparator.reverseOrder()))
                        .limit(RecordPartsHtml.GIFTS).map(g -> List.of(l.shortDate(g.date()), rec(g.item())
                                + (g.givenBy() == null ? "" : "\n" + l.format("gift.by.other", g.givenBy())) + cite(g.sources()),
                                l.shown(g.giver()), l.shown(g.receiver()))).toList());
    }

    private void delegation() {
        var dl = m.delegation();
        d.heading(2, l.get("delegation.profile"));
        d.labelled(l.get("delegation.names"), String.join(" · ", Words.nonBlank(dl.partnerName(), dl.partnerNameEn(),
                dl.partnerNameJa())));
        d.labelled(l.get("delegation.kind"), l.get("kind." + dl.partnerKind()));
        if (dl.prefecture() != null) {
            d.labelled(l.get("delegation.prefecture"), dl.prefecture());
        }
        if (!dl.people().isEmpty()) {
            d.heading(2, l.get("delegation.people"));
            d.table(List.of(l.get("col.name"), l.get("col.reading"), l.get("col.address"), l.get("col.post")),
                    new int[] {28, 22, 28, 22}, dl.people().stream().map(p -> List.of(p.name() + (p.kanji() == null ? ""
                            : "\n" + p.kanji()), p.reading() == null ? "—" : p.reading(), p.address() == null ? "—"
                            : p.address(), (p.title() == null ? "" : p.titleOriginal() ? rec(p.title()) : p.title())
                            + cite(p.sources()))).toList());
        }
        if (!dl.leaderPosts().isEmpty()) {
            d.heading(2, l.get("delegation.leader"));
            d.table(List.of(l.get("col.name"), l.get("col.post"), l.get("col.period")), new int[] {32, 46, 22},
                    dl.leaderPosts().stream().map(p -> List.of(p.person(), (p.titleOriginal() ? rec(p.title())
                            : p.title()) + cite(p.sources()), (p.from().known() ? l.shortDate(p.from()) : "…") + " – "
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
            d.para(String.join(", ", p.predecessors().stream().map(l::name).toList()));
        }
        if (!p.links().isEmpty()) {
            d.heading(2, l.get("province.links"));
            d.table(List.of(l.get("col.partner"), l.get("col.kind"), l.get("col.since"), l.get("col.note")),
                    new int[] {26, 22, 14, 38}, p.links().stream().map(x -> List.of(x.partnerName(), rec(x.kind()),
                            x.since().known() ? l.shortDate(x.since()) : "—", rec(x.note()) + (x.provinceAsWritten() == null
                                    ? "" : l.shownAfter(" · ", x.provinceAsWritten())) + cite(x.sources()))).toList());
        }
        if (!p.keyFigures().isEmpty()) {
            d.heading(2, l.get("province.figures"));
            d.bullets(p.keyFigures().stream().map(f -> rec(f.label()) + ":" + recAfter(" ", f.value() + (f.unit() == null ? ""
                    : " " + f.unit())) + " (" + l.date(f.asOf()) + ")" + cite(f.sources())).toList());
        }
        if (!m.glance().sensitivities().isEmpty()) {
            d.heading(2, l.get("glance.sensitive"));
            d.bullets(m.glance().sensitivities().stream().map(s -> l.get("sensitivity." + s.kind())
                    + recAfter(": ", s.text()) + cite(s.sources())).toList());
        }
    }

    private void sources() {
        d.para(l.get("sources.intro"), false, true).setKeepNext(true); // a legend stays with what it explains
        d.table(List.of("#", l.get("col.source"), l.get("col.date")), new int[] {8, 72, 20}, m.sources().stream()
                .map(s -> List.of("[" + s.number() + "]", SourceLines.of(s, l) + (unreviewed.contains(s.number())
                        ? "\n" + l.get("unreviewed.mark") : ""), s.published().known()
                        ? l.shortDate(s.published()) : "—")).toList());
    }
}

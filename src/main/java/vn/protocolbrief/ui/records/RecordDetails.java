package vn.protocolbrief.ui.records;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LocalityLink;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.Sensitivity;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.ChangeLabels;
import vn.protocolbrief.ui.records.RecordsViewModel.Details;
import vn.protocolbrief.ui.records.RecordsViewModel.Kind;

/** A record in full for the detail pane: labelled lines, then the sources it was read from. Off the FX thread. */
final class RecordDetails {
    private final Store store;
    private final RecordText t;
    private final String lang;

    RecordDetails(Store store, RecordText text) {
        this.store = store;
        this.t = text;
        this.lang = text.messages().lang();
    }

    /** The record's details, or null when the pair has no such record (yet: a search may be changing the pair). */
    Details describeIfThere(PairRecords s, Kind kind, String id) {
        try {
            return describe(s, kind, id);
        } catch (NoSuchElementException e) {
            return null;
        }
    }

    private Details describe(PairRecords s, Kind kind, String id) {
        // An English window shows a record's texts as its lists do: in the officer's English rendering where one exists.
        Lines lines = new Lines(store.reads(r -> vn.protocolbrief.ui.common.EnglishShown.read(r, lang)));
        String title = switch (kind) {
            case MEETING -> meeting(s, s.meeting(id), lines);
            case REQUEST -> request(s, id, lines);
            case GIFT -> gift(s, id, lines);
            case AGREEMENT -> agreement(s.agreement(id), lines);
            case AID -> aid(s.aidProject(id), lines);
            case FIGURE -> figure(s.figure(id), lines);
            case LINK -> link(s, s.link(id), lines);
            case SENSITIVITY -> sensitivity(s, s.sensitivity(id), lines);
            case PERSON -> person(s, s.person(id), lines);
            case PARTNER -> partner(s, id, lines);
        };
        whoChanged(kind, id, lines);
        List<String> ids = lines.sourceIds.stream().distinct().toList();
        Map<String, String> shown = sources(ids);
        // A request's or a gift's changes are its meeting's (they are stored and changed with it).
        String logged = switch (kind) {
            case REQUEST, GIFT -> kind == Kind.REQUEST ? s.meetingOfRequest(id).id() : s.meetingOfGift(id).id();
            default -> id;
        };
        List<RecordsViewModel.Change> changes = changes(loggedKind(kind), logged);
        String heading = t.get(kind == Kind.REQUEST || kind == Kind.GIFT ? "rec.changesOfMeeting" : "rec.changes");
        return new Details(title, lines.lines, kind == Kind.PARTNER ? null : List.copyOf(shown.values()),
                List.copyOf(shown.keySet()), heading, changes);
    }

    /** The kind the change log and the record stamps name a record by (a request and a gift: their meeting). */
    private static String loggedKind(Kind kind) {
        return switch (kind) {
            case MEETING, REQUEST, GIFT -> "meeting";
            case AGREEMENT -> "agreement";
            case AID -> "aid";
            case FIGURE -> "figure";
            case LINK -> "link";
            case SENSITIVITY -> "sensitivity";
            case PERSON -> "person";
            case PARTNER -> "partner";
        };
    }

    /** The words of the change log's actions; another action is shown as the log names it. */
    private static final Map<String, String> ACTIONS = Map.of("create", "changes.create", "edit", "changes.edit",
            "delete", "changes.delete", "undo", "changes.undo", "sync", "changes.sync", "sync-delete",
            "changes.syncDelete", "import", "changes.import", "merge", "changes.merge", "take", "changes.take");

    /** The record's changes, the newest first: when, who (and who on the road), what, which fields. */
    private List<RecordsViewModel.Change> changes(String kind, String id) {
        var history = new vn.protocolbrief.service.RecordService(store).history(kind, id);
        List<RecordsViewModel.Change> out = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            var e = history.get(i);
            String who = e.fromTheRoad() ? e.roadBy() + " (" + t.get("rec.syncedBy") + " " + e.actor() + ")"
                    : e.actor();
            String action = ACTIONS.containsKey(e.action()) ? t.get(ACTIONS.get(e.action())) : e.action();
            out.add(new RecordsViewModel.Change(e.at().replace('T', ' ') + " · " + RecordText.nz(who),
                    action + (e.label() == null || e.label().isBlank() ? "" : ": " + ChangeLabels.said(t.messages(),
                            e.label()))
                            + (e.undone() ? " " + t.get("changes.undone") : ""),
                    String.join(", ", e.fields())));
        }
        return out;
    }

    /** Who created the record and who changed it last, and when (records stored before this was kept say nothing). */
    private void whoChanged(Kind kind, String id, Lines lines) {
        // A request's or a gift's stamp would be its meeting's: the pane does not say it as theirs.
        String stamped = kind == Kind.REQUEST || kind == Kind.GIFT ? null : loggedKind(kind);
        if (kind == Kind.REQUEST || kind == Kind.MEETING || kind == Kind.PERSON || kind == Kind.PARTNER) {
            String marked = kind == Kind.REQUEST ? "request" : stamped;
            new vn.protocolbrief.service.SensitiveService(store).of(marked, id).ifPresent(mark -> lines.add(
                    "rec.sensitive", t.get("rec.markedBy") + " " + mark.markedBy() + " · "
                            + mark.markedAt().replace('T', ' ')));
        }
        if (stamped == null) {
            return;
        }
        var records = new vn.protocolbrief.service.RecordService(store);
        var stamp = records.stamp(stamped, id);
        if (stamp.createdBy() != null) {
            lines.add("rec.createdBy", stamp.createdBy() + " · " + stamp.createdAt().replace('T', ' '));
        }
        if (stamp.changedBy() != null) {
            lines.add("rec.changedBy", stamp.changedBy() + " · " + stamp.changedAt().replace('T', ' '));
        }
        // The last change, when a travel sync brought it: who made it on the road, and who synced it.
        var history = records.history(stamped, id);
        if (!history.isEmpty() && history.get(history.size() - 1).fromTheRoad()) {
            var last = history.get(history.size() - 1);
            lines.add("rec.fromRoad", last.roadBy() + (last.roadAt() == null ? "" : " · "
                    + last.roadAt().replace('T', ' ')) + " — " + t.get("rec.syncedBy") + " " + last.actor() + " · "
                    + last.at().replace('T', ' '));
        }
    }

    private String meeting(PairRecords s, Meeting mt, Lines l) {
        l.add("rec.date", t.date(mt.date()));
        l.add("rec.asWritten", mt.provinceAsWritten());
        l.add("rec.venue", mt.venue());
        l.add("rec.partner", mt.partnerId() == null ? null : s.partnerName(mt.partnerId(), lang));
        for (Participant p : mt.participants()) {
            l.add("role." + p.role().name().toLowerCase(Locale.ROOT), s.who(p.personId(), null)
                    + (p.title() == null ? "" : " — " + p.title()));
        }
        l.add("rec.summary", l.shown.apply(mt.summary()));
        l.add("rec.outcome", l.shown.apply(mt.outcome()));
        mt.requests().forEach(r -> l.add("rec.request", r.direction().arrow() + " " + l.shown.apply(r.text())));
        mt.gifts().forEach(g -> l.add("rec.gift", g.item()));
        new vn.protocolbrief.service.CommitmentService(store).thanksOf(mt.id()).forEach(x -> l.add("rec.thanks",
                (x.by() == Side.VN ? "VN→JP " : "JP→VN ") + l.shown.apply(x.text())));
        l.sourceIds.addAll(mt.sourceIds());
        return RecordText.nz(l.shown.apply(mt.title()));
    }

    private String request(PairRecords s, String id, Lines l) {
        Meeting mt = s.meetingOfRequest(id);
        Request r = mt.requests().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        l.add("rec.direction", r.direction().arrow());
        l.add("rec.categories", r.categories().stream().map(c -> s.category(c, lang)).collect(Collectors.joining(", ")));
        l.add("rec.status", t.requestStatus(r.status()));
        l.add("rec.meeting", inMeeting(mt));
        r.followUps().forEach(f -> l.add("rec.followUp", t.date(f.date()) + " · " + t.requestStatus(f.status()) + " · "
                + RecordText.nz(f.note())));
        if (r.sourceId() != null) {
            l.sourceIds.add(r.sourceId());
        } else {
            l.sourceIds.addAll(mt.sourceIds());
        }
        return l.shown.apply(r.text());
    }

    private String gift(PairRecords s, String id, Lines l) {
        Meeting mt = s.meetingOfGift(id);
        Gift g = mt.gifts().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        l.add("rec.direction", g.direction().arrow());
        l.add("rec.giver", s.who(g.giverPersonId(), g.giverText()));
        l.add("rec.receiver", s.who(g.receiverPersonId(), g.receiverText()));
        l.add("rec.meeting", inMeeting(mt));
        l.source(g.sourceId());
        return g.item();
    }

    private String agreement(Agreement a, Lines l) {
        l.add("rec.kind", a.kind());
        l.add("rec.signedOn", t.date(a.signedOn()));
        l.add("rec.parties", a.parties());
        l.add("rec.fields", a.fields());
        l.add("rec.status", t.agreementStatus(a.status()));
        l.add("rec.asWritten", a.provinceAsWritten());
        l.source(a.sourceId());
        return l.shown.apply(a.title());
    }

    private String aid(AidProject a, Lines l) {
        l.add("rec.date", t.date(a.date()));
        l.add("rec.donor", a.donor());
        l.add("rec.channel", a.channel());
        l.add("rec.amount", a.amount() == null ? a.amountNote() : a.amount().toPlainString() + " "
                + RecordText.nz(a.currency()) + (a.amountNote() == null ? "" : " (" + a.amountNote() + ")"));
        l.add("rec.purpose", a.purpose());
        l.add("rec.status", t.aidStatus(a.status()));
        l.source(a.sourceId());
        return l.shown.apply(a.title());
    }

    private String figure(KeyFigure k, Lines l) {
        l.add("rec.asOf", t.date(k.asOf()));
        l.source(k.sourceId());
        return k.value() + (k.unit() == null ? "" : " " + k.unit()) + " — " + k.label();
    }

    private String link(PairRecords s, LocalityLink link, Lines l) {
        l.add("rec.kind", t.linkKind(link.kind()));
        l.add("rec.since", link.since().known() ? t.date(link.since()) : null);
        l.add("rec.asWritten", link.provinceAsWritten());
        l.add("rec.note", link.note());
        l.source(link.sourceId());
        return s.partnerName(link.partnerId(), lang);
    }

    private String sensitivity(PairRecords s, Sensitivity x, Lines l) {
        l.add("rec.kind", t.sensitivity(x.kind()));
        l.add("rec.date", t.date(x.date()));
        l.add("rec.partner", x.partnerId() == null ? null : s.partnerName(x.partnerId(), lang));
        l.source(x.sourceId());
        return x.text();
    }

    private String partner(PairRecords s, String id, Lines l) {
        vn.protocolbrief.domain.Partner p = s.partners().get(id);
        if (p == null) {
            throw new NoSuchElementException(id);
        }
        l.add("rec.nameVi", p.nameVi());
        l.add("rec.nameEn", p.nameEn());
        l.add("rec.nameJa", p.nameJa());
        l.add("rec.aliases", String.join(", ", p.aliases()));
        l.add("rec.note", p.note());
        return p.name(lang);
    }

    private String person(PairRecords s, Person p, Lines l) {
        l.add("rec.nationality", t.nationality(p.nationality()));
        l.add("rec.honorific", p.honorific());
        for (Position pos : p.positions()) {
            l.add(pos.current() ? "rec.postNow" : "rec.postPast", pos.title()
                    + (pos.organisation() == null ? "" : ", " + pos.organisation())
                    + (pos.from().known() || pos.to().known() ? " (" + (pos.from().known() ? t.date(pos.from()) : "…")
                    + " – " + (pos.to().known() ? t.date(pos.to()) : "") + ")" : ""));
            l.source(pos.sourceId());
        }
        l.add("rec.note", p.note());
        s.meetings().stream().filter(x -> x.participants().stream().anyMatch(q -> q.personId().equals(p.id())))
                .forEach(x -> l.add("rec.meeting", inMeeting(x)));
        return p.displayName();
    }

    private String inMeeting(Meeting mt) {
        return t.date(mt.date()) + " · " + RecordText.nz(mt.title());
    }

    /**
     * The sources cited by id, in citing order, without their full text: publication, title, date and address are
     * what is shown.
     */
    private Map<String, String> sources(List<String> ids) {
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return shown;
        }
        Map<String, Source> cited = store.reads(r -> r.sourceHeadings(ids));
        ids.stream().map(cited::get).filter(x -> x != null)
                .forEach(src -> shown.put(src.id(), Arrays.stream(new String[]{src.publication(), src.title(),
                        src.publishedOn().known() ? t.date(src.publishedOn()) : null, src.url()})
                        .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" · "))));
        return shown;
    }

    /** The lines being written, blank values left out, and the sources they cite. */
    private final class Lines {
        final List<String[]> lines = new ArrayList<>();
        final List<String> sourceIds = new ArrayList<>();
        /** A record text as this window shows it (its English rendering in an English window). */
        final java.util.function.UnaryOperator<String> shown;

        Lines(java.util.function.UnaryOperator<String> shown) {
            this.shown = shown;
        }

        void add(String labelKey, String value) {
            if (value != null && !value.isBlank()) {
                lines.add(new String[]{t.get(labelKey), value});
            }
        }

        void source(String id) {
            if (id != null) {
                sourceIds.add(id);
            }
        }
    }
}

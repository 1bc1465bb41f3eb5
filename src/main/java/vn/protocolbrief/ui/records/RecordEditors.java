package vn.protocolbrief.ui.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.service.EnglishRenderingService;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.RecordForm;
import vn.protocolbrief.ui.common.RecordForm.Choice;
import vn.protocolbrief.ui.common.SelectedPair;

/**
 * One form per record kind: the record as fields, the person's changes back into a record, and the write
 * that stores it. Each method returns that write, or null when the person cancelled (or there is nothing to
 * attach the record to); the caller runs it off the FX thread. An id of null means a new record. Meetings, their
 * requests and gifts, and agreements are edited here with their English renderings; a province's other records in
 * {@link ProvinceFactEditors}, a person in {@link PersonEditor}.
 */
final class RecordEditors {
    private final DialogService dialogs;
    private final RecordText t;
    private final RecordService records;
    private final EnglishRenderingService english;
    private final vn.protocolbrief.service.SensitiveService sensitive;
    private final ProvinceFactEditors facts;
    private final PersonEditor people;

    RecordEditors(DialogService dialogs, RecordText text, RecordService records, EnglishRenderingService english,
                  vn.protocolbrief.service.SensitiveService sensitive) {
        this.dialogs = dialogs;
        this.t = text;
        this.records = records;
        this.english = english;
        this.sensitive = sensitive;
        this.facts = new ProvinceFactEditors(dialogs, text, records);
        this.people = new PersonEditor(dialogs, text, records, sensitive);
    }

    /** The English rendering the officer gave a record text (issue 19), or null: none yet, or a new record. */
    private String englishOf(String kind, String id) {
        return id == null ? null : english.get(kind, id, 0).map(EnglishRendering::text).orElse(null);
    }

    /**
     * After the record is saved: its text's English rendering as the form now says, when it changed. A rendering
     * of a text the record no longer has (left empty) is dropped with it.
     */
    private void saveEnglish(String kind, String id, String before, String vietnamese, String now) {
        if (java.util.Objects.equals(before, now) || (vietnamese == null && before == null)) {
            return;
        }
        english.set(kind, id, 0, vietnamese == null ? null : now);
    }

    private String title(String id, String newKey, String editKey) {
        return title(t, id, newKey, editKey);
    }

    /** A form's title: "New …" for a new record (no id yet), "Edit …" otherwise. */
    static String title(RecordText t, String id, String newKey, String editKey) {
        return t.get(id == null ? newKey : editKey);
    }

    Runnable meeting(PairRecords s, String id) {
        SelectedPair pair = s.pair();
        // The meeting as stored now, with the version the save will be checked against (a colleague's save since
        // is refused, not overwritten).
        RecordService.Versioned<Meeting> current = id == null ? null : records.meetingVersioned(id);
        Meeting mt = current == null ? null : current.record();
        Map<String, Person> byName = new LinkedHashMap<>();
        s.persons().values().forEach(p -> {
            byName.put(Text.key(p.protocolName()), p);
            byName.put(Text.key(p.fullName()), p);
            if (p.givenName() != null) {
                byName.put(Text.key(p.givenName() + " " + p.familyName()), p);
            }
        });
        Participant leader = mt == null ? null : mt.leader().orElse(null);
        boolean wasSensitive = id != null && sensitive.of("meeting", id).isPresent();
        RecordForm f = new RecordForm(title(id, "rec.newMeeting", "rec.editMeeting"), t.messages().lang())
                .date("date", t.get("rec.date"), mt == null ? null : mt.date(), false)
                .text("title", t.get("rec.title"), mt == null ? null : mt.title(), true)
                .text("titleEn", t.get("rec.meetingTitleEn"), englishOf(EnglishRendering.TITLE, id), false)
                .text("asWritten", t.get("rec.asWritten"), mt == null ? pair.province().nameVi() : mt.provinceAsWritten(),
                        true)
                .text("venue", t.get("rec.venue"), mt == null ? null : mt.venue(), false)
                .text("leader", t.get("rec.leaderName"), leader == null ? null : s.person(leader.personId()).protocolName(),
                        false)
                .text("leaderTitle", t.get("rec.leaderTitle"), leader == null ? null : leader.title(), false)
                .area("summary", t.get("rec.summary"), mt == null ? null : mt.summary(), false, null)
                .area("summaryEn", t.get("rec.summaryEn"), englishOf(EnglishRendering.SUMMARY, id), false, null)
                .area("outcome", t.get("rec.outcome"), mt == null ? null : mt.outcome(), false, null)
                .area("outcomeEn", t.get("rec.outcomeEn"), englishOf(EnglishRendering.OUTCOME, id), false, null)
                .check("sensitive", t.get("rec.sensitive"), wasSensitive, t.get("rec.sensitiveMeans"))
                .rule("leader", v -> byName.containsKey(Text.key(v)) ? null : "form.error.person");
        if (!dialogs.edit(f)) {
            return null;
        }
        List<Participant> who = new ArrayList<>(mt == null ? List.of() : mt.participants());
        who.removeIf(p -> p.side() == Side.JP && p.role() == ParticipantRole.LEADER);
        if (f.value("leader") != null) {
            who.add(0, new Participant(byName.get(Text.key(f.value("leader"))).id(), Side.JP, ParticipantRole.LEADER,
                    f.value("leaderTitle")));
        }
        PartialDate date = f.date("date");
        String meetingId = id != null ? id
                : RecordService.newId("m-" + (date.known() ? date.iso() : "undated") + "-" + pair.provinceId());
        Meeting saved = new Meeting(meetingId, date, pair.provinceId(), f.value("asWritten"), f.value("venue"),
                pair.partnerId(), f.value("title"), f.value("summary"), f.value("outcome"),
                mt == null ? List.of() : mt.sourceIds(), who, mt == null ? List.of() : mt.requests(),
                mt == null ? List.of() : mt.gifts());
        String summaryEn = englishOf(EnglishRendering.SUMMARY, id);
        String outcomeEn = englishOf(EnglishRendering.OUTCOME, id);
        String summaryEnNow = f.value("summaryEn");
        String titleEn = englishOf(EnglishRendering.TITLE, id);
        String titleEnNow = f.value("titleEn");
        String outcomeEnNow = f.value("outcomeEn");
        boolean sensitiveNow = f.checked("sensitive");
        if (current != null && !f.changedBesides("sensitive")) {
            // Only the box: the mark alone, refused when a colleague changed the meeting since the form opened.
            long version = current.version();
            return () -> sensitive.set("meeting", meetingId, sensitiveNow, version);
        }
        return () -> {
            if (current == null) {
                records.saveMeeting(saved);
            } else {
                records.saveMeeting(saved, current.version());
            }
            saveEnglish(EnglishRendering.TITLE, meetingId, titleEn, saved.title(), titleEnNow);
            saveEnglish(EnglishRendering.SUMMARY, meetingId, summaryEn, saved.summary(), summaryEnNow);
            saveEnglish(EnglishRendering.OUTCOME, meetingId, outcomeEn, saved.outcome(), outcomeEnNow);
            if (sensitiveNow != wasSensitive) {
                sensitive.set("meeting", meetingId, sensitiveNow);
            }
        };
    }

    /** A new request goes to {@code meetingId}, or the newest meeting; the form can move it to another. */
    Runnable request(PairRecords s, String id, String meetingId) {
        return request(s, id, meetingId, null);
    }

    /** {@code version}: the version the request was read at (null: a new request, nothing to check). */
    Runnable request(PairRecords s, String id, String meetingId, Long version) {
        if (noMeeting(s)) {
            return null;
        }
        Meeting owner = id != null ? s.meetingOfRequest(id)
                : s.meetings().stream().filter(x -> x.id().equals(meetingId)).findFirst().orElse(s.meetings().get(0));
        Request r = id == null ? null : owner.requests().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        boolean wasSensitive = id != null && sensitive.of("request", id).isPresent();
        RecordForm f = new RecordForm(title(id, "rec.newRequest", "rec.editRequest"), t.messages().lang())
                .choice("meeting", t.get("rec.meeting"), owner.id(), t.meetings(s))
                .choice("direction", t.get("rec.direction"), r == null ? null : r.direction().name(), RecordText.directions())
                .choice("category", t.get("rec.category"), r == null || r.categories().isEmpty() ? null
                        : r.categories().get(0), s.categories().stream()
                        .map(c -> new Choice(c.id(), c.label(t.messages().lang()))).toList())
                .area("text", t.get("rec.requestText"), r == null ? null : r.text(), true, null)
                .area("textEn", t.get("rec.requestTextEn"), englishOf(EnglishRendering.REQUEST, id), false, null)
                .choice("status", t.get("rec.status"), r == null ? null : r.status().name(), t.requestStatuses())
                .date("due", t.get("rec.requestDue"), r == null ? null : r.due(), false)
                .check("sensitive", t.get("rec.sensitive"), wasSensitive, t.get("rec.sensitiveMeans"));
        if (!dialogs.edit(f)) {
            return null;
        }
        // The chosen category leads; the others a request already had stay after it.
        List<String> categories = new ArrayList<>();
        categories.add(f.value("category"));
        if (r != null) {
            r.categories().stream().filter(c -> !categories.contains(c)).forEach(categories::add);
        }
        Request saved = new Request(id != null ? id : RecordService.newId(f.value("meeting") + "-r"),
                Direction.valueOf(f.value("direction")), categories, f.value("text"),
                RequestStatus.valueOf(f.value("status")), r == null ? null : r.threadKey(), r == null ? null : r.sourceId(),
                r == null ? List.of() : r.followUps(), f.date("due"));
        String target = f.value("meeting");
        String textEn = englishOf(EnglishRendering.REQUEST, id);
        String textEnNow = f.value("textEn");
        boolean sensitiveNow = f.checked("sensitive");
        // The mark is its own change, made after the request is saved (a new request exists only then).
        Runnable english = () -> {
            saveEnglish(EnglishRendering.REQUEST, saved.id(), textEn, saved.text(), textEnNow);
            if (sensitiveNow != wasSensitive) {
                sensitive.set("request", saved.id(), sensitiveNow);
            }
        };
        java.util.function.Function<PairRecords, String> theirs = fresh -> fresh.meetings().stream()
                .flatMap(x -> x.requests().stream()).filter(x -> x.id().equals(saved.id())).findFirst()
                .map(this::describe).orElse("");
        if (version != null && target.equals(owner.id()) && !f.changedBesides("sensitive")) {
            // Only the box: the mark alone, checked against the meeting's version the form was opened at.
            return new VersionedWrite(version, basedOn -> sensitive.set("request", saved.id(), sensitiveNow, basedOn),
                    () -> sensitive.set("request", saved.id(), sensitiveNow), describe(saved), theirs);
        }
        if (version != null && target.equals(owner.id())) {
            return new VersionedWrite(version, basedOn -> {
                records.saveRequest(target, saved, basedOn);
                english.run();
            }, () -> {
                records.saveRequest(target, withStoredFollowUps(target, saved));
                english.run();
            }, describe(saved), theirs);
        }
        return () -> {
            if (!target.equals(owner.id())) {
                records.deleteRequest(owner.id(), saved.id());
            }
            records.saveRequest(target, saved);
            english.run();
        };
    }

    /**
     * Overwriting keeps the follow-ups stored now: they are dated entries a colleague may have added meanwhile, not a
     * field of the form (which carries them unchanged), so "mine" never removes one.
     */
    private Request withStoredFollowUps(String meetingId, Request mine) {
        return records.meeting(meetingId).requests().stream().filter(x -> x.id().equals(mine.id())).findFirst()
                .map(now -> new Request(mine.id(), mine.direction(), mine.categories(), mine.text(), mine.status(),
                        mine.threadKey(), mine.sourceId(), now.followUps(), mine.due()))
                .orElse(mine);
    }

    /** A request as the two versions of a refused save show it. */
    private String describe(Request r) {
        // The due date too: it is a field of the form, and the officer's own change may be only that.
        return r.text() + "\n" + t.requestStatus(r.status()) + " · " + r.direction().arrow()
                + (r.due().known() ? " · " + t.date(r.due()) : "");
    }

    private String describe(Gift g, PairRecords s) {
        return g.item() + "\n" + g.direction().arrow() + " " + s.who(g.giverPersonId(), g.giverText()) + " → "
                + s.who(g.receiverPersonId(), g.receiverText());
    }

    private String describe(Agreement a) {
        return a.title() + "\n" + t.date(a.signedOn()) + " · " + t.agreementStatus(a.status())
                + (a.parties() == null ? "" : " · " + a.parties());
    }

    Runnable gift(PairRecords s, String id) {
        return gift(s, id, null);
    }

    Runnable gift(PairRecords s, String id, Long version) {
        if (noMeeting(s)) {
            return null;
        }
        Meeting owner = id == null ? s.meetings().get(0) : s.meetingOfGift(id);
        Gift g = id == null ? null : owner.gifts().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        String giver = g == null ? null : s.who(g.giverPersonId(), g.giverText());
        String receiver = g == null ? null : s.who(g.receiverPersonId(), g.receiverText());
        RecordForm f = new RecordForm(title(id, "rec.newGift", "rec.editGift"), t.messages().lang())
                .choice("meeting", t.get("rec.meeting"), owner.id(), t.meetings(s))
                .choice("direction", t.get("rec.direction"), g == null ? null : g.direction().name(), RecordText.directions())
                .text("item", t.get("rec.item"), g == null ? null : g.item(), true)
                .text("giver", t.get("rec.giver"), giver, false)
                .text("receiver", t.get("rec.receiver"), receiver, false);
        if (!dialogs.edit(f)) {
            return null;
        }
        // A giver or receiver left as shown keeps its link to the person; a changed one is kept as text.
        boolean sameGiver = g != null && Text.key(giver).equals(Text.key(RecordText.nz(f.value("giver"))));
        boolean sameReceiver = g != null && Text.key(receiver).equals(Text.key(RecordText.nz(f.value("receiver"))));
        Gift saved = new Gift(g != null ? g.id() : RecordService.newId(f.value("meeting") + "-g"), f.value("item"),
                Direction.valueOf(f.value("direction")), sameGiver ? g.giverPersonId() : null,
                sameGiver ? g.giverText() : f.value("giver"), sameReceiver ? g.receiverPersonId() : null,
                sameReceiver ? g.receiverText() : f.value("receiver"), g == null ? null : g.sourceId());
        String target = f.value("meeting");
        if (version != null && target.equals(owner.id())) {
            return new VersionedWrite(version, basedOn -> records.saveGift(target, saved, basedOn),
                    () -> records.saveGift(target, saved), describe(saved, s),
                    fresh -> fresh.meetings().stream().flatMap(x -> x.gifts().stream())
                            .filter(x -> x.id().equals(saved.id())).findFirst().map(x -> describe(x, fresh)).orElse(""));
        }
        return () -> {
            if (!target.equals(owner.id())) {
                records.deleteGift(owner.id(), saved.id());
            }
            records.saveGift(target, saved);
        };
    }

    Runnable agreement(PairRecords s, String id) {
        return agreement(s, id, null);
    }

    Runnable agreement(PairRecords s, String id, Long version) {
        SelectedPair pair = s.pair();
        Agreement a = id == null ? null : s.agreement(id);
        RecordForm f = new RecordForm(title(id, "rec.newAgreement", "rec.editAgreement"), t.messages().lang())
                .text("title", t.get("rec.title"), a == null ? null : a.title(), true)
                .text("titleEn", t.get("rec.titleEn"), englishOf(EnglishRendering.AGREEMENT, id), false)
                .choice("kind", t.get("rec.kind"), a == null ? "agreement" : a.kind(), List.of(
                        new Choice("mou", t.get("agreement.mou")), new Choice("agreement", t.get("agreement.agreement")),
                        new Choice("friendship", t.get("agreement.friendship"))))
                .date("signedOn", t.get("rec.signedOn"), a == null ? null : a.signedOn(), false)
                .text("parties", t.get("rec.parties"), a == null ? null : a.parties(), false)
                .text("fields", t.get("rec.fields"), a == null ? null : a.fields(), false)
                .choice("status", t.get("rec.status"), a == null ? "signed" : a.status(),
                        t.agreementStatuses(a == null ? null : a.status()))
                .choice("meeting", t.get("rec.meeting"), a == null ? "" : RecordText.nz(a.meetingId()), t.meetingsOrNone(s));
        if (!dialogs.edit(f)) {
            return null;
        }
        Agreement saved = new Agreement(id != null ? id : RecordService.newId("agr-" + pair.provinceId()),
                f.value("meeting"), pair.provinceId(), a == null ? pair.province().nameVi() : a.provinceAsWritten(),
                pair.partnerId(), f.value("kind"), f.value("title"), f.date("signedOn"), f.value("parties"),
                f.value("fields"), f.value("status"), a == null ? null : a.sourceId());
        String titleEn = englishOf(EnglishRendering.AGREEMENT, id);
        String titleEnNow = f.value("titleEn");
        Runnable english = () -> saveEnglish(EnglishRendering.AGREEMENT, saved.id(), titleEn, saved.title(), titleEnNow);
        if (version != null) {
            return new VersionedWrite(version, basedOn -> {
                records.saveAgreement(saved, basedOn);
                english.run();
            }, () -> {
                records.saveAgreement(saved);
                english.run();
            }, describe(saved), fresh -> {
                        Agreement now = fresh.agreement(saved.id());
                        return now == null ? "" : describe(now);
                    });
        }
        return () -> {
            records.saveAgreement(saved);
            english.run();
        };
    }

    Runnable aid(PairRecords s, String id) {
        return facts.aid(s, id);
    }

    Runnable figure(PairRecords s, String id) {
        return facts.figure(s, id);
    }

    Runnable link(PairRecords s, String id) {
        return facts.link(s, id);
    }

    Runnable sensitivity(PairRecords s, String id) {
        return facts.sensitivity(s, id);
    }

    /** A person with their posts as rows: post, organisation, from, to (dates day first, as the window writes them). */
    Runnable person(PairRecords s, String id) {
        return people.person(s, id, null);
    }

    Runnable person(PairRecords s, String id, Long version) {
        return people.person(s, id, version);
    }

    private boolean noMeeting(PairRecords s) {
        if (s.meetings().isEmpty()) {
            dialogs.showError(t.get("error.title"), t.get("rec.noMeeting"));
            return true;
        }
        return false;
    }
}

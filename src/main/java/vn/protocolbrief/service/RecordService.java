package vn.protocolbrief.service;

import java.util.List;
import java.util.UUID;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LocalityLink;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.Sensitivity;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.store.Work;

/**
 * Creating, changing and deleting single records, each in one transaction, keeping the search index in
 * step. Requests and gifts belong to their meeting, so they are changed through it ({@link MeetingParts}).
 */
public final class RecordService {
    private final Store store;
    private final MeetingParts parts;

    public RecordService(Store store) {
        this.store = store;
        this.parts = new MeetingParts(store);
    }

    /** A fresh id for a record made by hand: a readable prefix and a random tail. */
    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Meeting meeting(String id) {
        return store.reading(work -> meeting(work, id));
    }

    /** A record and the version it was read at (see {@link #stamp}), read together. */
    public record Versioned<T>(T record, long version) {
    }

    public Versioned<Meeting> meetingVersioned(String id) {
        return store.snapshotting(work -> new Versioned<>(meeting(work, id), work.stamp("meeting", id).version()));
    }

    static Meeting meeting(Work work, String id) {
        return work.meetings().byId(id).orElseThrow(() -> new StoreException(UserProblem.Code.NO_MEETING, id));
    }

    /** Saves a meeting typed or corrected in a form: the person who entered it has read it, so it is reviewed. */
    public void saveMeeting(Meeting m) {
        store.writing(work -> {
            logged(work, "meeting", m.id(), label(m), () -> {
                work.meetings().save(m);
                work.saveReview(MeetingReviews.review(m.id(), work.actor().name()));
            });
            return null;
        });
    }

    /**
     * Saves a meeting edited from the version {@code basedOn} (see {@link #stamp}); refused with who changed it and
     * when if it was changed since, so that nothing they did is overwritten.
     */
    public void saveMeeting(Meeting m, long basedOn) {
        store.writing(work -> {
            work.requireVersion("meeting", m.id(), basedOn, "Meeting " + m.id());
            logged(work, "meeting", m.id(), label(m), () -> {
                work.meetings().save(m);
                work.saveReview(MeetingReviews.review(m.id(), work.actor().name()));
            });
            return null;
        });
    }

    /** Deletes a meeting with its participants, requests and gifts; agreements and aid it led to are kept. */
    public void deleteMeeting(String id) {
        store.writing(work -> {
            Meeting m = meeting(work, id);
            var change = work.changing("meeting", id);
            work.meetings().delete(m);
            change.record("delete", "meeting", id, label(m));
            return null;
        });
    }

    /** Adds the request to its meeting, or replaces the one with the same id. */
    public void saveRequest(String meetingId, Request r) {
        saveRequest(meetingId, r, null);
    }

    /** Sets a request's status and records the dated note that explains it. */
    public void followUp(String requestId, vn.protocolbrief.domain.FollowUp followUp) {
        parts.followUp(requestId, followUp);
    }

    /** Sets the day a request is to be answered by (an unknown date clears it); undone like any edit. */
    public void setDue(String requestId, vn.protocolbrief.domain.PartialDate due) {
        parts.setDue(requestId, due);
    }

    /** The kinds {@link #delete} takes, as the command line's help and the refusal name them. */
    public static final String DELETABLE_KINDS =
            "meeting, request, gift, commitment, agreement, aid, person, figure, link or sensitivity";

    /** Deletes one record of a kind of {@link #DELETABLE_KINDS}. */
    public void delete(String kind, String id) {
        switch (kind) {
            case "meeting" -> deleteMeeting(id);
            case "request" -> deleteRequest(meetingOfRequest(id), id);
            case "gift" -> deleteGift(meetingOf("gift", id), id);
            case "agreement" -> deleteAgreement(id);
            case "aid" -> deleteAid(id);
            case "person" -> deletePerson(id);
            case "figure" -> deleteFigure(id);
            case "link" -> deleteLink(id);
            case "sensitivity" -> deleteSensitivity(id);
            case "commitment" -> new CommitmentService(store).delete(id);
            default -> throw new StoreException(UserProblem.Code.UNKNOWN_DELETABLE_KIND, kind, DELETABLE_KINDS);
        }
    }

    public String meetingOfRequest(String requestId) {
        return meetingOf("request", requestId);
    }

    /** The meeting a request or a gift belongs to. */
    private String meetingOf(String table, String id) {
        return store.reading(work -> work.meetings().meetingOf(table, id))
                .orElseThrow(() -> new StoreException(UserProblem.Code.NO_RECORD_OF_KIND, table, id));
    }

    public void deleteRequest(String meetingId, String requestId) {
        parts.deleteRequest(meetingId, requestId);
    }

    public void saveGift(String meetingId, Gift g) {
        saveGift(meetingId, g, null);
    }

    /**
     * The version a form's save is checked against: a request's or a gift's is its meeting's (they are stored and
     * changed with it), the others' their own. Read before the record, so that a change in between is refused.
     */
    public long versionForEdit(String kind, String id) {
        return store.reading(work -> switch (kind) {
            case "request", "gift" -> work.stamp("meeting", work.meetings().meetingOf(kind, id).orElse("")).version();
            default -> work.stamp(kind, id).version();
        });
    }

    /** Saves a request edited from its meeting's version {@code basedOn}; refused when the meeting changed since. */
    public void saveRequest(String meetingId, Request r, Long basedOn) {
        parts.saveRequest(meetingId, r, basedOn);
    }

    /** Saves a gift edited from its meeting's version {@code basedOn} (null: unchecked). */
    public void saveGift(String meetingId, Gift g, Long basedOn) {
        parts.saveGift(meetingId, g, basedOn);
    }

    public void deleteGift(String meetingId, String giftId) {
        parts.deleteGift(meetingId, giftId);
    }

    public void saveAgreement(Agreement a) {
        saveAgreement(a, null);
    }

    /** Saves an agreement edited from its version {@code basedOn} (null: unchecked). */
    public void saveAgreement(Agreement a, Long basedOn) {
        saveLogged("agreement", a.id(), a.title(), basedOn, work -> work.facts().save(a));
    }

    public void deleteAgreement(String id) {
        deleteFact("agreement", id);
    }

    public void saveAid(AidProject a) {
        saveLogged("aid", a.id(), a.title(), work -> work.facts().save(a));
    }

    public void deleteAid(String id) {
        deleteFact("aid", id);
    }

    public void saveFigure(KeyFigure k) {
        saveLogged("figure", k.id(), k.label(), work -> work.facts().save(k));
    }

    public void deleteFigure(String id) {
        deleteFact("figure", id);
    }

    public void saveLink(LocalityLink l) {
        saveLogged("link", l.id(), l.kind(), work -> work.facts().save(l));
    }

    public void deleteLink(String id) {
        deleteFact("link", id);
    }

    public void saveSensitivity(Sensitivity x) {
        saveLogged("sensitivity", x.id(), x.text(), work -> work.facts().save(x));
    }

    public void deleteSensitivity(String id) {
        deleteFact("sensitivity", id);
    }

    /** How many meetings a person takes part in (a person at a meeting cannot be deleted). */
    public int meetingsOf(String personId) {
        return store.reading(work -> work.persons().meetingCount(personId));
    }

    public void savePerson(Person p) {
        savePerson(p, null);
    }

    /** Saves a person edited from their version {@code basedOn} (null: unchecked). */
    public void savePerson(Person p, Long basedOn) {
        saveLogged("person", p.id(), p.protocolName(), basedOn, work -> work.persons().save(p));
    }

    /** Deletes a person who takes part in no meeting; otherwise says where they appear and changes nothing. */
    public void deletePerson(String id) {
        store.writing(work -> {
            int meetings = work.persons().meetingCount(id);
            if (meetings > 0) {
                throw new StoreException(UserProblem.Code.PERSON_IN_MEETINGS, meetings);
            }
            int visits = work.persons().visitCount(id);
            if (visits > 0) {
                throw new StoreException(UserProblem.Code.PERSON_IN_VISITS, visits);
            }
            String name = work.persons().byIds(List.of(id)).stream().map(Person::protocolName).findFirst()
                    .orElseThrow(() -> new StoreException(UserProblem.Code.NO_PERSON, id));
            var change = work.changing("person", id);
            work.persons().delete(id);
            change.record("delete", "person", id, name);
            return null;
        });
    }

    /** Deletes an agreement, aid project, key figure, locality link or sensitivity ({@link Work#facts}). */
    private void deleteFact(String kind, String id) {
        store.writing(work -> {
            var change = work.changing(kind, id);
            String label = work.facts().label(kind, id).orElse(id);
            if (!work.facts().delete(kind, id)) {
                throw new StoreException(UserProblem.Code.NO_RECORD, id);
            }
            change.record("delete", kind, id, label);
            return null;
        });
    }

    /** Writes a record, recording the change (a creation when the record had no rows before). */
    private static void logged(Work work, String kind, String id, String label, Runnable write) {
        var change = work.changing(kind, id);
        write.run();
        change.record(change.creates() ? "create" : "edit", kind, id, label);
    }

    // ---- the change log: Ctrl+Z, the trash, a record's history, versions --------------------------------------

    /** A change that can be undone; a deletion not undone is in the trash. */
    public record Change(long id, String at, String action, String kind, String refId, String label, String actor) {
    }

    private void saveLogged(String kind, String id, String label, java.util.function.Consumer<Work> write) {
        saveLogged(kind, id, label, null, write);
    }

    private void saveLogged(String kind, String id, String label, Long basedOn, java.util.function.Consumer<Work> write) {
        store.writing(work -> {
            if (basedOn != null) {
                work.requireVersion(kind, id, basedOn, kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                        + kind.substring(1) + " " + id);
            }
            logged(work, kind, id, label == null ? id : label, () -> write.accept(work));
            return null;
        });
    }

    /** What a meeting is called in the change log and the trash. */
    static String label(Meeting m) {
        return (m.date().known() ? m.date().display() + " · " : "") + (m.title() == null ? m.id() : m.title());
    }

    /** A record's version (0 before it was first changed here) and who made and last changed it, and when. */
    public Stamp stamp(String kind, String id) {
        Work.requireKnownKind(kind);
        Work.RecordStamp s = store.reading(work -> work.stamp(kind, id));
        return new Stamp(s.version(), s.createdBy(), s.createdAt(), s.changedBy(), s.changedAt());
    }

    /** See {@link #stamp}. */
    public record Stamp(long version, String createdBy, String createdAt, String changedBy, String changedAt) {
    }

    /** Whose latest change {@link #undoLast} takes back: the officer's (any session), or this session's only. */
    public enum UndoScope { OFFICER, SESSION }

    /** The latest change by hand of this store's officer not undone yet, if any (see {@link UndoScope#OFFICER}). */
    public java.util.Optional<Change> lastChange() {
        return lastChange(UndoScope.OFFICER);
    }

    public java.util.Optional<Change> lastChange(UndoScope scope) {
        return store.reading(work -> work.lastChange(scope == UndoScope.SESSION)).map(RecordService::change);
    }

    /** The deleted records that can be restored, the latest first (whoever deleted them). */
    public List<Change> trash() {
        return store.reading(Work::trash).stream().map(RecordService::change).toList();
    }

    /**
     * Undoes one change, in one transaction: exactly the rows it added, removed or changed are put back as they were,
     * or nothing at all when a later change depends on them (the message says which and whose).
     */
    public Change undo(long changeId) {
        return change(store.writing(work -> work.undo(changeId)));
    }

    /** Undoes the officer's latest change; empty when there is nothing to undo. */
    public java.util.Optional<Change> undoLast() {
        return undoLast(UndoScope.OFFICER);
    }

    /** Undoes the latest change of the officer or of this session, in one transaction with finding it. */
    public java.util.Optional<Change> undoLast(UndoScope scope) {
        return store.writing(work -> work.lastChange(scope == UndoScope.SESSION).map(c -> work.undo(c.id())))
                .map(RecordService::change);
    }

    /** One entry of a record's history: who, when, what, and which fields of which rows. */
    public record HistoryEntry(long change, String at, String actor, String action, String label, boolean undone,
                               List<String> fields, String roadBy, String roadAt) {
        /** A change made in this store (not brought by a travel sync). */
        public HistoryEntry(long change, String at, String actor, String action, String label, boolean undone,
                            List<String> fields) {
            this(change, at, actor, action, label, undone, fields, null, null);
        }

        /** Whether a travel sync brought it: made by {@code roadBy} on a travel copy, synced by {@code actor}. */
        public boolean fromTheRoad() {
            return roadBy != null;
        }
    }

    /** A record's changes, the oldest first. */
    public List<HistoryEntry> history(String kind, String id) {
        return store.reading(work -> work.history(kind, id)).stream().map(e -> new HistoryEntry(e.change(), e.at(),
                e.actor(), e.action(), e.label(), e.undone(), e.fields(), e.roadBy(), e.roadAt())).toList();
    }

    private static Change change(Work.LoggedChange c) {
        return new Change(c.id(), c.at(), c.action(), c.kind(), c.refId(), c.label(), c.actor());
    }
}

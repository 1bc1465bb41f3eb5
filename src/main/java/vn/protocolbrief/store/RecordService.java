package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LocalityLink;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.Sensitivity;

/**
 * Creating, changing and deleting single records, each in one transaction, keeping the search index in
 * step. Requests and gifts belong to their meeting, so they are changed through it.
 */
public final class RecordService {
    private final Store store;
    private final Repositories repos = new Repositories();
    private final SearchIndex search = new SearchIndex();
    private final ChangeLog changes = new ChangeLog(new RecordRows());
    private final Undoing undoing;
    private final CommitmentRepository commitments = new CommitmentRepository();

    public RecordService(Store store) {
        this.store = store;
        this.undoing = new Undoing(store, changes, repos);
    }

    /** A fresh id for a record made by hand: a readable prefix and a random tail. */
    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Meeting meeting(String id) {
        return store.read(h -> meeting(h, id));
    }

    /** A record and the version it was read at (see {@link #stamp}), read together. */
    public record Versioned<T>(T record, long version) {
    }

    public Versioned<Meeting> meetingVersioned(String id) {
        return store.snapshot(h -> new Versioned<>(meeting(h, id), ChangeLog.stamp(h, "meeting", id).version()));
    }

    private Meeting meeting(Handle h, String id) {
        return repos.meetings().byId(h, id).orElseThrow(() -> new StoreException("No meeting with id " + id + "."));
    }

    /** Saves a meeting typed or corrected in a form: the person who entered it has read it, so it is reviewed. */
    public void saveMeeting(Meeting m) {
        store.write(h -> {
            logged(h, "meeting", m.id(), label(m), () -> {
                repos.meetings().upsert(h, m);
                new MeetingReviewRepository().upsert(h, MeetingReviews.review(m.id(), store.actor().name()));
            });
            return null;
        });
    }

    /**
     * Saves a meeting edited from the version {@code basedOn} (see {@link #stamp}); refused with who changed it and
     * when if it was changed since, so that nothing they did is overwritten.
     */
    public void saveMeeting(Meeting m, long basedOn) {
        store.write(h -> {
            ChangeLog.requireVersion(h, "meeting", m.id(), basedOn, "Meeting " + m.id());
            logged(h, "meeting", m.id(), label(m), () -> {
                repos.meetings().upsert(h, m);
                new MeetingReviewRepository().upsert(h, MeetingReviews.review(m.id(), store.actor().name()));
            });
            return null;
        });
    }

    /** Deletes a meeting with its participants, requests and gifts; agreements and aid it led to are kept. */
    public void deleteMeeting(String id) {
        store.write(h -> {
            Meeting m = meeting(h, id);
            var before = changes.before(h, List.of(new RecordRows.Ref("meeting", id)));
            m.requests().forEach(r -> search.remove(h, SearchIndex.Kind.REQUEST, r.id()));
            search.remove(h, SearchIndex.Kind.MEETING, id);
            h.execute("DELETE FROM meeting WHERE id = ?", id);
            changes.record(h, before, store.actor(), "delete", "meeting", id, label(m));
            return null;
        });
    }

    /** Adds the request to its meeting, or replaces the one with the same id. */
    public void saveRequest(String meetingId, Request r) {
        saveRequest(meetingId, r, null);
    }

    /** Sets a request's status and records the dated note that explains it. */
    public void followUp(String requestId, vn.protocolbrief.domain.FollowUp followUp) {
        if (followUp.note() == null || followUp.note().isBlank()) {
            throw new StoreException("A status change needs a note saying why.");
        }
        store.write(h -> {
            String meetingId = h.createQuery("SELECT meeting_id FROM request WHERE id = ?").bind(0, requestId)
                    .mapTo(String.class).findOne().orElseThrow(() -> new StoreException("No request with id " + requestId + "."));
            var before = changes.before(h, List.of(new RecordRows.Ref("meeting", meetingId)));
            repos.meetings().addFollowUp(h, requestId, followUp);
            changes.record(h, before, store.actor(), "edit", "meeting", meetingId, followUp.note());
            return null;
        });
    }

    /** Sets the day a request is to be answered by (an unknown date clears it); undone like any edit. */
    public void setDue(String requestId, vn.protocolbrief.domain.PartialDate due) {
        if (due.known() && due.precision() != vn.protocolbrief.domain.DatePrecision.DAY) {
            throw new StoreException("A request's due date is a day (write 31/01/2027).");
        }
        store.write(h -> {
            String meetingId = h.createQuery("SELECT meeting_id FROM request WHERE id = ?").bind(0, requestId)
                    .mapTo(String.class).findOne().orElseThrow(() -> new StoreException("No request with id " + requestId + "."));
            var before = changes.before(h, List.of(new RecordRows.Ref("meeting", meetingId)));
            repos.meetings().setDue(h, requestId, due);
            changes.record(h, before, store.actor(), "edit", "meeting", meetingId,
                    due.known() ? "due " + due.display() : "no due date");
            return null;
        });
    }

    /** Deletes one record of a kind: meeting, request, gift, agreement, aid, person, figure, link, sensitivity. */
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
            default -> throw new StoreException("Unknown kind '" + kind + "': use meeting, request, gift, commitment,"
                    + " agreement, aid, person, figure, link or sensitivity.");
        }
    }

    public String meetingOfRequest(String requestId) {
        return meetingOf("request", requestId);
    }

    /** The meeting a request or a gift belongs to. */
    private String meetingOf(String table, String id) {
        return store.read(h -> h.createQuery("SELECT meeting_id FROM " + table + " WHERE id = ?").bind(0, id)
                .mapTo(String.class).findOne().orElseThrow(() -> new StoreException("No " + table + " with id " + id + ".")));
    }

    public void deleteRequest(String meetingId, String requestId) {
        changeMeeting(meetingId, m -> withRequestsAndGifts(m, m.requests().stream()
                .filter(r -> !r.id().equals(requestId)).toList(), m.gifts()));
    }

    public void saveGift(String meetingId, Gift g) {
        saveGift(meetingId, g, null);
    }

    /**
     * The version a form's save is checked against: a request's or a gift's is its meeting's (they are stored and
     * changed with it), the others' their own. Read before the record, so that a change in between is refused.
     */
    public long versionForEdit(String kind, String id) {
        return store.read(h -> switch (kind) {
            case "request", "gift" -> ChangeLog.stamp(h, "meeting", h.createQuery("SELECT meeting_id FROM " + kind
                    + " WHERE id = ?").bind(0, id).mapTo(String.class).findOne().orElse("")).version();
            default -> ChangeLog.stamp(h, kind, id).version();
        });
    }

    /** Saves a request edited from its meeting's version {@code basedOn}; refused when the meeting changed since. */
    public void saveRequest(String meetingId, Request r, Long basedOn) {
        changeMeeting(meetingId, basedOn, m -> {
            List<Request> list = new ArrayList<>(m.requests());
            replaceOrAdd(list, r, x -> x.id().equals(r.id()));
            return withRequestsAndGifts(m, list, m.gifts());
        });
    }

    /** Saves a gift edited from its meeting's version {@code basedOn} (null: unchecked). */
    public void saveGift(String meetingId, Gift g, Long basedOn) {
        changeMeeting(meetingId, basedOn, m -> {
            List<Gift> list = new ArrayList<>(m.gifts());
            replaceOrAdd(list, g, x -> x.id().equals(g.id()));
            return withRequestsAndGifts(m, m.requests(), list);
        });
    }

    public void deleteGift(String meetingId, String giftId) {
        changeMeeting(meetingId, m -> withRequestsAndGifts(m, m.requests(), m.gifts().stream()
                .filter(g -> !g.id().equals(giftId)).toList()));
    }

    public void saveAgreement(Agreement a) {
        saveAgreement(a, null);
    }

    /** Saves an agreement edited from its version {@code basedOn} (null: unchecked). */
    public void saveAgreement(Agreement a, Long basedOn) {
        saveLogged("agreement", a.id(), a.title(), basedOn, h -> repos.agreements().upsert(h, a));
    }

    public void deleteAgreement(String id) {
        deleteRow("agreement", id);
    }

    public void saveAid(AidProject a) {
        saveLogged("aid", a.id(), a.title(), h -> repos.aidProjects().upsert(h, a));
    }

    public void deleteAid(String id) {
        deleteRow("aid_project", id);
    }

    public void saveFigure(KeyFigure k) {
        saveLogged("figure", k.id(), k.label(), h -> repos.keyFigures().upsert(h, k));
    }

    public void deleteFigure(String id) {
        deleteRow("key_figure", id);
    }

    public void saveLink(LocalityLink l) {
        saveLogged("link", l.id(), l.kind(), h -> repos.localityLinks().upsert(h, l));
    }

    public void deleteLink(String id) {
        deleteRow("locality_link", id);
    }

    public void saveSensitivity(Sensitivity x) {
        saveLogged("sensitivity", x.id(), x.text(), h -> repos.sensitivities().upsert(h, x));
    }

    public void deleteSensitivity(String id) {
        deleteRow("sensitivity", id);
    }

    /** How many meetings a person takes part in (a person at a meeting cannot be deleted). */
    public int meetingsOf(String personId) {
        return store.read(h -> h.createQuery("SELECT count(DISTINCT meeting_id) FROM participant WHERE person_id = ?")
                .bind(0, personId).mapTo(Integer.class).one());
    }

    public void savePerson(Person p) {
        savePerson(p, null);
    }

    /** Saves a person edited from their version {@code basedOn} (null: unchecked). */
    public void savePerson(Person p, Long basedOn) {
        saveLogged("person", p.id(), p.protocolName(), basedOn, h -> repos.persons().upsert(h, p));
    }

    /** Deletes a person who takes part in no meeting; otherwise says where they appear and changes nothing. */
    public void deletePerson(String id) {
        store.write(h -> {
            int meetings = h.createQuery("SELECT count(DISTINCT meeting_id) FROM participant WHERE person_id = ?")
                    .bind(0, id).mapTo(Integer.class).one();
            if (meetings > 0) {
                throw new StoreException("This person takes part in " + meetings
                        + " meeting(s); remove them from those meetings first.");
            }
            int visits = repos.visits().visitsWith(h, id);
            if (visits > 0) {
                throw new StoreException("This person is expected at " + visits
                        + " coming visit(s); remove them from those visits first.");
            }
            String name = repos.persons().byIds(h, List.of(id)).stream().map(Person::protocolName).findFirst()
                    .orElseThrow(() -> new StoreException("No person with id " + id + "."));
            var before = changes.before(h, List.of(new RecordRows.Ref("person", id)));
            h.execute("UPDATE gift SET giver_person_id = NULL WHERE giver_person_id = ?", id);
            h.execute("UPDATE gift SET receiver_person_id = NULL WHERE receiver_person_id = ?", id);
            search.remove(h, SearchIndex.Kind.PERSON, id);
            h.execute("DELETE FROM person WHERE id = ?", id);
            changes.record(h, before, store.actor(), "delete", "person", id, name);
            return null;
        });
    }

    private void deleteRow(String table, String id) {
        String kind = switch (table) {
            case "aid_project" -> "aid";
            case "key_figure" -> "figure";
            case "locality_link" -> "link";
            default -> table;
        };
        store.write(h -> {
            var before = changes.before(h, List.of(new RecordRows.Ref(kind, id)));
            String label = labelOf(h, table, id);
            if (h.execute("DELETE FROM " + table + " WHERE id = ?", id) == 0) {
                throw new StoreException("No record with id " + id + ".");
            }
            changes.record(h, before, store.actor(), "delete", kind, id, label);
            return null;
        });
    }

    private void changeMeeting(String meetingId, UnaryOperator<Meeting> change) {
        changeMeeting(meetingId, null, change);
    }

    private void changeMeeting(String meetingId, Long basedOn, UnaryOperator<Meeting> change) {
        store.write(h -> {
            if (basedOn != null) {
                ChangeLog.requireVersion(h, "meeting", meetingId, basedOn, "Meeting " + meetingId);
            }
            var before = changes.before(h, List.of(new RecordRows.Ref("meeting", meetingId)));
            Meeting changed = change.apply(meeting(h, meetingId));
            repos.meetings().upsert(h, changed);
            changes.record(h, before, store.actor(), "edit", "meeting", meetingId, label(changed));
            return null;
        });
    }

    /**
     * For the services of other kinds of record that change a meeting or a record in their caller's transaction
     * (commitments, reviews): the record's rows before the change; pass them to {@link #changed} after it.
     */
    ChangeLog.Before changeStart(Handle h, String kind, String id) {
        return changes.before(h, List.of(new RecordRows.Ref(kind, id)));
    }

    /** Records the change made since {@link #changeStart}, by this store's officer (see ADR 0011). */
    void changed(Handle h, ChangeLog.Before before, String action, String kind, String id, String label) {
        changes.record(h, before, store.actor(), action, kind, id, label);
    }

    /** Writes a record, recording the change (a creation when the record had no rows before). */
    private void logged(Handle h, String kind, String id, String label, Runnable write) {
        var before = changes.before(h, List.of(new RecordRows.Ref(kind, id)));
        write.run();
        changes.record(h, before, store.actor(), before.of(new RecordRows.Ref(kind, id)).isEmpty() ? "create" : "edit",
                kind, id, label);
    }

    // ---- the change log: Ctrl+Z, the trash, a record's history, versions --------------------------------------

    /** A change that can be undone; a deletion not undone is in the trash. */
    public record Change(long id, String at, String action, String kind, String refId, String label, String actor) {
    }

    private void saveLogged(String kind, String id, String label, java.util.function.Consumer<Handle> write) {
        saveLogged(kind, id, label, null, write);
    }

    private void saveLogged(String kind, String id, String label, Long basedOn, java.util.function.Consumer<Handle> write) {
        store.write(h -> {
            if (basedOn != null) {
                ChangeLog.requireVersion(h, kind, id, basedOn, kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                        + kind.substring(1) + " " + id);
            }
            logged(h, kind, id, label == null ? id : label, () -> write.accept(h));
            return null;
        });
    }

    static String label(Meeting m) {
        return (m.date().known() ? m.date().display() + " · " : "") + (m.title() == null ? m.id() : m.title());
    }

    /** What a deleted row is called in the trash. */
    private static String labelOf(Handle h, String table, String id) {
        String column = switch (table) {
            case "agreement", "aid_project" -> "title";
            case "key_figure" -> "label";
            case "locality_link" -> "kind";
            case "sensitivity" -> "text";
            default -> "id";
        };
        return h.createQuery("SELECT " + column + " FROM " + table + " WHERE id = ?").bind(0, id).mapTo(String.class)
                .findOne().orElse(id);
    }

    /** A record's version (0 before it was first changed here) and who made and last changed it, and when. */
    public Stamp stamp(String kind, String id) {
        RecordRows.parts(kind);
        ChangeLog.Stamp s = store.read(h -> ChangeLog.stamp(h, kind, id));
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
        return store.read(h -> undoing.last(h, store.actor(), scope));
    }

    /** The deleted records that can be restored, the latest first (whoever deleted them). */
    public List<Change> trash() {
        return store.read(undoing::trash);
    }

    /**
     * Undoes one change, in one transaction: exactly the rows it added, removed or changed are put back as they were,
     * or nothing at all when a later change depends on them (the message says which and whose).
     */
    public Change undo(long changeId) {
        return store.write(h -> undoing.undo(h, changeId, store.actor()));
    }

    /** Undoes the officer's latest change; empty when there is nothing to undo. */
    public java.util.Optional<Change> undoLast() {
        return undoLast(UndoScope.OFFICER);
    }

    /** Undoes the latest change of the officer or of this session, in one transaction with finding it. */
    public java.util.Optional<Change> undoLast(UndoScope scope) {
        return store.write(h -> undoing.last(h, store.actor(), scope).map(c -> undoing.undo(h, c.id(), store.actor())));
    }

    /** One entry of a record's history: who, when, what, and which fields of which rows. */
    public record HistoryEntry(long change, String at, String actor, String action, String label, boolean undone,
                               List<String> fields) {
    }

    /** A record's changes, the oldest first. */
    public List<HistoryEntry> history(String kind, String id) {
        RecordRows.parts(kind);
        return store.read(h -> undoing.history(h, kind, id));
    }

    private static Meeting withRequestsAndGifts(Meeting m, List<Request> requests, List<Gift> gifts) {
        return new Meeting(m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), m.venue(), m.partnerId(), m.title(),
                m.summary(), m.outcome(), m.sourceIds(), m.participants(), requests, gifts);
    }

    private static <T> void replaceOrAdd(List<T> list, T item, java.util.function.Predicate<T> same) {
        for (int i = 0; i < list.size(); i++) {
            if (same.test(list.get(i))) {
                list.set(i, item);
                return;
            }
        }
        list.add(item);
    }
}

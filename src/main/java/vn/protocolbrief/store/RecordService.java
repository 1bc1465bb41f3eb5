package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.Archive;
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
    private final CommitmentRepository commitments = new CommitmentRepository();

    public RecordService(Store store) {
        this.store = store;
    }

    /** A fresh id for a record made by hand: a readable prefix and a random tail. */
    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Meeting meeting(String id) {
        return store.read(h -> meeting(h, id));
    }

    private Meeting meeting(Handle h, String id) {
        return repos.meetings().byId(h, id).orElseThrow(() -> new StoreException("No meeting with id " + id + "."));
    }

    public void saveMeeting(Meeting m) {
        store.write(h -> {
            Archive before = snapshot(h, "meeting", m.id());
            repos.meetings().upsert(h, m);
            log(h, before == null ? "create" : "edit", "meeting", m.id(), label(m), before);
            return null;
        });
    }

    /** Deletes a meeting with its participants, requests and gifts; agreements and aid it led to are kept. */
    public void deleteMeeting(String id) {
        store.write(h -> {
            Meeting m = meeting(h, id);
            log(h, "delete", "meeting", id, label(m), snapshot(h, "meeting", id));
            m.requests().forEach(r -> search.remove(h, SearchIndex.Kind.REQUEST, r.id()));
            search.remove(h, SearchIndex.Kind.MEETING, id);
            h.execute("DELETE FROM meeting WHERE id = ?", id);
            return null;
        });
    }

    /** Adds the request to its meeting, or replaces the one with the same id. */
    public void saveRequest(String meetingId, Request r) {
        changeMeeting(meetingId, m -> {
            List<Request> list = new ArrayList<>(m.requests());
            replaceOrAdd(list, r, x -> x.id().equals(r.id()));
            return withRequestsAndGifts(m, list, m.gifts());
        });
    }

    /** Sets a request's status and records the dated note that explains it. */
    public void followUp(String requestId, vn.protocolbrief.domain.FollowUp followUp) {
        if (followUp.note() == null || followUp.note().isBlank()) {
            throw new StoreException("A status change needs a note saying why.");
        }
        store.write(h -> {
            String meetingId = h.createQuery("SELECT meeting_id FROM request WHERE id = ?").bind(0, requestId)
                    .mapTo(String.class).findOne().orElseThrow(() -> new StoreException("No request with id " + requestId + "."));
            Archive before = snapshot(h, "meeting", meetingId);
            repos.meetings().addFollowUp(h, requestId, followUp);
            log(h, "edit", "meeting", meetingId, followUp.note(), before);
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
        changeMeeting(meetingId, m -> {
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
        saveLogged("agreement", a.id(), a.title(), h -> repos.agreements().upsert(h, a));
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
        saveLogged("person", p.id(), p.protocolName(), h -> repos.persons().upsert(h, p));
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
            Archive before = snapshot(h, "person", id);
            if (before != null) {
                log(h, "delete", "person", id, before.persons().get(0).protocolName(), before);
            }
            h.execute("UPDATE gift SET giver_person_id = NULL WHERE giver_person_id = ?", id);
            h.execute("UPDATE gift SET receiver_person_id = NULL WHERE receiver_person_id = ?", id);
            search.remove(h, SearchIndex.Kind.PERSON, id);
            if (h.execute("DELETE FROM person WHERE id = ?", id) == 0) {
                throw new StoreException("No person with id " + id + ".");
            }
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
            Archive before = snapshot(h, kind, id);
            if (before != null) {
                log(h, "delete", kind, id, labelOf(before), before);
            }
            if (h.execute("DELETE FROM " + table + " WHERE id = ?", id) == 0) {
                throw new StoreException("No record with id " + id + ".");
            }
            return null;
        });
    }

    private void changeMeeting(String meetingId, UnaryOperator<Meeting> change) {
        store.write(h -> {
            Archive before = snapshot(h, "meeting", meetingId);
            Meeting changed = change.apply(meeting(h, meetingId));
            repos.meetings().upsert(h, changed);
            log(h, "edit", "meeting", meetingId, label(changed), before);
            return null;
        });
    }

    // ---- the undo log: Ctrl+Z and the trash -----------------------------------------------------------------

    /** A change that can be undone; a deletion not undone is in the trash. */
    public record Change(long id, String at, String action, String kind, String refId, String label) {
    }

    private void saveLogged(String kind, String id, String label, java.util.function.Consumer<Handle> write) {
        store.write(h -> {
            Archive before = snapshot(h, kind, id);
            write.accept(h);
            log(h, before == null ? "create" : "edit", kind, id, label == null ? id : label, before);
            return null;
        });
    }

    static String label(Meeting m) {
        return (m.date().known() ? m.date().display() + " · " : "") + (m.title() == null ? m.id() : m.title());
    }

    private static String labelOf(Archive a) {
        if (!a.agreements().isEmpty()) {
            return a.agreements().get(0).title();
        }
        if (!a.aidProjects().isEmpty()) {
            return a.aidProjects().get(0).title();
        }
        if (!a.keyFigures().isEmpty()) {
            return a.keyFigures().get(0).label();
        }
        if (!a.localityLinks().isEmpty()) {
            return a.localityLinks().get(0).kind();
        }
        if (!a.sensitivities().isEmpty()) {
            return a.sensitivities().get(0).text();
        }
        return "";
    }

    /** The record as it is now (a meeting with the agreements and aid it led to), or null when there is none. */
    Archive snapshot(Handle h, String kind, String id) {
        List<Meeting> meetings = List.of();
        List<Person> persons = List.of();
        List<Agreement> agreements = List.of();
        List<AidProject> aid = List.of();
        List<KeyFigure> figures = List.of();
        List<LocalityLink> links = List.of();
        List<Sensitivity> notes = List.of();
        List<vn.protocolbrief.domain.Commitment> promised = List.of();
        List<vn.protocolbrief.domain.VisitMeeting> visitLinks = List.of();
        switch (kind) {
            case "meeting" -> {
                var m = repos.meetings().byId(h, id);
                if (m.isEmpty()) {
                    return null;
                }
                meetings = List.of(m.get());
                agreements = repos.agreements().all(h).stream().filter(a -> id.equals(a.meetingId())).toList();
                aid = repos.aidProjects().all(h).stream().filter(a -> id.equals(a.meetingId())).toList();
                promised = commitments.forMeeting(h, id);
                visitLinks = commitments.visitsOfMeeting(h, id);
            }
            case "person" -> persons = repos.persons().byIds(h, List.of(id));
            case "agreement" -> agreements = repos.agreements().all(h).stream().filter(a -> a.id().equals(id)).toList();
            case "aid" -> aid = repos.aidProjects().all(h).stream().filter(a -> a.id().equals(id)).toList();
            case "figure" -> figures = repos.keyFigures().all(h).stream().filter(a -> a.id().equals(id)).toList();
            case "link" -> links = repos.localityLinks().all(h).stream().filter(a -> a.id().equals(id)).toList();
            case "sensitivity" -> notes = repos.sensitivities().all(h).stream().filter(a -> a.id().equals(id)).toList();
            default -> throw new StoreException("Unknown kind " + kind);
        }
        if (meetings.isEmpty() && persons.isEmpty() && agreements.isEmpty() && aid.isEmpty() && figures.isEmpty()
                && links.isEmpty() && notes.isEmpty()) {
            return null;
        }
        return new Archive(Archive.FORMAT, List.of(), persons, List.of(), meetings, agreements, aid, figures, links,
                notes, List.of(), List.of(), promised, visitLinks);
    }

    static void log(Handle h, String action, String kind, String id, String label, Archive before) {
        String json = null;
        if (before != null) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                ArchiveJson.write(before, out);
            } catch (java.io.IOException e) {
                throw new StoreException("Cannot keep the record for undo: " + e.getMessage(), e);
            }
            json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
        h.execute("INSERT INTO undo_log (at, action, kind, ref_id, label, before) VALUES (?, ?, ?, ?, ?, ?)",
                java.time.LocalDateTime.now().withNano(0).toString(), action, kind, id,
                label == null ? id : label.length() > 200 ? label.substring(0, 200) + "…" : label, json);
    }

    /** The latest change not undone yet, if any. */
    public java.util.Optional<Change> lastChange() {
        return store.read(h -> h.createQuery("SELECT id, at, action, kind, ref_id, label FROM undo_log WHERE undone = 0"
                        + " ORDER BY id DESC LIMIT 1")
                .map((rs, ctx) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).findOne());
    }

    /** The deleted records that can be restored, the latest first. */
    public List<Change> trash() {
        return store.read(h -> h.createQuery("SELECT id, at, action, kind, ref_id, label FROM undo_log"
                        + " WHERE undone = 0 AND action = 'delete' ORDER BY id DESC")
                .map((rs, ctx) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list());
    }

    /**
     * Undoes one change, in one transaction: a created record is deleted, an edited one put back as it was, a
     * deleted one restored (out of the trash). Returns what was undone.
     */
    public Change undo(long changeId) {
        return store.write(h -> {
            var row = h.createQuery("SELECT id, at, action, kind, ref_id, label, before, undone FROM undo_log WHERE id = ?")
                    .bind(0, changeId).map((rs, ctx) -> new Object[]{new Change(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), rs.getString(7),
                            rs.getInt(8)}).findOne()
                    .orElseThrow(() -> new StoreException("No change " + changeId + " to undo."));
            Change c = (Change) row[0];
            if ((int) row[2] != 0) {
                throw new StoreException("That change was already undone.");
            }
            if (c.action().equals("create")) {
                remove(h, c.kind(), c.refId());
            } else {
                Archive before = ArchiveJson.read(new java.io.ByteArrayInputStream(((String) row[1])
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "the undo log");
                if (c.kind().equals("meeting")) {
                    // The meeting comes back with the commitments it had then, not those added since.
                    java.util.Set<String> kept = new java.util.HashSet<>();
                    before.commitments().forEach(x -> kept.add(x.id()));
                    commitments.forMeeting(h, c.refId()).stream().filter(x -> !kept.contains(x.id()))
                            .forEach(x -> commitments.delete(h, x.id()));
                }
                new ArchiveService(store).importInto(h, before);
            }
            h.execute("UPDATE undo_log SET undone = 1 WHERE id = ?", changeId);
            return c;
        });
    }

    /** Undoes the latest change; empty when there is nothing to undo. */
    public java.util.Optional<Change> undoLast() {
        return lastChange().map(c -> undo(c.id()));
    }

    /** A record created by hand, removed again (its undo): no trash entry. */
    private void remove(Handle h, String kind, String id) {
        switch (kind) {
            case "meeting" -> {
                repos.meetings().byId(h, id).ifPresent(m -> m.requests()
                        .forEach(r -> search.remove(h, SearchIndex.Kind.REQUEST, r.id())));
                search.remove(h, SearchIndex.Kind.MEETING, id);
                h.execute("DELETE FROM meeting WHERE id = ?", id);
            }
            case "person" -> {
                search.remove(h, SearchIndex.Kind.PERSON, id);
                h.execute("DELETE FROM person WHERE id = ?", id);
            }
            case "agreement" -> h.execute("DELETE FROM agreement WHERE id = ?", id);
            case "aid" -> h.execute("DELETE FROM aid_project WHERE id = ?", id);
            case "figure" -> h.execute("DELETE FROM key_figure WHERE id = ?", id);
            case "link" -> h.execute("DELETE FROM locality_link WHERE id = ?", id);
            case "sensitivity" -> h.execute("DELETE FROM sensitivity WHERE id = ?", id);
            default -> throw new StoreException("Unknown kind " + kind);
        }
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

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
            repos.meetings().upsert(h, m);
            return null;
        });
    }

    /** Deletes a meeting with its participants, requests and gifts; agreements and aid it led to are kept. */
    public void deleteMeeting(String id) {
        store.write(h -> {
            Meeting m = meeting(h, id);
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
            repos.meetings().addFollowUp(h, requestId, followUp);
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
            default -> throw new StoreException("Unknown kind '" + kind + "': use meeting, request, gift, agreement, aid,"
                    + " person, figure, link or sensitivity.");
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
        store.write(h -> {
            repos.agreements().upsert(h, a);
            return null;
        });
    }

    public void deleteAgreement(String id) {
        deleteRow("agreement", id);
    }

    public void saveAid(AidProject a) {
        store.write(h -> {
            repos.aidProjects().upsert(h, a);
            return null;
        });
    }

    public void deleteAid(String id) {
        deleteRow("aid_project", id);
    }

    public void saveFigure(KeyFigure k) {
        store.write(h -> {
            repos.keyFigures().upsert(h, k);
            return null;
        });
    }

    public void deleteFigure(String id) {
        deleteRow("key_figure", id);
    }

    public void saveLink(LocalityLink l) {
        store.write(h -> {
            repos.localityLinks().upsert(h, l);
            return null;
        });
    }

    public void deleteLink(String id) {
        deleteRow("locality_link", id);
    }

    public void saveSensitivity(Sensitivity s) {
        store.write(h -> {
            repos.sensitivities().upsert(h, s);
            return null;
        });
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
        store.write(h -> {
            repos.persons().upsert(h, p);
            return null;
        });
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
        store.write(h -> {
            if (h.execute("DELETE FROM " + table + " WHERE id = ?", id) == 0) {
                throw new StoreException("No record with id " + id + ".");
            }
            return null;
        });
    }

    private void changeMeeting(String meetingId, UnaryOperator<Meeting> change) {
        store.write(h -> {
            repos.meetings().upsert(h, change.apply(meeting(h, meetingId)));
            return null;
        });
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

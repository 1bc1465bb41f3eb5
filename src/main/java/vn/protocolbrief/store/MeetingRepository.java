package vn.protocolbrief.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.domain.UserProblem;

/** The meeting aggregate: the meeting, its participants, requests (with categories and follow-ups), gifts, sources. */
public final class MeetingRepository {
    private final SearchIndex search = new SearchIndex();

    public void upsert(Handle h, Meeting m) {
        String sortKey = sortKey(h, m);
        h.createUpdate("""
                INSERT INTO meeting (id, date, date_precision, province_id, province_as_written, venue, partner_id,
                  title, summary, outcome, sort_key)
                VALUES (:id, :date, :prec, :province, :asWritten, :venue, :partner, :title, :summary, :outcome, :sort)
                ON CONFLICT (id) DO UPDATE SET date = excluded.date, date_precision = excluded.date_precision,
                  province_id = excluded.province_id, province_as_written = excluded.province_as_written,
                  venue = excluded.venue, partner_id = excluded.partner_id, title = excluded.title,
                  summary = excluded.summary, outcome = excluded.outcome, sort_key = excluded.sort_key""")
                .bind("id", m.id()).bind("date", Db.date(m.date())).bind("prec", Db.id(m.date().precision()))
                .bind("province", m.provinceId()).bind("asWritten", Db.text(m.provinceAsWritten()))
                .bind("venue", Db.text(m.venue())).bind("partner", m.partnerId()).bind("title", Db.text(m.title()))
                .bind("summary", Db.text(m.summary())).bind("outcome", Db.text(m.outcome())).bind("sort", sortKey)
                .execute();
        for (String table : List.of("meeting_source", "participant", "gift")) {
            h.execute("DELETE FROM " + table + " WHERE meeting_id = ?", m.id());
        }
        List<String> oldRequests = h.createQuery("SELECT id FROM request WHERE meeting_id = ?").bind(0, m.id())
                .mapTo(String.class).list();
        for (String id : oldRequests) {
            search.remove(h, SearchIndex.Kind.REQUEST, id);
        }
        h.execute("DELETE FROM request WHERE meeting_id = ?", m.id());
        int i = 0;
        for (String sourceId : m.sourceIds()) {
            h.execute("INSERT INTO meeting_source (meeting_id, source_id, ordinal) VALUES (?, ?, ?)", m.id(), sourceId, i++);
        }
        i = 0;
        for (Participant p : m.participants()) {
            h.execute("INSERT INTO participant (meeting_id, ordinal, person_id, side, role, title) VALUES (?, ?, ?, ?, ?, ?)",
                    m.id(), i++, p.personId(), Db.id(p.side()), Db.id(p.role()), Db.text(p.title()));
        }
        i = 0;
        for (Request r : m.requests()) {
            insertRequest(h, m, r, i++);
        }
        i = 0;
        for (Gift g : m.gifts()) {
            h.createUpdate("""
                    INSERT INTO gift (id, meeting_id, ordinal, item, direction, giver_person_id, giver_text,
                      receiver_person_id, receiver_text, source_id)
                    VALUES (:id, :meeting, :ord, :item, :dir, :giver, :giverText, :receiver, :receiverText, :source)""")
                    .bind("id", g.id()).bind("meeting", m.id()).bind("ord", i++).bind("item", Db.text(g.item()))
                    .bind("dir", Db.id(g.direction())).bind("giver", g.giverPersonId())
                    .bind("giverText", Db.text(g.giverText())).bind("receiver", g.receiverPersonId())
                    .bind("receiverText", Db.text(g.receiverText())).bind("source", g.sourceId())
                    .execute();
        }
        indexMeeting(h, m);
    }

    private void insertRequest(Handle h, Meeting m, Request r, int ordinal) {
        h.createUpdate("""
                INSERT INTO request (id, meeting_id, ordinal, direction, text, status, thread_key, source_id, due_date)
                VALUES (:id, :meeting, :ord, :dir, :text, :status, :thread, :source, :due)""")
                .bind("id", r.id()).bind("meeting", m.id()).bind("ord", ordinal).bind("dir", Db.id(r.direction()))
                .bind("text", Db.text(r.text())).bind("status", Db.id(r.status())).bind("thread", r.threadKey())
                .bind("source", r.sourceId()).bind("due", Db.date(r.due()))
                .execute();
        int c = 0;
        for (String category : r.categories()) {
            h.execute("INSERT INTO request_category_link (request_id, category_id, ordinal) VALUES (?, ?, ?)",
                    r.id(), category, c++);
        }
        int f = 0;
        for (FollowUp fu : r.followUps()) {
            h.execute("INSERT INTO request_followup (request_id, ordinal, date, status, note, source_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", r.id(), f++, Db.date(fu.date()), Db.id(fu.status()),
                    Db.text(fu.note()), fu.sourceId());
        }
        indexRequest(h, r);
    }

    private void indexRequest(Handle h, Request r) {
        search.index(h, SearchIndex.Kind.REQUEST, r.id(), MeetingSearchEntries.requestTitle(r),
                MeetingSearchEntries.requestBody(r));
    }

    static String sortKey(Handle h, Meeting m) {
        if (m.date().known()) {
            return m.date().iso();
        }
        if (m.sourceIds().isEmpty()) {
            return "";
        }
        // An undated meeting sorts by its earliest source: it cannot have happened after it was reported.
        String min = null;
        for (String s : m.sourceIds()) {
            String d = h.createQuery("SELECT published_on FROM source WHERE id = ?").bind(0, s).mapTo(String.class)
                    .findOne().orElse(null);
            if (d != null && (min == null || d.compareTo(min) < 0)) {
                min = d;
            }
        }
        return min == null ? "" : min;
    }

    /** Indexes the meeting and its requests as stored (used when the index is rebuilt). */
    void index(Handle h, Meeting m) {
        indexMeeting(h, m);
        m.requests().forEach(r -> indexRequest(h, r));
    }

    private void indexMeeting(Handle h, Meeting m) {
        search.index(h, SearchIndex.Kind.MEETING, m.id(), MeetingSearchEntries.meetingTitle(m),
                MeetingSearchEntries.meetingBody(m, MeetingSearchEntries.Names.queried(h)));
    }

    /**
     * Writes meetings the store does not hold yet with one prepared batch per table ({@link MeetingBatchInsert}),
     * their index rows into {@code index}.
     */
    void insertNew(Handle h, List<Meeting> meetings, SearchIndex.Batch index, java.util.function.IntConsumer written) {
        MeetingBatchInsert.insertNew(h, meetings, index, written);
    }

    public java.util.Optional<Meeting> byId(Handle h, String id) {
        return load(h, "WHERE m.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public List<Meeting> all(Handle h) {
        return MeetingLoader.load(h, "", Map.of(), false);
    }

    /** Every meeting of the province (its predecessors are inside it) with the partner, or with anyone: newest first. */
    public List<Meeting> history(Handle h, String provinceId, String partnerId) {
        Map<String, Object> args = new HashMap<>();
        args.put("province", provinceId);
        String where = "WHERE m.province_id = :province";
        if (partnerId != null) {
            where += " AND m.partner_id = :partner";
            args.put("partner", partnerId);
        }
        return load(h, where, args);
    }

    /** Meetings a person took part in, newest first (a leader's other recent visits). */
    public List<Meeting> withPerson(Handle h, String personId) {
        return load(h, "WHERE m.id IN (SELECT meeting_id FROM participant WHERE person_id = :person)",
                Map.of("person", personId));
    }

    public List<Meeting> withPartner(Handle h, String partnerId) {
        return load(h, "WHERE m.partner_id = :partner", Map.of("partner", partnerId));
    }

    private static List<Meeting> load(Handle h, String where, Map<String, Object> args) {
        return MeetingLoader.load(h, where, args, true);
    }

    /** Sets (or, with an unknown date, clears) the day a request is due to be answered by. */
    public void setDue(Handle h, String requestId, PartialDate due) {
        if (h.execute("UPDATE request SET due_date = ? WHERE id = ?", Db.date(due), requestId) == 0) {
            throw new StoreException(UserProblem.Code.NO_REQUEST, requestId);
        }
    }

    /** Sets a request's status and records the dated follow-up that explains it. */
    public void addFollowUp(Handle h, String requestId, FollowUp followUp) {
        int updated = h.execute("UPDATE request SET status = ? WHERE id = ?", Db.id(followUp.status()), requestId);
        if (updated == 0) {
            throw new StoreException(UserProblem.Code.NO_REQUEST, requestId);
        }
        int next = h.createQuery("SELECT coalesce(max(ordinal) + 1, 0) FROM request_followup WHERE request_id = ?")
                .bind(0, requestId).mapTo(Integer.class).one();
        h.execute("INSERT INTO request_followup (request_id, ordinal, date, status, note, source_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)", requestId, next, Db.date(followUp.date()), Db.id(followUp.status()),
                Text.clean(followUp.note()), followUp.sourceId());
    }

    /** Whether a meeting with this id is stored. */
    public boolean exists(Handle h, String id) {
        return h.createQuery("SELECT count(*) FROM meeting WHERE id = ?").bind(0, id).mapTo(Integer.class).one() > 0;
    }

    /** The meeting a request or a gift (its {@code table}) belongs to. */
    public java.util.Optional<String> meetingOf(Handle h, String table, String id) {
        if (!table.equals("request") && !table.equals("gift")) {
            throw new IllegalArgumentException("Only requests and gifts belong to a meeting: " + table);
        }
        return h.createQuery("SELECT meeting_id FROM " + table + " WHERE id = ?").bind(0, id).mapTo(String.class)
                .findOne();
    }

    /** The ids of meetings beginning with {@code base} (to find a free one). */
    public List<String> idsStartingWith(Handle h, String base) {
        return h.createQuery("SELECT id FROM meeting WHERE substr(id, 1, ?) = ?").bind(0, base.length()).bind(1, base)
                .mapTo(String.class).list();
    }

    /** The number of a request's newest follow-up note (they count from 0), if it has any. */
    public java.util.Optional<Integer> latestFollowUp(Handle h, String requestId) {
        return h.createQuery("SELECT max(ordinal) FROM request_followup WHERE request_id = ?").bind(0, requestId)
                .mapTo(Integer.class).findOne();
    }

    /** Deletes a meeting with its participants, requests and gifts (and their search entries). */
    public void delete(Handle h, Meeting m) {
        m.requests().forEach(r -> search.remove(h, SearchIndex.Kind.REQUEST, r.id()));
        search.remove(h, SearchIndex.Kind.MEETING, m.id());
        // English renderings name their record by id, with no foreign key to cascade: left behind, they kept a deleted
        // meeting "present" to a travel sync (and to the trash); the change log's snapshot holds them for a restore
        h.createUpdate("DELETE FROM english_rendering WHERE " + RecordRows.ENGLISH_OF_MEETING).bind("id", m.id()).execute();
        h.execute("DELETE FROM meeting WHERE id = ?", m.id());
    }
}

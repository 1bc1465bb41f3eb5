package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.SensitiveMark;
import vn.protocolbrief.domain.UserProblem;

/**
 * The sensitive marks, one table per kind of record (meeting_sensitive V017; person_, partner_, request_,
 * visit_sensitive V019), each keyed by the record's id. A request's mark also names its meeting (it goes with it).
 */
public final class SensitiveMarkRepository {
    /** A kind's table, its id column, and the table holding the records of that kind. */
    record Table(String name, String idColumn, String records) {
    }

    static final Map<String, Table> TABLES = Map.of(
            "meeting", new Table("meeting_sensitive", "meeting_id", "meeting"),
            "person", new Table("person_sensitive", "person_id", "person"),
            "partner", new Table("partner_sensitive", "partner_id", "partner"),
            "request", new Table("request_sensitive", "request_id", "request"),
            "visit", new Table("visit_sensitive", "visit_id", "visit"));

    static Table table(String kind) {
        Table t = TABLES.get(kind);
        if (t == null) {
            throw new StoreException(UserProblem.Code.SENSITIVE_KIND, kind,
                    String.join(", ", SensitiveMark.KINDS));
        }
        return t;
    }

    public void upsert(Handle h, SensitiveMark m) {
        Table t = table(m.kind());
        if (m.kind().equals("request")) {
            String meeting = h.createQuery("SELECT meeting_id FROM request WHERE id = ?").bind(0, m.meetingId())
                    .mapTo(String.class).findOne().orElseThrow(() -> new StoreException(UserProblem.Code.NO_RECORD_NOTHING_MARKED,
                            "request", m.meetingId()));
            h.createUpdate("""
                    INSERT INTO request_sensitive (request_id, meeting_id, marked_by, marked_at)
                    VALUES (:id, :meeting, :by, :at)
                    ON CONFLICT (request_id) DO UPDATE SET meeting_id = excluded.meeting_id,
                        marked_by = excluded.marked_by, marked_at = excluded.marked_at""")
                    .bind("id", m.meetingId()).bind("meeting", meeting).bind("by", Db.text(m.markedBy()))
                    .bind("at", m.markedAt()).execute();
            return;
        }
        h.createUpdate("INSERT INTO " + t.name() + " (" + t.idColumn() + ", marked_by, marked_at) VALUES (:id, :by, :at)"
                        + " ON CONFLICT (" + t.idColumn() + ") DO UPDATE SET marked_by = excluded.marked_by,"
                        + " marked_at = excluded.marked_at")
                .bind("id", m.meetingId()).bind("by", Db.text(m.markedBy())).bind("at", m.markedAt()).execute();
    }

    /** Takes a meeting's mark off (true when there was one). */
    public boolean remove(Handle h, String meetingId) {
        return remove(h, "meeting", meetingId);
    }

    /** Takes the mark off a record (true when there was one). */
    public boolean remove(Handle h, String kind, String id) {
        Table t = table(kind);
        return h.execute("DELETE FROM " + t.name() + " WHERE " + t.idColumn() + " = ?", id) > 0;
    }

    public Optional<SensitiveMark> byMeeting(Handle h, String meetingId) {
        return of(h, "meeting", meetingId);
    }

    public Optional<SensitiveMark> of(Handle h, String kind, String id) {
        Table t = table(kind);
        return h.createQuery("SELECT " + t.idColumn() + ", marked_by, marked_at FROM " + t.name() + " WHERE "
                        + t.idColumn() + " = ?")
                .bind(0, id).map((rs, ctx) -> new SensitiveMark(rs.getString(1), rs.getString(2), rs.getString(3),
                        kind)).findOne();
    }

    /** Every mark, meetings first, then persons, partners, requests, visits, each by id. */
    public List<SensitiveMark> all(Handle h) {
        List<SensitiveMark> out = new ArrayList<>();
        for (String kind : SensitiveMark.KINDS) {
            Table t = TABLES.get(kind);
            out.addAll(h.createQuery("SELECT " + t.idColumn() + ", marked_by, marked_at FROM " + t.name()
                            + " ORDER BY " + t.idColumn())
                    .map((rs, ctx) -> new SensitiveMark(rs.getString(1), rs.getString(2), rs.getString(3), kind))
                    .list());
        }
        return out;
    }

    /** Whether the store holds this record. */
    static boolean exists(Handle h, String kind, String id) {
        return h.createQuery("SELECT count(*) FROM " + table(kind).records() + " WHERE id = ?").bind(0, id)
                .mapTo(Integer.class).one() > 0;
    }

    /** The record the change log names a mark's change by: a request's is its meeting's. */
    static RecordRows.Ref loggedAs(Handle h, String kind, String id) {
        if (kind.equals("request")) {
            return new RecordRows.Ref("meeting", h.createQuery("SELECT meeting_id FROM request WHERE id = ?")
                    .bind(0, id).mapTo(String.class).one());
        }
        return new RecordRows.Ref(kind, id);
    }
}

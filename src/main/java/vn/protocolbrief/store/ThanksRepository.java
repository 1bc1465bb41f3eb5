package vn.protocolbrief.store;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Thanks;

/** The thanks said at meetings, in the order they were said, looked up by meeting. */
public final class ThanksRepository {
    /** Inserts or replaces the thanks; a new one goes after the meeting's others. */
    public void upsert(Handle h, Thanks t) {
        int ordinal = h.createQuery("SELECT coalesce((SELECT ordinal FROM thanks WHERE id = :id),"
                        + " (SELECT coalesce(max(ordinal) + 1, 0) FROM thanks WHERE meeting_id = :meeting))")
                .bind("id", t.id()).bind("meeting", t.meetingId()).mapTo(Integer.class).one();
        h.createUpdate("INSERT INTO thanks (id, meeting_id, ordinal, by_side, to_side, text, source_id)"
                        + " VALUES (:id, :meeting, :ord, :by, :to, :text, :source)"
                        + " ON CONFLICT (id) DO UPDATE SET meeting_id = excluded.meeting_id, by_side = excluded.by_side,"
                        + " to_side = excluded.to_side, text = excluded.text, source_id = excluded.source_id")
                .bind("id", t.id()).bind("meeting", t.meetingId()).bind("ord", ordinal).bind("by", Db.id(t.by()))
                .bind("to", Db.id(t.to())).bind("text", Db.text(t.text())).bind("source", t.sourceId())
                .execute();
    }

    public List<Thanks> forMeeting(Handle h, String meetingId) {
        return load(h, "WHERE meeting_id = :meeting", Map.of("meeting", meetingId));
    }

    public List<Thanks> all(Handle h) {
        return load(h, "", Map.of());
    }

    private List<Thanks> load(Handle h, String where, Map<String, Object> binds) {
        var q = h.createQuery("SELECT id, meeting_id, by_side, to_side, text, source_id FROM thanks " + where
                + " ORDER BY meeting_id, ordinal");
        binds.forEach(q::bind);
        return q.map((rs, ctx) -> new Thanks(rs.getString(1), rs.getString(2), Db.parse(Side.class, rs.getString(3)),
                Db.parse(Side.class, rs.getString(4)), rs.getString(5), rs.getString(6))).list();
    }
}

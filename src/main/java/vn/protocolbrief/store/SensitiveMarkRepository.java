package vn.protocolbrief.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.SensitiveMark;

/** Table meeting_sensitive: one row per meeting an officer marked sensitive. */
public final class SensitiveMarkRepository {
    public void upsert(Handle h, SensitiveMark m) {
        h.createUpdate("""
                INSERT INTO meeting_sensitive (meeting_id, marked_by, marked_at) VALUES (:m, :by, :at)
                ON CONFLICT (meeting_id) DO UPDATE SET marked_by = excluded.marked_by, marked_at = excluded.marked_at""")
                .bind("m", m.meetingId()).bind("by", Db.text(m.markedBy())).bind("at", m.markedAt()).execute();
    }

    /** Takes the mark off (true when there was one). */
    public boolean remove(Handle h, String meetingId) {
        return h.execute("DELETE FROM meeting_sensitive WHERE meeting_id = ?", meetingId) > 0;
    }

    public Optional<SensitiveMark> byMeeting(Handle h, String meetingId) {
        return h.createQuery("SELECT meeting_id, marked_by, marked_at FROM meeting_sensitive WHERE meeting_id = ?")
                .bind(0, meetingId).map((rs, ctx) -> new SensitiveMark(rs.getString(1), rs.getString(2),
                        rs.getString(3))).findOne();
    }

    public List<SensitiveMark> all(Handle h) {
        return h.createQuery("SELECT meeting_id, marked_by, marked_at FROM meeting_sensitive ORDER BY meeting_id")
                .map((rs, ctx) -> new SensitiveMark(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}

package vn.protocolbrief.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.MeetingReview;

/** Table meeting_review: one row per reviewed meeting; a meeting without a row is unreviewed. */
public final class MeetingReviewRepository {
    /** Who the sample meetings of the demo data are reviewed by. */
    public static final String SAMPLE = "demo";

    public void upsert(Handle h, MeetingReview r) {
        h.createUpdate("""
                INSERT INTO meeting_review (meeting_id, reviewed_by, reviewed_at) VALUES (:m, :by, :at)
                ON CONFLICT (meeting_id) DO UPDATE SET reviewed_by = excluded.reviewed_by,
                  reviewed_at = excluded.reviewed_at""")
                .bind("m", r.meetingId()).bind("by", Db.text(r.reviewedBy())).bind("at", r.reviewedAt()).execute();
    }

    /** Makes a meeting unreviewed again (true when it was reviewed). */
    public boolean remove(Handle h, String meetingId) {
        return h.execute("DELETE FROM meeting_review WHERE meeting_id = ?", meetingId) > 0;
    }

    public Optional<MeetingReview> byMeeting(Handle h, String meetingId) {
        return h.createQuery("SELECT meeting_id, reviewed_by, reviewed_at FROM meeting_review WHERE meeting_id = ?")
                .bind(0, meetingId).map((rs, ctx) -> new MeetingReview(rs.getString(1), rs.getString(2),
                        rs.getString(3))).findOne();
    }

    public List<MeetingReview> all(Handle h) {
        return h.createQuery("SELECT meeting_id, reviewed_by, reviewed_at FROM meeting_review ORDER BY meeting_id")
                .map((rs, ctx) -> new MeetingReview(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The ids of the meetings nobody has reviewed (a set that may be asked about null). */
    public Set<String> unreviewedMeetingIds(Handle h) {
        return new java.util.HashSet<>(h.createQuery("SELECT id FROM meeting WHERE id NOT IN (SELECT meeting_id FROM meeting_review)")
                .mapTo(String.class).list());
    }

    /** The sources saved with an unreviewed meeting: what a record citing them says nobody has checked. */
    public Set<String> unreviewedSourceIds(Handle h) {
        return new java.util.HashSet<>(h.createQuery("""
                SELECT DISTINCT ms.source_id FROM meeting_source ms
                 WHERE ms.meeting_id NOT IN (SELECT meeting_id FROM meeting_review)""").mapTo(String.class).list());
    }

    /**
     * The sample meetings a new store is seeded with: a meeting of the demo data still marked reviewed by
     * "{@value #SAMPLE}" (as the demo data and V009 mark them). Both, because an officer may log in as "demo" and
     * review real meetings, and a demo meeting reviewed again by an officer has become the office's own.
     */
    public Set<String> sampleMeetingIds(Handle h) {
        Set<String> out = new java.util.HashSet<>(h.createQuery(
                "SELECT meeting_id FROM meeting_review WHERE reviewed_by = :by").bind("by", SAMPLE).mapTo(String.class).list());
        out.retainAll(DemoData.meetingIds());
        return out;
    }

    /** The sources saved with the sample meetings only. */
    public Set<String> sampleSourceIds(Handle h) {
        Set<String> samples = sampleMeetingIds(h);
        Set<String> out = new java.util.HashSet<>();
        Set<String> elsewhere = new java.util.HashSet<>();
        h.createQuery("SELECT meeting_id, source_id FROM meeting_source").map((rs, ctx) -> {
            (samples.contains(rs.getString(1)) ? out : elsewhere).add(rs.getString(2));
            return 0;
        }).list();
        out.removeAll(elsewhere);
        return out;
    }

    /** How many meetings nobody has reviewed. */
    public int unreviewedCount(Handle h) {
        return h.createQuery("SELECT count(*) FROM meeting WHERE id NOT IN (SELECT meeting_id FROM meeting_review)")
                .mapTo(Integer.class).one();
    }
}

package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.domain.VisitMeeting;

/** Commitments with their follow-up notes, looked up by meeting; and the meeting each visit became. */
public final class CommitmentRepository {
    private static final String COLUMNS = "c.id, c.meeting_id, c.side, c.text, c.due_date, c.followed_by, c.status,"
            + " c.source_id";

    /** Inserts or replaces the commitment with its notes; a new one goes after the meeting's others. */
    public void upsert(Handle h, Commitment c) {
        int ordinal = h.createQuery("SELECT coalesce((SELECT ordinal FROM commitment WHERE id = :id),"
                        + " (SELECT coalesce(max(ordinal) + 1, 0) FROM commitment WHERE meeting_id = :meeting))")
                .bind("id", c.id()).bind("meeting", c.meetingId()).mapTo(Integer.class).one();
        h.createUpdate("INSERT INTO commitment (id, meeting_id, ordinal, side, text, due_date, followed_by, status,"
                        + " source_id) VALUES (:id, :meeting, :ord, :side, :text, :due, :by, :status, :source)"
                        + " ON CONFLICT (id) DO UPDATE SET meeting_id = excluded.meeting_id, side = excluded.side,"
                        + " text = excluded.text, due_date = excluded.due_date, followed_by = excluded.followed_by,"
                        + " status = excluded.status, source_id = excluded.source_id")
                .bind("id", c.id()).bind("meeting", c.meetingId()).bind("ord", ordinal).bind("side", Db.id(c.side()))
                .bind("text", Db.text(c.text())).bind("due", Db.date(c.due())).bind("by", Db.text(c.followedBy()))
                .bind("status", Db.id(c.status())).bind("source", c.sourceId())
                .execute();
        h.execute("DELETE FROM commitment_followup WHERE commitment_id = ?", c.id());
        int n = 0;
        for (FollowUp f : c.followUps()) {
            h.execute("INSERT INTO commitment_followup (commitment_id, ordinal, date, status, note, source_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", c.id(), n++, Db.date(f.date()), Db.id(f.status()),
                    Text.clean(f.note()), f.sourceId());
        }
    }

    public boolean delete(Handle h, String id) {
        return h.execute("DELETE FROM commitment WHERE id = ?", id) > 0;
    }

    public Optional<Commitment> byId(Handle h, String id) {
        return load(h, "WHERE c.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public List<Commitment> forMeeting(Handle h, String meetingId) {
        return load(h, "WHERE c.meeting_id = :meeting", Map.of("meeting", meetingId));
    }

    public List<Commitment> all(Handle h) {
        return load(h, "", Map.of());
    }

    /**
     * Commitments of a province's meetings (with the partner, or with anyone when null); {@code openOnly} keeps
     * those not done or declined.
     */
    public List<Commitment> forPair(Handle h, String provinceId, String partnerId, boolean openOnly) {
        java.util.HashMap<String, Object> binds = new java.util.HashMap<>();
        binds.put("province", provinceId);
        binds.put("partner", partnerId);
        return load(h, "WHERE c.meeting_id IN (SELECT id FROM meeting WHERE (CAST(:province AS text) IS NULL OR province_id = :province)"
                + " AND (CAST(:partner AS text) IS NULL OR partner_id = :partner))"
                + (openOnly ? " AND c.status IN ('open', 'in_progress')" : ""), binds);
    }

    private List<Commitment> load(Handle h, String where, Map<String, Object> binds) {
        var q = h.createQuery("SELECT " + COLUMNS + " FROM commitment c " + where + " ORDER BY c.meeting_id, c.ordinal");
        binds.forEach(q::bind);
        List<Commitment> shells = q.map((rs, ctx) -> new Commitment(rs.getString(1), rs.getString(2),
                Db.parse(Side.class, rs.getString(3)), rs.getString(4), Db.date(rs.getString(5)), rs.getString(6),
                Db.parse(RequestStatus.class, rs.getString(7)), rs.getString(8), List.of())).list();
        if (shells.isEmpty()) {
            return shells;
        }
        Map<String, List<FollowUp>> notes = GroupedRows.group(h, "SELECT commitment_id, date, status, note,"
                + " source_id FROM commitment_followup WHERE commitment_id IN (SELECT c.id FROM commitment c " + where
                + ") ORDER BY commitment_id, ordinal", binds, rs -> new FollowUp(Db.date(rs.getString(2)),
                Db.parse(RequestStatus.class, rs.getString(3)), rs.getString(4), rs.getString(5)));
        List<Commitment> out = new ArrayList<>(shells.size());
        for (Commitment c : shells) {
            out.add(new Commitment(c.id(), c.meetingId(), c.side(), c.text(), c.due(), c.followedBy(), c.status(),
                    c.sourceId(), notes.get(c.id())));
        }
        return out;
    }

    // ---- the meeting a visit became ---------------------------------------------------------------------------

    /** Links the visit to its meeting; false when there is no such visit. */
    public boolean link(Handle h, VisitMeeting link) {
        return h.execute("UPDATE visit SET meeting_id = ? WHERE id = ?", link.meetingId(), link.visitId()) > 0;
    }

    public Optional<String> meetingOfVisit(Handle h, String visitId) {
        return h.createQuery("SELECT meeting_id FROM visit WHERE id = ? AND meeting_id IS NOT NULL").bind(0, visitId)
                .mapTo(String.class).findOne();
    }

    /** The visits recorded as this meeting (normally one). */
    public List<VisitMeeting> visitsOfMeeting(Handle h, String meetingId) {
        return h.createQuery("SELECT id, meeting_id FROM visit WHERE meeting_id = ? ORDER BY id").bind(0, meetingId)
                .map((rs, ctx) -> new VisitMeeting(rs.getString(1), rs.getString(2))).list();
    }

    public List<VisitMeeting> links(Handle h) {
        return h.createQuery("SELECT id, meeting_id FROM visit WHERE meeting_id IS NOT NULL ORDER BY id")
                .map((rs, ctx) -> new VisitMeeting(rs.getString(1), rs.getString(2))).list();
    }
}

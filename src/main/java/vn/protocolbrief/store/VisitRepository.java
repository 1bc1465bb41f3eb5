package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.domain.Visit.Attendee;
import vn.protocolbrief.domain.Visit.ProgrammeItem;
import vn.protocolbrief.domain.Visit.SpeechPoint;

/** Coming visits with their people, programme and edited talking points; written whole, read whole. */
public final class VisitRepository {
    private static final String COLUMNS = "id, province_id, partner_id, date, time, venue, purpose, interpreter,"
            + " issuing_office, prepared_by, approved_by";

    /** Inserts or replaces the visit and everything it holds. */
    public void upsert(Handle h, Visit v, String updatedAt) {
        h.createUpdate("INSERT INTO visit (" + COLUMNS + ", updated_at) VALUES (:id, :province, :partner, :date,"
                        + " :time, :venue, :purpose, :interpreter, :office, :prepared, :approved, :updated)"
                        + " ON CONFLICT (id) DO UPDATE SET province_id = excluded.province_id,"
                        + " partner_id = excluded.partner_id, date = excluded.date, time = excluded.time,"
                        + " venue = excluded.venue, purpose = excluded.purpose, interpreter = excluded.interpreter,"
                        + " issuing_office = excluded.issuing_office, prepared_by = excluded.prepared_by,"
                        + " approved_by = excluded.approved_by, updated_at = excluded.updated_at")
                .bind("id", v.id()).bind("province", v.provinceId()).bind("partner", v.partnerId())
                .bind("date", Db.date(v.date())).bind("time", v.time()).bind("venue", Db.text(v.venue()))
                .bind("purpose", Db.text(v.purpose())).bind("interpreter", Db.text(v.interpreter()))
                .bind("office", Db.text(v.issuingOffice())).bind("prepared", Db.text(v.preparedBy()))
                .bind("approved", Db.text(v.approvedBy())).bind("updated", updatedAt)
                .execute();
        for (String table : List.of("visit_person", "visit_programme", "visit_point")) {
            h.execute("DELETE FROM " + table + " WHERE visit_id = ?", v.id());
        }
        int n = 0;
        if (v.leader() != null) {
            person(h, v.id(), n++, "jp", "leader", v.leader());
        }
        for (Attendee a : v.members()) {
            person(h, v.id(), n++, "jp", "member", a);
        }
        for (Attendee a : v.hosts()) {
            person(h, v.id(), n++, "vn", "host", a);
        }
        n = 0;
        for (ProgrammeItem p : v.programme()) {
            h.execute("INSERT INTO visit_programme (visit_id, ordinal, time, item) VALUES (?, ?, ?, ?)", v.id(), n++,
                    Db.text(p.time()), Db.text(p.item()));
        }
        n = 0;
        for (SpeechPoint p : v.points()) {
            h.execute("INSERT INTO visit_point (visit_id, ordinal, kind, text, record_ids, source_ids)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", v.id(), n++, p.kind(), Db.text(p.text()),
                    String.join(" ", p.recordIds()), String.join(" ", p.sourceIds()));
        }
    }

    private static void person(Handle h, String visit, int ordinal, String side, String role, Attendee a) {
        h.execute("INSERT INTO visit_person (visit_id, ordinal, side, role, person_id, name, title)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", visit, ordinal, side, role, a.personId(), Db.text(a.name()),
                Db.text(a.title()));
    }

    /** Deletes a visit; false when there was none. The packs already made keep their record. */
    public boolean delete(Handle h, String id) {
        return h.execute("DELETE FROM visit WHERE id = ?", id) > 0;
    }

    public Optional<Visit> find(Handle h, String id) {
        List<Visit> found = load(h, "WHERE id = :id", Map.of("id", id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A pair's visits (either side may be null for all), the latest date first. */
    public List<Visit> list(Handle h, String provinceId, String partnerId) {
        Map<String, Object> binds = new LinkedHashMap<>();
        binds.put("province", provinceId);
        binds.put("partner", partnerId);
        return load(h, "WHERE (CAST(:province AS text) IS NULL OR province_id = :province) AND (CAST(:partner AS text) IS NULL OR partner_id = :partner)"
                + " ORDER BY coalesce(date, '') DESC, updated_at DESC, id", binds);
    }

    public List<Visit> all(Handle h) {
        return load(h, "ORDER BY id", Map.of());
    }

    /** Whether a person is expected at some visit (such a person cannot be deleted). */
    public int visitsWith(Handle h, String personId) {
        return h.createQuery("SELECT count(DISTINCT visit_id) FROM visit_person WHERE person_id = ?").bind(0, personId)
                .mapTo(Integer.class).one();
    }

    private record Row(String id, String province, String partner, String date, String time, String venue,
                       String purpose, String interpreter, String office, String prepared, String approved) {
    }

    private List<Visit> load(Handle h, String where, Map<String, Object> binds) {
        var q = h.createQuery("SELECT " + COLUMNS + " FROM visit " + where);
        binds.forEach(q::bind);
        List<Row> rows = q.map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11))).list();
        List<Visit> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Attendee leader = null;
            List<Attendee> members = new ArrayList<>();
            List<Attendee> hosts = new ArrayList<>();
            for (var p : h.createQuery("SELECT role, person_id, name, title FROM visit_person WHERE visit_id = ?"
                    + " ORDER BY ordinal").bind(0, r.id()).map((rs, ctx) -> new String[]{rs.getString(1),
                    rs.getString(2), rs.getString(3), rs.getString(4)}).list()) {
                Attendee a = new Attendee(p[1], p[2], p[3]);
                switch (p[0]) {
                    case "leader" -> leader = a;
                    case "member" -> members.add(a);
                    default -> hosts.add(a);
                }
            }
            List<ProgrammeItem> programme = h.createQuery("SELECT time, item FROM visit_programme WHERE visit_id = ?"
                    + " ORDER BY ordinal").bind(0, r.id())
                    .map((rs, ctx) -> new ProgrammeItem(rs.getString(1), rs.getString(2))).list();
            List<SpeechPoint> points = h.createQuery("SELECT kind, text, record_ids, source_ids FROM visit_point"
                    + " WHERE visit_id = ? ORDER BY ordinal").bind(0, r.id())
                    .map((rs, ctx) -> new SpeechPoint(rs.getString(1), rs.getString(2), words(rs.getString(3)),
                            words(rs.getString(4)))).list();
            out.add(new Visit(r.id(), r.province(), r.partner(), Db.date(r.date()), r.time(), r.venue(), r.purpose(),
                    leader, members, hosts, r.interpreter(), programme, r.office(), r.prepared(), r.approved(), points));
        }
        return out;
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split(" "));
    }
}

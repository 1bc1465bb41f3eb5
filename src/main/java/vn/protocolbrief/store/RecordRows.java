package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * The table rows a record of each kind is made of (a meeting: its row, sources, participants, requests with their
 * categories and follow-ups, gifts, and the agreements and aid it led to), read as column maps keyed by primary key.
 * A new kind of record is one more entry in {@link #PARTS}: the change log, undo and record stamps then cover it.
 */
final class RecordRows {
    /** Rows of one table that belong to a record: {@code where} selects them with the record's id bound as :id. */
    record Part(String table, String where) {
    }

    /** A record by kind and id, as the change log and the record stamps name it. */
    record Ref(String kind, String id) {
    }

    /** A row: its table, key (the primary key's values as JSON) and its columns. */
    record Row(String table, String key, Map<String, Object> columns) {
    }

    /** A reference from rows of {@code child} (columns {@code from}) to rows of a parent table (columns {@code to}). */
    record ForeignKey(String child, List<String> from, List<String> to) {
    }

    private static final String REQUESTS_OF_MEETING = "request_id IN (SELECT id FROM request WHERE meeting_id = :id)";

    /** The English renderings of a meeting's texts and of its requests', notes', commitments' and agreements'. */
    static final String ENGLISH_OF_MEETING = "(kind IN ('outcome', 'summary', 'title', 'venue') AND record_id = :id)"
            + " OR (kind IN ('request', 'note') AND record_id IN (SELECT id FROM request WHERE meeting_id = :id))"
            + " OR (kind = 'commitment' AND record_id IN (SELECT id FROM commitment WHERE meeting_id = :id))"
            + " OR (kind IN ('agreement', 'parties', 'fields') AND record_id IN (SELECT id FROM agreement"
            + " WHERE meeting_id = :id))"
            + " OR (kind = 'gift' AND record_id IN (SELECT id FROM gift WHERE meeting_id = :id))";

    static final Map<String, List<Part>> PARTS = Map.ofEntries(
            Map.entry("meeting", List.of(new Part("meeting", "id = :id"),
                    new Part("meeting_source", "meeting_id = :id"), new Part("participant", "meeting_id = :id"),
                    new Part("request", "meeting_id = :id"), new Part("request_category_link", REQUESTS_OF_MEETING),
                    new Part("request_followup", REQUESTS_OF_MEETING), new Part("gift", "meeting_id = :id"),
                    new Part("agreement", "meeting_id = :id"), new Part("aid_project", "meeting_id = :id"),
                    new Part("meeting_review", "meeting_id = :id"), new Part("commitment", "meeting_id = :id"),
                    new Part("thanks", "meeting_id = :id"),
                    new Part("commitment_followup",
                            "commitment_id IN (SELECT id FROM commitment WHERE meeting_id = :id)"),
                    new Part("english_rendering", ENGLISH_OF_MEETING),
                    new Part("meeting_sensitive", "meeting_id = :id"),
                    new Part("request_sensitive", "meeting_id = :id"))),
            Map.entry("person", List.of(new Part("person", "id = :id"), new Part("position", "person_id = :id"),
                    new Part("person_sensitive", "person_id = :id"), new Part("post_confirmation", "person_id = :id"))),
            Map.entry("source", List.of(new Part("source", "id = :id"))),
            Map.entry("partner", List.of(new Part("partner", "id = :id"), new Part("partner_alias", "partner_id = :id"),
                    new Part("partner_sensitive", "partner_id = :id"))),
            Map.entry("agreement", List.of(new Part("agreement", "id = :id"),
                    new Part("english_rendering", "kind IN ('agreement', 'parties', 'fields') AND record_id = :id"))),
            Map.entry("aid", List.of(new Part("aid_project", "id = :id"))),
            Map.entry("figure", List.of(new Part("key_figure", "id = :id"))),
            Map.entry("link", List.of(new Part("locality_link", "id = :id"))),
            Map.entry("sensitivity", List.of(new Part("sensitivity", "id = :id"))),
            Map.entry("visit", List.of(new Part("visit", "id = :id"), new Part("visit_person", "visit_id = :id"),
                    new Part("visit_programme", "visit_id = :id"), new Part("visit_point", "visit_id = :id"),
                    new Part("visit_sensitive", "visit_id = :id"), new Part("english_rendering",
                            "kind IN ('visit_venue', 'visit_purpose', 'visit_office', 'visit_programme')"
                                    + " AND record_id = :id"))));

    private final Map<String, List<String>> keys = new ConcurrentHashMap<>();
    private volatile Map<String, List<ForeignKey>> references;
    /** The handle whose statements {@link #prepared} keeps, or null: each read prepares its statements anew. */
    private final Handle preparedFor;
    private final Map<String, java.sql.PreparedStatement> prepared = new java.util.HashMap<>();

    RecordRows() {
        this.preparedFor = null;
    }

    private RecordRows(Handle h) {
        this.preparedFor = h;
        h.addCleanable(this::closePrepared);
    }

    /**
     * Rows read through statements prepared once for this handle and closed with it: a sync reads every changed
     * record's rows several times (thirteen statements a meeting), and preparing them was a third of its time.
     */
    static RecordRows preparedOnce(Handle h) {
        return new RecordRows(h);
    }

    private void closePrepared() {
        for (java.sql.PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (java.sql.SQLException ignored) {
                // the handle is closing: its connection goes with it or back to the pool
            }
        }
        prepared.clear();
    }

    /** One part's rows through its prepared statement (every :id of the part's condition bound to the record's id). */
    private List<Map<String, Object>> partRows(Handle h, Part part, String id) {
        String sql = "SELECT * FROM " + part.table() + " WHERE " + part.where();
        if (h != preparedFor) {
            return h.createQuery(sql).bind("id", id).mapToMap().list();
        }
        try {
            java.sql.PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                ps = h.getConnection().prepareStatement(sql.replace(":id", "?"));
                prepared.put(sql, ps);
            }
            int params = part.where().split(":id", -1).length - 1;
            for (int i = 1; i <= params; i++) {
                ps.setString(i, id);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                java.sql.ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        r.put(md.getColumnLabel(c), rs.getObject(c));
                    }
                    out.add(r);
                }
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new StoreException("Cannot read " + part.table() + " of " + id + ": " + e.getMessage(), e);
        }
    }

    /** The records an archive writes, by kind. */
    static List<Ref> refsOf(vn.protocolbrief.domain.Archive a) {
        List<Ref> refs = new ArrayList<>();
        a.meetings().forEach(x -> refs.add(new Ref("meeting", x.id())));
        a.sources().forEach(x -> refs.add(new Ref("source", x.id())));
        a.persons().forEach(x -> refs.add(new Ref("person", x.id())));
        a.partners().forEach(x -> refs.add(new Ref("partner", x.id())));
        a.agreements().forEach(x -> refs.add(new Ref("agreement", x.id())));
        a.aidProjects().forEach(x -> refs.add(new Ref("aid", x.id())));
        a.keyFigures().forEach(x -> refs.add(new Ref("figure", x.id())));
        a.localityLinks().forEach(x -> refs.add(new Ref("link", x.id())));
        a.sensitivities().forEach(x -> refs.add(new Ref("sensitivity", x.id())));
        a.visits().forEach(x -> refs.add(new Ref("visit", x.id())));
        a.visitMeetings().forEach(x -> refs.add(new Ref("visit", x.visitId())));
        return refs;
    }

    static List<Part> parts(String kind) {
        List<Part> parts = PARTS.get(kind);
        if (parts == null) {
            throw new StoreException("Unknown kind of record '" + kind + "'.");
        }
        return parts;
    }

    /** The record's rows as they are now, by table and key; {@code also} adds rows by key (rows it had before). */
    Map<String, Row> read(Handle h, Ref ref, Map<String, Row> also) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Part part : parts(ref.kind())) {
            partRows(h, part, ref.id()).forEach(r -> put(rows, row(h, part.table(), r)));
        }
        for (Row earlier : also.values()) {
            if (!rows.containsKey(id(earlier))) {
                byKey(h, earlier.table(), earlier.key()).ifPresent(r -> put(rows, r));
            }
        }
        return rows;
    }

    /** Whether the record's main row (its first part) exists. */
    boolean exists(Handle h, Ref ref) {
        Part main = parts(ref.kind()).get(0);
        return h.createQuery("SELECT count(*) FROM " + main.table() + " WHERE " + main.where()).bind("id", ref.id())
                .mapTo(Integer.class).one() > 0;
    }

    private static void put(Map<String, Row> rows, Row r) {
        rows.put(id(r), r);
    }

    /** A row's identity across tables. */
    static String id(Row r) {
        return r.table() + " " + r.key();
    }

    Row row(Handle h, String table, Map<String, Object> raw) {
        Map<String, Object> columns = new LinkedHashMap<>();
        raw.forEach((k, v) -> columns.put(k.toLowerCase(java.util.Locale.ROOT), normal(v)));
        // PostgreSQL's stand-in for SQLite's implicit rowid is not part of a record.
        columns.keySet().removeAll(PostgresDialect.OWN_COLUMNS);
        List<Object> key = new ArrayList<>();
        for (String k : key(h, table)) {
            key.add(columns.get(k));
        }
        return new Row(table, ChangeJson.write(key), columns);
    }

    /** The row with this key as it is now, if there is one. */
    java.util.Optional<Row> byKey(Handle h, String table, String key) {
        List<String> columns = key(h, table);
        List<Object> values = ChangeJson.readList(key);
        StringBuilder where = new StringBuilder();
        for (String c : columns) {
            where.append(where.length() == 0 ? "" : " AND ").append(c).append(" IS NOT DISTINCT FROM ?");
        }
        var q = h.createQuery("SELECT * FROM " + table + " WHERE " + where);
        for (int i = 0; i < values.size(); i++) {
            q.bind(i, values.get(i));
        }
        return q.mapToMap().findFirst().map(r -> row(h, table, r));
    }

    /** The primary key's columns (every column for a table without one). */
    List<String> key(Handle h, String table) {
        return keys.computeIfAbsent(table, t -> {
            Dialect dialect = Dialect.of(h);
            List<String> pk = dialect.primaryKey(h, t);
            return pk.isEmpty() ? dialect.columns(h, t) : pk;
        });
    }

    /** The references to a table from every other (read from the schema once). */
    List<ForeignKey> referencesTo(Handle h, String table) {
        Map<String, List<ForeignKey>> all = references;
        if (all == null) {
            Map<String, List<ForeignKey>> found = new java.util.HashMap<>();
            Dialect dialect = Dialect.of(h);
            for (String child : dialect.tables(h)) {
                for (Dialect.Reference r : dialect.references(h, child)) {
                    found.computeIfAbsent(r.parent(), x -> new ArrayList<>()).add(new ForeignKey(child, r.from(), r.to()));
                }
            }
            references = all = found;
        }
        return all.getOrDefault(table, List.of());
    }

    /** One form for a value, whichever way it was read (SQLite integers come as Integer or Long). */
    static Object normal(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.scale() <= 0 ? (Object) d.longValue() : (Object) d.doubleValue();
        }
        if (v instanceof byte[] b) {
            return java.util.Base64.getEncoder().encodeToString(b);
        }
        return v;
    }

    /** Whether two rows (or absences) hold the same values. */
    static boolean same(Map<String, Object> a, Map<String, Object> b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (var e : a.entrySet()) {
            if (!java.util.Objects.equals(normal(e.getValue()), normal(b.get(e.getKey())))) {
                return false;
            }
        }
        return true;
    }
}

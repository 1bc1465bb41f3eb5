package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.store.RecordRows.Ref;
import vn.protocolbrief.store.RecordRows.Row;

/**
 * Records copied from one store to another row by row (a travel copy's sync): which records a change log names since
 * a point, a record's rows as they are, and a record put into a store exactly as another holds it, logged as a change
 * of that store (so its history, the trash and the search index follow).
 */
final class RecordCopies {
    /** Parents before the records that refer to them (deletions go the other way). */
    static final List<String> KIND_ORDER = List.of("partner", "source", "person", "meeting", "visit", "agreement", "aid",
            "figure", "link", "sensitivity");

    /**
     * The tables whose rows the search index's text is made of (MeetingRepository, PersonRepository, SourceRepository,
     * PartnerRepository index them): a record whose changed rows are all elsewhere (a request's follow-up, a review)
     * keeps its index entries as they are.
     */
    static final Set<String> INDEXED_TABLES = Set.of("meeting", "participant", "gift", "request",
            "request_category_link", "person", "position", "source", "partner", "partner_alias");

    private final RecordRows rows;
    private final ChangeLog changes;

    /** Whether the search index's text can differ after this row change (a request's is its text and categories). */
    static boolean changesIndexText(ChangeLog.RowChange c) {
        if (!INDEXED_TABLES.contains(c.table())) {
            return false;
        }
        return c.before() == null || c.after() == null || !c.table().equals("request") || c.fields().contains("text");
    }

    RecordCopies() {
        this(new RecordRows());
    }

    private RecordCopies(RecordRows rows) {
        this.rows = rows;
        this.changes = new ChangeLog(rows);
    }

    /** For the work of one handle (a sync's transaction): its reads keep their statements prepared until it closes. */
    static RecordCopies in(Handle h) {
        return new RecordCopies(RecordRows.preparedOnce(h));
    }

    /** A record as one store holds it: its rows (none when absent), and who changed it last there, with a label. */
    record Held(Ref ref, Map<String, Row> rows, String label, String changedBy, String changedAt) {
        boolean absent() {
            return rows.isEmpty();
        }
    }

    /**
     * The records named by changes after {@code point} (and up to {@code upTo} when not null), leaving out changes
     * made in sessions that start with {@code skipSessions} (a sync's own writes).
     */
    Set<Ref> changedSince(Handle h, long point, Long upTo, String skipSessions) {
        Set<Ref> out = new LinkedHashSet<>();
        h.createQuery("SELECT DISTINCT r.kind, r.ref_id FROM change_record r JOIN change_log l ON l.id = r.change_id"
                        + " WHERE l.id > :point AND l.id <= :upTo AND l.session NOT LIKE :skip ORDER BY r.kind, r.ref_id")
                .bind("point", point).bind("upTo", upTo == null ? Long.MAX_VALUE : upTo)
                .bind("skip", skipSessions.replace("%", "") + "%")
                .map((rs, ctx) -> new Ref(rs.getString(1), rs.getString(2))).forEach(ref -> {
                    if (RecordRows.PARTS.containsKey(ref.kind())) {
                        out.add(ref);
                    }
                });
        return out;
    }

    static long lastChange(Handle h) {
        return h.createQuery("SELECT coalesce(max(id), 0) FROM change_log").mapTo(Long.class).one();
    }

    Held held(Handle h, Ref ref) {
        Map<String, Row> now = rows.read(h, ref, Map.of());
        ChangeLog.Stamp stamp = ChangeLog.stamp(h, ref.kind(), ref.id());
        String label = h.createQuery("SELECT l.label FROM change_record r JOIN change_log l ON l.id = r.change_id"
                        + " WHERE r.kind = ? AND r.ref_id = ? ORDER BY l.id DESC LIMIT 1").bind(0, ref.kind())
                .bind(1, ref.id()).mapTo(String.class).findOne().orElse(ref.kind() + " " + ref.id());
        return new Held(ref, now, label, stamp.changedBy(), stamp.changedAt());
    }

    Map<String, Row> rowsOf(Handle h, Ref ref) {
        return rows.read(h, ref, Map.of());
    }

    /** Whether this store holds the record (its main row: the other parts hang on it). */
    boolean holds(Handle h, Ref ref) {
        return rows.exists(h, ref);
    }

    /** Whether two stores hold a record alike (both absent counts). */
    static boolean same(Map<String, Row> a, Map<String, Row> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (var e : a.entrySet()) {
            if (!RecordRows.same(e.getValue().columns(), b.get(e.getKey()).columns())) {
                return false;
            }
        }
        return true;
    }

    /** The records in the order they can be written: present ones parents first, then absent ones children first. */
    static List<Held> writeOrder(Iterable<Held> records) {
        List<Held> present = new ArrayList<>();
        List<Held> absent = new ArrayList<>();
        records.forEach(r -> (r.absent() ? absent : present).add(r));
        Comparator<Held> byKind = Comparator.comparingInt(r -> KIND_ORDER.indexOf(r.ref().kind()));
        present.sort(byKind);
        absent.sort(byKind.reversed());
        present.addAll(absent);
        return present;
    }

    /** References are checked when the transaction commits (a copied meeting may name a person copied after it). */
    static void deferReferences(Handle h) {
        Dialect.of(h).deferForeignKeys(h);
    }

    /**
     * Makes this store hold the record exactly as {@code source} says (its rows added, changed or removed), in the
     * caller's transaction, logged as one change by {@code actor} ("sync", or "sync-delete" for a deletion, which
     * then sits in the trash). Returns false when the store held it so already.
     */
    boolean put(Handle h, Held source, Actor actor, Undoing undoing) {
        return put(h, source, rowsOf(h, source.ref()), actor, undoing);
    }

    /** The same with the record's rows as this store holds them now, read by the caller in this transaction. */
    boolean put(Handle h, Held source, Map<String, Row> current, Actor actor, Undoing undoing) {
        Ref ref = source.ref();
        ChangeLog.Before before = changes.before(ref, current);
        if (same(current, source.rows())) {
            return false;
        }
        List<Row> old = new ArrayList<>(current.values());
        for (int i = old.size() - 1; i >= 0; i--) {
            if (!source.rows().containsKey(RecordRows.id(old.get(i)))) {
                delete(h, old.get(i));
            }
        }
        for (Row r : source.rows().values()) {
            Row was = current.get(RecordRows.id(r));
            if (was == null) {
                insert(h, r);
            } else if (!RecordRows.same(was.columns(), r.columns())) {
                update(h, r);
            }
        }
        List<ChangeLog.RowChange> rowChanges = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(current.keySet());
        ids.addAll(source.rows().keySet());
        for (String id : ids) {
            Row b = current.get(id);
            Row a = source.rows().get(id);
            if (RecordRows.same(b == null ? null : b.columns(), a == null ? null : a.columns())) {
                continue; // an unchanged row keeps its index entry (its record is reindexed whole below)
            }
            Row any = a != null ? a : b;
            rowChanges.add(new ChangeLog.RowChange(any.table(), any.key(), b == null ? null : b.columns(),
                    a == null ? null : a.columns()));
        }
        if (rowChanges.stream().anyMatch(RecordCopies::changesIndexText)) {
            undoing.reindex(h, List.of(ref), rowChanges);
        }
        changes.record(h, before, actor, source.absent() ? "sync-delete" : "sync", ref.kind(), ref.id(),
                source.label());
        return true;
    }

    private void delete(Handle h, Row r) {
        List<String> key = rows.key(h, r.table());
        var u = h.createUpdate("DELETE FROM " + r.table() + " WHERE " + where(key));
        bindKey(u, key, r, 0);
        u.execute();
    }

    private void insert(Handle h, Row r) {
        List<String> columns = new ArrayList<>(r.columns().keySet());
        var u = h.createUpdate("INSERT INTO " + r.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")");
        for (int i = 0; i < columns.size(); i++) {
            u.bind(i, r.columns().get(columns.get(i)));
        }
        u.execute();
    }

    /** An UPDATE, never a REPLACE: replacing a row deletes it first, and its children would go with it. */
    private void update(Handle h, Row r) {
        List<String> key = rows.key(h, r.table());
        List<String> columns = new ArrayList<>(r.columns().keySet());
        StringBuilder set = new StringBuilder();
        columns.forEach(c -> set.append(set.length() == 0 ? "" : ", ").append(c).append(" = ?"));
        var u = h.createUpdate("UPDATE " + r.table() + " SET " + set + " WHERE " + where(key));
        int i = 0;
        for (String c : columns) {
            u.bind(i++, r.columns().get(c));
        }
        bindKey(u, key, r, i);
        u.execute();
    }

    private static String where(List<String> key) {
        StringBuilder where = new StringBuilder();
        key.forEach(k -> where.append(where.length() == 0 ? "" : " AND ").append(k).append(" = ?"));
        return where.toString();
    }

    private static void bindKey(org.jdbi.v3.core.statement.Update u, List<String> key, Row r, int from) {
        for (int i = 0; i < key.size(); i++) {
            u.bind(from + i, r.columns().get(key.get(i)));
        }
    }

    /** Rows as JSON (a conflict's office version): the list of rows, each its table, key and columns. */
    static String toJson(Map<String, Row> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows.values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("table", r.table());
            one.put("key", r.key());
            one.put("columns", r.columns());
            out.add(one);
        }
        return ChangeJson.write(out);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Row> fromJson(String json) {
        Map<String, Row> out = new LinkedHashMap<>();
        for (Object o : ChangeJson.readList(json)) {
            Map<String, Object> one = (Map<String, Object>) o;
            Map<String, Object> columns = new LinkedHashMap<>();
            ((Map<String, Object>) one.get("columns")).forEach((k, v) -> columns.put(k, RecordRows.normal(v)));
            Row r = new Row((String) one.get("table"), (String) one.get("key"), columns);
            out.put(RecordRows.id(r), r);
        }
        return out;
    }
}

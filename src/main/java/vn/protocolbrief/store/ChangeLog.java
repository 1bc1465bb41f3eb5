package vn.protocolbrief.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.store.RecordRows.Ref;
import vn.protocolbrief.store.RecordRows.Row;

/**
 * Every change written in the transaction that makes it: the rows it added, removed or changed (each field before
 * and after), who made it and in which session, and each touched record's new version. Written by the services
 * (SQLite has no session variables for triggers to read); the tables have the shape a PostgreSQL trigger can fill.
 */
final class ChangeLog {
    /**
     * The changes {@code undo} takes back: those made by hand; and a deletion a travel copy's sync brought
     * ("sync-delete"), which is in the trash (restored by its number) though never the target of a plain undo.
     */
    static final Set<String> UNDOABLE = Set.of("create", "edit", "delete", "sync-delete");

    private final RecordRows rows;

    ChangeLog(RecordRows rows) {
        this.rows = rows;
    }

    /** The records' rows before a change, to compare with after it. */
    final class Before {
        final Map<Ref, Map<String, Row>> rowsOf = new LinkedHashMap<>();

        Map<String, Row> of(Ref ref) {
            return rowsOf.getOrDefault(ref, Map.of());
        }
    }

    /** The same for one record whose rows the caller has just read in this transaction (no second read). */
    Before before(Ref ref, Map<String, Row> rowsNow) {
        Before b = new Before();
        b.rowsOf.put(ref, rowsNow);
        return b;
    }

    Before before(Handle h, List<Ref> refs) {
        Before b = new Before();
        for (Ref ref : new LinkedHashSet<>(refs)) {
            b.rowsOf.put(ref, rows.read(h, ref, Map.of()));
        }
        return b;
    }

    /** A row added, removed or changed by one change. */
    record RowChange(String table, String key, Map<String, Object> before, Map<String, Object> after) {
        List<String> fields() {
            if (before == null || after == null) {
                return List.of();
            }
            List<String> changed = new ArrayList<>();
            after.forEach((k, v) -> {
                if (!java.util.Objects.equals(RecordRows.normal(before.get(k)), RecordRows.normal(v))) {
                    changed.add(k);
                }
            });
            return changed;
        }
    }

    /**
     * Records the change the records went through since {@code before}: its rows, the touched records and their new
     * versions. Returns its id, or 0 when no row changed (nothing to record).
     */
    long record(Handle h, Before before, Actor actor, String action, String kind, String refId, String label) {
        boolean reviewsOutdated = ReviewsOutdated.applies(action);
        if (Office.isPostgres(h)) {
            if (reviewsOutdated) {
                ReviewsOutdated.clearOnServer(h, actor);
            }
            return nameDatabaseChange(h, actor, action, kind, refId, shortLabel(label, refId));
        }
        Compared compared = compare(h, before);
        if (compared.changed().isEmpty()) {
            return 0;
        }
        List<String> outdated = reviewsOutdated ? ReviewsOutdated.reviewedByOthers(h,
                ReviewsOutdated.meetings(compared.changed(), compared.touched()), actor) : List.of();
        if (!outdated.isEmpty()) {
            // a meeting changed only through an agreement or aid saved with it: its review row joins the change
            outdated.forEach(id -> before.rowsOf.computeIfAbsent(new Ref("meeting", id), r -> rows.read(h, r, Map.of())));
            ReviewsOutdated.clear(h, outdated, actor);
            compared = compare(h, before); // the reviews taken off are rows of this change
        }
        List<RowChange> changed = compared.changed();
        Map<Ref, Boolean> touched = compared.touched();
        String at = now();
        long id = newEntry(h, at, actor, action, kind, refId, shortLabel(label, refId));
        int ordinal = 0;
        for (RowChange c : changed) {
            h.execute("INSERT INTO change_row (change_id, ordinal, table_name, row_key, before, after, fields)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, ordinal++, c.table(), c.key(),
                    c.before() == null ? null : ChangeJson.write(c.before()),
                    c.after() == null ? null : ChangeJson.write(c.after()), String.join(",", c.fields()));
        }
        touched.forEach((ref, created) -> {
            h.execute("INSERT INTO change_record (change_id, kind, ref_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", id, ref.kind(),
                    ref.id());
            stamp(h, ref, actor, at, created);
        });
        return id;
    }

    /**
     * The meetings the change since {@code before} has changed so far whose review is by someone other than
     * {@code actor}: the reviews {@link #record} will take off ({@link ReviewsOutdated}), unless the actor vouches.
     */
    List<String> outdatedReviews(Handle h, Before before, Actor actor) {
        if (Office.isPostgres(h)) {
            return ReviewsOutdated.onServer(h, actor);
        }
        Compared compared = compare(h, before);
        return ReviewsOutdated.reviewedByOthers(h, ReviewsOutdated.meetings(compared.changed(), compared.touched()),
                actor);
    }

    /** The rows of the change since {@code before} (each once), and the records they belong to (true: created). */
    private record Compared(List<RowChange> changed, Map<Ref, Boolean> touched) {
    }

    private Compared compare(Handle h, Before before) {
        List<RowChange> changed = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        Map<Ref, Boolean> touched = new LinkedHashMap<>();
        for (var e : before.rowsOf.entrySet()) {
            Map<String, Row> was = e.getValue();
            Map<String, Row> now = rows.read(h, e.getKey(), was);
            boolean any = false;
            Set<String> keys = new LinkedHashSet<>(was.keySet());
            keys.addAll(now.keySet());
            for (String id : keys) {
                Row b = was.get(id);
                Row a = now.get(id);
                if (RecordRows.same(b == null ? null : b.columns(), a == null ? null : a.columns())) {
                    continue;
                }
                any = true;
                if (seen.add(id)) {
                    Row any1 = a != null ? a : b;
                    changed.add(new RowChange(any1.table(), any1.key(), b == null ? null : b.columns(),
                            a == null ? null : a.columns()));
                }
            }
            if (any) {
                touched.put(e.getKey(), was.isEmpty());
            }
        }
        return new Compared(changed, touched);
    }

    /** A change recorded without its rows (an archive imported whole): who and when, each record stamped. */
    long recordBulk(Handle h, Actor actor, String action, String label, List<Ref> refs) {
        if (Office.isPostgres(h)) {
            return nameDatabaseChange(h, actor, action, "archive", "", shortLabel(label, "archive"));
        }
        String at = now();
        long id = newEntry(h, at, actor, action, "archive", "", shortLabel(label, "archive"));
        var batch = h.prepareBatch("INSERT INTO change_record (change_id, kind, ref_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
        for (Ref ref : refs) {
            batch.add(id, ref.kind(), ref.id());
        }
        if (!refs.isEmpty()) {
            batch.execute();
        }
        var stamps = h.prepareBatch("INSERT INTO record_stamp (kind, ref_id, version, created_by, created_at, changed_by,"
                + " changed_at) VALUES (?, ?, 1, ?, ?, ?, ?) ON CONFLICT (kind, ref_id) DO UPDATE SET"
                + " version = record_stamp.version + 1, changed_by = excluded.changed_by, changed_at = excluded.changed_at");
        for (Ref ref : refs) {
            stamps.add(ref.kind(), ref.id(), actor.name(), at, actor.name(), at);
        }
        if (!refs.isEmpty()) {
            stamps.execute();
        }
        return id;
    }

    /**
     * On an office store (PostgreSQL) the database's triggers have logged the rows and stamped the records, with the
     * login, in this transaction (V015); the application only says what the change was. 0 when no row changed.
     */
    private static long nameDatabaseChange(Handle h, Actor actor, String action, String kind, String refId,
                                           String label) {
        return h.createQuery("SELECT pb_annotate_change(?, ?, ?, ?, ?)").bind(0, action).bind(1, kind).bind(2, refId)
                .bind(3, label).bind(4, actor.session()).mapTo(Long.class).one();
    }

    private static long newEntry(Handle h, String at, Actor actor, String action, String kind, String refId,
                                 String label) {
        return h.createQuery("INSERT INTO change_log (at, actor, session, action, kind, ref_id, label)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .bind(0, at).bind(1, actor.name()).bind(2, actor.session()).bind(3, action).bind(4, kind)
                .bind(5, refId).bind(6, label).mapTo(Long.class).one();
    }

    private static void stamp(Handle h, Ref ref, Actor actor, String at, boolean created) {
        h.execute("INSERT INTO record_stamp (kind, ref_id, version, created_by, created_at, changed_by, changed_at)"
                        + " VALUES (?, ?, 1, ?, ?, ?, ?) ON CONFLICT (kind, ref_id) DO UPDATE SET version = record_stamp.version + 1,"
                        + " changed_by = excluded.changed_by, changed_at = excluded.changed_at",
                ref.kind(), ref.id(), created ? actor.name() : null, created ? at : null, actor.name(), at);
    }

    /** A record's version and who made and last changed it. */
    record Stamp(long version, String createdBy, String createdAt, String changedBy, String changedAt) {
        static final Stamp NONE = new Stamp(0, null, null, null, null);
    }

    static Stamp stamp(Handle h, String kind, String id) {
        return h.createQuery("SELECT version, created_by, created_at, changed_by, changed_at FROM record_stamp"
                        + " WHERE kind = ? AND ref_id = ?").bind(0, kind).bind(1, id)
                .map((rs, ctx) -> new Stamp(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).findOne().orElse(Stamp.NONE);
    }

    /** Refuses a save based on an older version of the record than the stored one, saying who changed it and when. */
    static void requireVersion(Handle h, String kind, String id, long basedOn, String what) {
        Stamp now = stamp(h, kind, id);
        if (now.version() != basedOn) {
            throw new StaleEditException(what, now);
        }
    }

    static String now() {
        return LocalDateTime.now().withNano(0).toString();
    }

    private static String shortLabel(String label, String fallback) {
        String l = label == null || label.isBlank() ? fallback : label;
        return l.length() > 200 ? l.substring(0, 200) + "…" : l;
    }

    // ---- undo ------------------------------------------------------------------------------------------------

    /**
     * Why the change cannot be taken back now, if it cannot: a row it wrote was changed since (by whom, when), or
     * a row it added is referred to by rows added since.
     */
    Optional<String> whyNot(Handle h, long changeId, List<RowChange> changes) {
        // Rows of the change itself are put back as they were before it, and none of them referred to a row the
        // change added (it did not exist then): only rows outside the change can stand in the way.
        Set<String> removedByUndo = new java.util.HashSet<>();
        for (RowChange c : changes) {
            removedByUndo.add(c.table() + " " + c.key());
        }
        for (RowChange c : changes) {
            Map<String, Object> current = rows.byKey(h, c.table(), c.key()).map(Row::columns).orElse(null);
            if (!RecordRows.same(current, c.after())) {
                return Optional.of(describe(c) + " was " + (current == null ? "deleted" : "changed") + " since"
                        + blame(h, changeId, c.table(), c.key()) + ".");
            }
        }
        for (RowChange c : changes) {
            if (c.before() != null) {
                continue;
            }
            List<String> counts = new ArrayList<>();
            Row first = null;
            for (RecordRows.ForeignKey fk : rows.referencesTo(h, c.table())) {
                StringBuilder where = new StringBuilder();
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < fk.from().size(); i++) {
                    where.append(i == 0 ? "" : " AND ").append(fk.from().get(i)).append(" = ?");
                    values.add(c.after().get(fk.to().get(i).toLowerCase(java.util.Locale.ROOT)));
                }
                var q = h.createQuery("SELECT * FROM " + fk.child() + " WHERE " + where);
                for (int i = 0; i < values.size(); i++) {
                    q.bind(i, values.get(i));
                }
                List<Row> referring = q.mapToMap().map(r -> rows.row(h, fk.child(), r)).list().stream()
                        .filter(r -> !removedByUndo.contains(r.table() + " " + r.key())).toList();
                if (!referring.isEmpty()) {
                    String noun = noun(fk.child());
                    counts.add(referring.size() + " " + (referring.size() == 1 ? noun.substring(0, noun.length() - 1)
                            : noun));
                    first = first == null ? referring.get(0) : first;
                }
            }
            if (first != null) {
                return Optional.of(String.join(", ", counts) + " added since" + blame(h, changeId, first.table(),
                        first.key()) + " refer to " + describe(c) + "; undoing it would remove them.");
            }
        }
        return Optional.empty();
    }

    /** Puts every row back as it was before the change (in the caller's transaction; references checked at commit). */
    void revert(Handle h, List<RowChange> changes) {
        Dialect.of(h).deferForeignKeys(h);
        for (int i = changes.size() - 1; i >= 0; i--) {
            RowChange c = changes.get(i);
            List<String> key = rows.key(h, c.table());
            List<Object> keyValues = ChangeJson.readList(c.key());
            if (c.before() == null) {
                StringBuilder where = new StringBuilder();
                key.forEach(k -> where.append(where.length() == 0 ? "" : " AND ").append(k).append(" IS NOT DISTINCT FROM ?"));
                var u = h.createUpdate("DELETE FROM " + c.table() + " WHERE " + where);
                for (int j = 0; j < keyValues.size(); j++) {
                    u.bind(j, keyValues.get(j));
                }
                u.execute();
            } else if (c.after() != null) {
                // An UPDATE, never a REPLACE: replacing a row deletes it first, and its children would go with it.
                List<String> columns = new ArrayList<>(c.before().keySet());
                StringBuilder set = new StringBuilder();
                columns.forEach(col -> set.append(set.length() == 0 ? "" : ", ").append(col).append(" = ?"));
                StringBuilder where = new StringBuilder();
                key.forEach(k -> where.append(where.length() == 0 ? "" : " AND ").append(k).append(" IS NOT DISTINCT FROM ?"));
                var u = h.createUpdate("UPDATE " + c.table() + " SET " + set + " WHERE " + where);
                int j = 0;
                for (String col : columns) {
                    u.bind(j++, c.before().get(col));
                }
                for (Object v : keyValues) {
                    u.bind(j++, v);
                }
                u.execute();
            } else {
                List<String> columns = new ArrayList<>(c.before().keySet());
                String sql = "INSERT INTO " + c.table() + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
                var u = h.createUpdate(sql);
                for (int j = 0; j < columns.size(); j++) {
                    u.bind(j, c.before().get(columns.get(j)));
                }
                u.execute();
            }
        }
    }

    List<RowChange> rowsOf(Handle h, long changeId) {
        return h.createQuery("SELECT table_name, row_key, before, after FROM change_row WHERE change_id = ?"
                        + " ORDER BY ordinal").bind(0, changeId)
                .map((rs, ctx) -> new RowChange(rs.getString(1), rs.getString(2), ChangeJson.readMap(rs.getString(3)),
                        ChangeJson.readMap(rs.getString(4)))).list();
    }

    List<Ref> recordsOf(Handle h, long changeId) {
        return h.createQuery("SELECT kind, ref_id FROM change_record WHERE change_id = ?").bind(0, changeId)
                .map((rs, ctx) -> new Ref(rs.getString(1), rs.getString(2))).list();
    }

    /** " by Lan at 2026-12-06 10:42 (change 57)" for the latest later change of the row, or "". */
    private static String blame(Handle h, long after, String table, String key) {
        return h.createQuery("SELECT l.actor, l.at, l.id FROM change_row r JOIN change_log l ON l.id = r.change_id"
                        + " WHERE r.table_name = ? AND r.row_key = ? AND r.change_id > ? ORDER BY r.change_id DESC LIMIT 1")
                .bind(0, table).bind(1, key).bind(2, after)
                .map((rs, ctx) -> " by " + rs.getString(1) + " at " + rs.getString(2).replace('T', ' ')
                        + " (change " + rs.getLong(3) + ")").findOne().orElse("");
    }

    private static String describe(RowChange c) {
        Map<String, Object> any = c.after() != null ? c.after() : c.before();
        Object id = any.get("id");
        String name = noun(c.table());
        return (name.endsWith("s") ? name.substring(0, name.length() - 1) : name) + " " + (id != null ? id
                : String.join("/", ChangeJson.readList(c.key()).stream().map(String::valueOf).toList()));
    }

    private static String noun(String table) {
        return switch (table) {
            case "request_followup" -> "follow-ups";
            case "request_category_link" -> "request categories";
            case "meeting_source" -> "meeting sources";
            case "aid_project" -> "aid projects";
            case "key_figure" -> "key figures";
            case "locality_link" -> "locality links";
            default -> table.replace('_', ' ') + "s";
        };
    }
}

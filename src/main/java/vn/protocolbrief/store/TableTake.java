package vn.protocolbrief.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A travel copy written table by table, set-based: every record table of the office (a server's, or a SQLite file's
 * when only some of it is taken) read in one snapshot with large-fetch cursors and written into a new SQLite store
 * with prepared batches in one transaction, journal and syncing off while the file is built (it is only named as the
 * copy once finished); then what the copy does not take removed by {@link TakeFilter} as a few statements, and the
 * search index filled from the office's own entries for the records left
 * (docs/decisions/0013-travel-copy.md; {@code TableTakeTest} compares with the record-by-record take).
 */
public final class TableTake {
    /** The office's search entries, staged in the copy as a plain table until the scope is known. */
    private static final String STAGED_SEARCH = "take_search";
    /**
     * Tables whose readers rely on the order rows were written in (the provinces north to south, the rendering
     * written last wins, packs newest first): read in that order, or a server's heap order (changed by any UPDATE)
     * becomes the copy's rowid order.
     */
    private static final java.util.Set<String> WRITTEN_ORDER = java.util.Set.of("province", "province_alias",
            "english_rendering", "brief_record");
    private static final int FETCH = 5_000;
    private static final int BATCH = 2_000;

    /** What is taken: some provinces (none: all), with or without the sensitive records. */
    public record Scope(List<String> provinces, boolean withoutSensitive) {
        boolean whole() {
            return provinces.isEmpty() && !withoutSensitive;
        }
    }

    /**
     * Writes the office's records in {@code scope} into {@code target} (a new file), as one consistent moment of the
     * office, logs the take as the copy's first change by {@code copyActor}, and returns what it holds and the point of
     * the office's change log it is a copy of.
     */
    public WholeTake.Copied take(Store office, Path target, Scope scope) {
        // The new store's schema and reference data, made as every store is made; its settings restored after.
        try (Store fresh = Store.open(target, false)) {
            fresh.actingAs(office.actor());
        }
        List<String> tables = carriedTables(target);
        long officePoint;
        Set<String> givenOnly = new HashSet<>();
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + target)) {
            try (Statement s = copy.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA foreign_keys = OFF");
                s.execute("CREATE TABLE " + STAGED_SEARCH + " (kind TEXT, ref_id TEXT, title TEXT, body TEXT,"
                        + " ftitle TEXT, fbody TEXT)");
                if (!scope.whole()) {
                    TakeFilter.rememberGivenPartners(s);
                }
            }
            copy.setAutoCommit(false);
            // The tables' own indexes are built once after the rows are in (a sorted build, not 300,000 insertions).
            List<String> indexes = dropIndexes(copy, tables);
            OfficeRead read = new OfficeRead(scope);
            officePoint = office.snapshot(h -> {
                try {
                    for (String table : tables) {
                        clear(copy, table);
                        transfer(h.getConnection(), copy, table, columns(copy, table), read.where(table)
                                + (WRITTEN_ORDER.contains(table) ? " ORDER BY rowid" : ""));
                    }
                    clear(copy, "search_index");
                    clear(copy, "search_row");
                    // A whole copy takes every entry into the index at once; a scoped one stages them until the
                    // records left are known.
                    transfer(h.getConnection(), copy, "search_index", scope.whole() ? "search_index" : STAGED_SEARCH,
                            List.of("kind", "ref_id", "title", "body", "ftitle", "fbody"),
                            read.where("search_index") + " ORDER BY rowid");
                } catch (SQLException e) {
                    throw new StoreException(StoreException.Problem.TRAVEL_COPY_WRITE, e, target,
                            StoreException.rootMessage(e));
                }
                return RecordCopies.lastChange(h);
            });
            try (Statement s = copy.createStatement()) {
                for (String index : indexes) {
                    s.execute(index);
                }
                if (!scope.whole()) {
                    givenOnly.addAll(new TakeFilter(scope.provinces(), scope.withoutSensitive()).apply(s));
                    s.execute("INSERT INTO search_index (kind, ref_id, title, body, ftitle, fbody)"
                            + " SELECT kind, ref_id, title, body, ftitle, fbody FROM " + STAGED_SEARCH + " t"
                            + " WHERE " + TakeFilter.recordExists("t") + " ORDER BY rowid");
                }
                s.execute("INSERT INTO search_row (kind, ref_id, row) SELECT kind, ref_id, rowid FROM search_index");
                s.execute("DROP TABLE " + STAGED_SEARCH);
            }
            copy.commit();
            copy.setAutoCommit(true);
            try (Statement s = copy.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.TRAVEL_COPY_WRITE, e, target, StoreException.rootMessage(e));
        }
        try (Store done = Store.open(target, false)) {
            done.actingAs(office.actor());
            return done.write(h -> WholeTake.logTake(h, done.actor(), officePoint, givenOnly));
        }
    }

    /**
     * What is read of the office's tables: only the provinces' meetings and their requests when some are taken, and
     * without sensitive records none of those records nor what hangs on them ({@link SensitiveScope}): they never
     * leave the database server. Everything else is read whole and scoped in the copy.
     */
    private record OfficeRead(Scope scope) {
        String where(String table) {
            List<String> conditions = new ArrayList<>();
            if (scope.withoutSensitive()) {
                conditions.addAll(SensitiveScope.readConditions(table));
            }
            String inProvinces = inProvinces(table);
            if (!inProvinces.isEmpty()) {
                conditions.add(inProvinces);
            }
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        private String inProvinces(String table) {
            if (scope.provinces().isEmpty()) {
                return "";
            }
            String meetings = "SELECT id FROM meeting WHERE province_id IN (" + String.join(", ",
                    scope.provinces().stream().map(p -> "'" + p.replace("'", "''") + "'").toList()) + ")";
            String requests = "SELECT id FROM request WHERE meeting_id IN (" + meetings + ")";
            return switch (table) {
                case "meeting" -> "id IN (" + meetings + ")";
                case "meeting_source", "participant", "request", "gift", "commitment", "thanks", "meeting_review",
                     "meeting_sensitive", "request_sensitive" -> "meeting_id IN (" + meetings + ")";
                case "request_category_link", "request_followup" -> "request_id IN (" + requests + ")";
                case "commitment_followup" -> "commitment_id IN (SELECT id FROM commitment WHERE meeting_id IN ("
                        + meetings + "))";
                case "search_index" -> "(kind NOT IN ('meeting', 'request') OR (kind = 'meeting' AND ref_id IN ("
                        + meetings + ")) OR (kind = 'request' AND ref_id IN (" + requests + ")))";
                default -> "";
            };
        }
    }

    /** The copy's tables that hold records or reference data (the search index is filled apart). */
    private static List<String> carriedTables(Path target) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target);
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!WholeTake.OWN_TABLES.contains(name) && !name.equals("search_row")
                        && !name.equals("flyway_schema_history")) {
                    out.add(name);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.TRAVEL_COPY_WRITE, e, target, StoreException.rootMessage(e));
        }
        return out;
    }

    /** Drops the copied tables' explicit indexes; returns the statements that make them again. */
    private static List<String> dropIndexes(Connection copy, List<String> tables) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> make = new ArrayList<>();
        try (ResultSet rs = copy.createStatement().executeQuery("SELECT name, tbl_name, sql FROM sqlite_master"
                + " WHERE type = 'index' AND sql IS NOT NULL")) {
            while (rs.next()) {
                if (tables.contains(rs.getString(2))) {
                    names.add(rs.getString(1));
                    make.add(rs.getString(3));
                }
            }
        }
        try (Statement s = copy.createStatement()) {
            for (String name : names) {
                s.execute("DROP INDEX " + name);
            }
        }
        return make;
    }

    private static List<String> columns(Connection copy, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = copy.createStatement().executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }

    private static void clear(Connection copy, String table) throws SQLException {
        try (Statement s = copy.createStatement()) {
            s.execute("DELETE FROM " + table);
        }
    }

    private static void transfer(Connection office, Connection copy, String table, List<String> columns,
                                 String condition)
            throws SQLException {
        transfer(office, copy, table, table, columns, condition);
    }

    /** Streams the columns of the office's table into the copy's table, a cursor's fetch and a batch at a time. */
    private static void transfer(Connection office, Connection copy, String from, String into, List<String> columns,
                                 String condition) throws SQLException {
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        try (PreparedStatement read = office.prepareStatement("SELECT " + list + " FROM " + from + condition);
             PreparedStatement write = copy.prepareStatement("INSERT INTO " + into + " (" + list + ") VALUES ("
                     + marks + ")")) {
            read.setFetchSize(FETCH);
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                int n = columns.size();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        write.setObject(i, rs.getObject(i));
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}

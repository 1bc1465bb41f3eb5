package vn.protocolbrief.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** What a store file holds, looked at before opening it: its schema version, whether it has records to lose. */
final class StoreFileProbe {
    private StoreFileProbe() {
    }

    /** The applied schema version, read without writing anything (not even -wal/-shm files). */
    static int schemaVersion(Path file) {
        try (Connection c = probe(file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    try (ResultSet any = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                        any.next();
                        if (any.getInt(1) > 0) {
                            throw new StoreException(StoreException.Problem.NOT_A_STORE, null, file);
                        }
                    }
                    return 0;
                }
            }
            int highest = 0;
            try (ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history"
                    + " WHERE success = 1 AND version IS NOT NULL")) {
                while (rs.next()) {
                    String v = rs.getString(1).strip();
                    if (!v.matches("\\d{1,6}")) {
                        throw new StoreException(StoreException.Problem.UNKNOWN_VERSION, null, file, v);
                    }
                    highest = Math.max(highest, Integer.parseInt(v));
                }
            }
            return highest;
        } catch (SQLException e) {
            if (SqliteErrors.sqliteCode(e) != null && SqliteErrors.diskProblem(SqliteErrors.sqliteCode(e))) {
                throw SqliteErrors.diskFull(file, e);
            }
            if (SqliteErrors.sqliteCode(e) == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB) {
                // A text file, a Word file, anything but a database: said as such, without SQLite's words.
                throw new StoreException(StoreException.Problem.NOT_A_STORE, e, file);
            }
            throw new StoreException(StoreException.Problem.UNREADABLE, e, file, StoreException.rootMessage(e));
        }
    }

    /**
     * A read-only look at a file that leaves no trace beside it: as it is on disk when it has no write-ahead log
     * (a refused store gets no -wal or -shm files), through its log when it has one.
     */
    private static Connection probe(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        boolean log = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        return DriverManager.getConnection("jdbc:sqlite:" + SqliteSources.uri(file, log ? "mode=ro" : "immutable=1"),
                config.toProperties());
    }

    /** True when the file holds records an officer could lose (a store cut off while being created holds none). */
    static boolean hasRecords(Path file) {
        try (Connection c = probe(file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN"
                     + " ('meeting', 'source', 'person')")) {
            rs.next();
            if (rs.getInt(1) < 3) {
                return false;
            }
            try (ResultSet n = st.executeQuery("SELECT (SELECT count(*) FROM meeting) + (SELECT count(*) FROM source)"
                    + " + (SELECT count(*) FROM person)")) {
                n.next();
                return n.getInt(1) > 0;
            }
        } catch (SQLException e) {
            return true;
        }
    }
}

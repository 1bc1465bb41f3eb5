package vn.protocolbrief.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite file holding a province's history with Japanese partners. Opening it refuses a store written by
 * a newer version, writes a backup copy before migrating an older one, and gives a new file the schema,
 * the reference data and the demo data.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private final Path path;
    private final Jdbi jdbi;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Path backup;

    private final PooledConnections connections;

    private Store(Path path, PooledConnections connections, Path backup) {
        this.path = path;
        this.connections = connections;
        this.jdbi = Jdbi.create(connections);
        this.backup = backup;
    }

    /** Opens (creating when absent) the store at {@code path}, with reference and demo data when new. */
    public static Store open(Path path) {
        return open(path, true);
    }

    /**
     * @param withDemoData whether a new store also gets the five founding meetings (benchmarks and some
     *                     tests start from reference data only)
     */
    public static Store open(Path path, boolean withDemoData) {
        Path file = path.toAbsolutePath().normalize();
        boolean existed = Files.exists(file) && sizeOf(file) > 0;
        Path backup = null;
        if (existed) {
            int version = schemaVersion(file);
            if (version > Schema.LATEST_VERSION) {
                throw new StoreException("The store " + file + " was written by a newer version of Protocol Brief"
                        + " (schema " + version + "; this version knows up to " + Schema.LATEST_VERSION
                        + "). It was not changed.");
            }
            if (version < Schema.LATEST_VERSION && hasRecords(file)) {
                backup = backup(file, version);
            }
        } else {
            createParent(file);
        }
        SQLiteDataSource ds = dataSource(file);
        // An existing store at this version (checked above) skips Flyway: its start-up would cost more than
        // the rest of a command.
        if (!existed || backup != null) {
            try {
                Flyway.configure()
                        .dataSource(ds)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        .load()
                        .migrate();
            } catch (RuntimeException e) {
                throw new StoreException("Could not prepare the store " + file + ": " + StoreException.rootMessage(e), e);
            }
        }
        Store store = new Store(file, new PooledConnections(ds), backup);
        if (backup != null) {
            // Records written under an older schema are indexed anew under this one.
            store.write(h -> {
                SearchIndex.rebuild(h, new Repositories());
                return null;
            });
        }
        store.prepareContent(withDemoData);
        return store;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static void createParent(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder for the store " + file + ": " + e.getMessage(), e);
        }
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        // Pooled connections keep their page cache between queries; the default 2 MB is far below the
        // search index of a large store. Pages are read through the OS cache by mapping them.
        config.setCacheSize(-65536);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L * 1024 * 1024));
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    /** The applied schema version, read without writing anything; 0 for a file without our history table. */
    static int schemaVersion(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    try (ResultSet any = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                        any.next();
                        if (any.getInt(1) > 0) {
                            throw new StoreException(file + " is not a Protocol Brief store. It was not changed.");
                        }
                    }
                    return 0;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"
                    + " WHERE success = 1 AND version IS NOT NULL")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException(file + " is not a readable Protocol Brief store (" + StoreException.rootMessage(e)
                    + "). It was not changed.", e);
        }
    }

    /** True when the file holds records an officer could lose (a store cut off while being created holds none). */
    static boolean hasRecords(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
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

    /** A consistent copy (VACUUM INTO sees committed WAL content too) beside the store, before migrating. */
    private static Path backup(Path file, int version) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = file.getFileName().toString();
        Path target = file.resolveSibling(name + ".backup-v" + version + "-" + stamp);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException("Could not write a backup of " + file + " before upgrading it (" + StoreException.rootMessage(e)
                    + "). It was not changed.", e);
        }
        LOG.info("Backed up {} to {} before migrating from schema {}", file, target, version);
        return target;
    }

    /**
     * A new store gets the reference data (and the demo meetings) in one transaction, whose last act marks it
     * complete (PRAGMA user_version); a store whose creation was cut off, or that an older release made, gets
     * them (again) on open — reference data as upserts, the demo only into a store with no records at all.
     */
    private void prepareContent(boolean withDemoData) {
        int version = read(h -> h.createQuery("PRAGMA user_version").mapTo(Integer.class).one());
        if (version >= ReferenceData.VERSION) {
            return;
        }
        write(h -> {
            new ReferenceSeeder(ReferenceData.load()).sync(h);
            boolean untouched = h.createQuery("SELECT (SELECT count(*) FROM meeting) + (SELECT count(*) FROM source)"
                    + " + (SELECT count(*) FROM person)").mapTo(Integer.class).one() == 0;
            if (withDemoData && version == 0 && untouched) {
                new ArchiveService(this).importInto(h, DemoData.archive());
            }
            h.execute("PRAGMA user_version = " + ReferenceData.VERSION);
            return null;
        });
    }

    public Path path() {
        return path;
    }

    /** The backup copy written when this open migrated an older store, else null. */
    public Path backupWritten() {
        return backup;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public <T> T read(Function<Handle, T> work) {
        return jdbi.withHandle(work::apply);
    }

    /** Writes go one at a time, each in a transaction: a failure anywhere leaves the store as it was. */
    public <T> T write(Function<Handle, T> work) {
        writeLock.lock();
        try {
            return jdbi.inTransaction(work::apply);
        } finally {
            writeLock.unlock();
        }
    }

    /** Closes the idle connections; the last one to close checkpoints the WAL into the store file. */
    @Override
    public void close() {
        connections.close();
    }
}

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
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite file holding a province's history with Japanese partners. Opening it refuses a store written by
 * a newer version, writes a backup copy before migrating an older one, and gives a new file the schema,
 * the reference data and the demo data. A store that cannot be written (a read-only file, a folder on a
 * locked USB stick) opens for reading. Writes take the write lock when they begin, wait up to the busy timeout
 * for another writer, and fail with a message that says so; reads may be one consistent snapshot.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /**
     * How long a write waits for another's to finish. Ten officers saving at once on a loaded laptop queue for more
     * than five seconds (SQLite's waiting is not first come, first served): 3 of 442 saves were refused as busy in
     * a 30 s benchmark-concurrency at five seconds, none of 558 at fifteen (docs/BENCHMARKS.md).
     */
    static final int BUSY_TIMEOUT_MS = 15000;

    private final Path path;
    private final String location;
    private final Dialect dialect;
    private final Jdbi reads;
    private final Jdbi writes;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Path backup;
    private final boolean readOnly;
    private final PooledConnections readConnections;
    private final PooledConnections writeConnections;
    private volatile Actor actor = Actor.fromEnvironment();
    /** The search index's word counts while it is unchanged (SQLite only; see the class). */
    private final Fts5WordCounts fts5WordCounts = new Fts5WordCounts();

    private Store(Path path, SQLiteDataSource readSource, SQLiteDataSource writeSource, Path backup, boolean readOnly) {
        this(path, path.toString(), Dialect.SQLITE, readSource, writeSource, backup, readOnly);
    }

    Store(Path path, String location, Dialect dialect, javax.sql.DataSource readSource,
          javax.sql.DataSource writeSource, Path backup, boolean readOnly) {
        this.path = path;
        this.location = location;
        this.dialect = dialect;
        this.readConnections = new PooledConnections(readSource, SqliteLogFiles.of(dialect, path), false);
        this.writeConnections = new PooledConnections(writeSource, SqliteLogFiles.of(dialect, path), true);
        this.reads = Jdbi.create(readConnections);
        this.writes = Jdbi.create(writeConnections);
        this.backup = backup;
        this.readOnly = readOnly;
    }

    /** Opens (creating when absent) the store at {@code path}, with reference and demo data when new. */
    public static Store open(Path path) {
        return open(path, true);
    }

    /**
     * Opens the store {@code location} names: an office's PostgreSQL server ({@code postgresql://USER@HOST[:PORT]/DB},
     * see {@link ServerAddress}) or a SQLite file. The rest of the application does not know which. A new file gets
     * the demo meetings so that a first run shows something; an office database never does: what an office holds is
     * its own history, and sample meetings there would be taken for real ones.
     */
    public static Store open(String location) {
        return open(location, !ServerAddress.isServer(location));
    }

    /**
     * Opens an office store with the password typed in the window (used for this connection only, never kept);
     * without one, PGPASSWORD or ~/.pgpass give it as for every PostgreSQL client.
     */
    public static Store openOffice(String url, char[] password) {
        return ServerStore.open(ServerAddress.parse(url), false, password);
    }

    /**
     * Opens an office database for its owner (`office init`), first adding the migrations an early build left out
     * below its highest; one login, one password prompt at most.
     */
    public static Store openOfficeCompleting(String url) {
        return ServerStore.open(ServerAddress.parse(url), false, null, true);
    }

    public static Store open(String location, boolean withDemoData) {
        if (ServerAddress.isServer(location)) {
            return ServerStore.open(ServerAddress.parse(location), withDemoData);
        }
        return open(Path.of(location), withDemoData);
    }

    /**
     * @param withDemoData whether a new store also gets the five founding meetings (benchmarks and some
     *                     tests start from reference data only)
     */
    public static Store open(Path path, boolean withDemoData) {
        Path file = path.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a store file.");
        }
        boolean existed = Files.exists(file) && sizeOf(file) > 0;
        Access access = existed ? access(file) : Access.WRITABLE;
        Path backup = null;
        int version = Schema.LATEST_VERSION;
        if (existed) {
            version = schemaVersion(file);
            if (version > Schema.LATEST_VERSION) {
                throw new StoreException("The store " + file + " was written by a newer version of Protocol Brief"
                        + " (schema " + version + "; this version knows up to " + Schema.LATEST_VERSION
                        + "). It was not changed.");
            }
            if (version < Schema.LATEST_VERSION && access != Access.WRITABLE) {
                throw new StoreException("The store " + file + " needs upgrading to this version, but it cannot be"
                        + " written (" + access.reason + "). Copy it to a folder you can write to and open it there.");
            }
            if (version < Schema.LATEST_VERSION && hasRecords(file)) {
                backup = backup(file, version);
            }
        } else {
            createParent(file);
        }
        if (access != Access.WRITABLE) {
            LOG.info("Opening {} for reading only: {}", file, access.reason);
            return new Store(file, dataSource(file, access), dataSource(file, access), null, true);
        }
        SQLiteDataSource ds = dataSource(file, Access.WRITABLE);
        // An existing store at this version (checked above) skips Flyway: its start-up would cost more than
        // the rest of a command.
        if (version < Schema.LATEST_VERSION || !existed) {
            try {
                Flyway.configure()
                        .dataSource(ds)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        .load()
                        .migrate();
            } catch (RuntimeException e) {
                if (sqliteCode(e) != null && diskProblem(sqliteCode(e))) {
                    throw new StoreException(diskFull(file), e);
                }
                throw new StoreException("Could not prepare the store " + file + ": " + StoreException.rootMessage(e), e);
            }
        }
        Store store = new Store(file, ds, writeSource(file), backup, false);
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

    /** How a store file can be opened, and why not for writing. */
    private enum Access {
        WRITABLE(null), READ_ONLY_FILE("the file is read-only"), READ_ONLY_FOLDER("its folder is read-only");

        final String reason;

        Access(String reason) {
            this.reason = reason;
        }
    }

    private static Access access(Path file) {
        Path folder = file.getParent();
        if (folder != null && !writable(folder)) {
            return Access.READ_ONLY_FOLDER;
        }
        return writable(file) ? Access.WRITABLE : Access.READ_ONLY_FILE;
    }

    /** Writable, and not marked read-only (a file its owner made read-only is kept so, even for root). */
    private static boolean writable(Path p) {
        try {
            if (Files.getFileStore(p).isReadOnly()) {
                return false;
            }
            if (Files.getFileStore(p).supportsFileAttributeView("posix")) {
                var perms = Files.getPosixFilePermissions(p);
                if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)) {
                    return false;
                }
            }
        } catch (java.io.IOException e) {
            return Files.isWritable(p);
        }
        return Files.isWritable(p);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /**
     * The folders made for a new store are the owner's only (0700), and the store file is created owner-only
     * (0600) before SQLite opens it: its -wal and -shm files take the same permissions.
     */
    private static void createParent(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                if (TempFiles.posix()) {
                    Files.createDirectories(parent, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(parent);
                }
            }
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(file, TempFiles.ownerOnly());
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another process created it meanwhile: SQLite opens it as it is
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder for the store " + file + ": " + e.getMessage(), e);
        }
    }

    static SQLiteDataSource dataSource(Path file) {
        return dataSource(file, Access.WRITABLE);
    }

    private static SQLiteDataSource dataSource(Path file, Access access) {
        return dataSource(file, access, false);
    }

    private static SQLiteDataSource dataSource(Path file, Access access, boolean immediate) {
        SQLiteConfig config = new SQLiteConfig();
        if (immediate) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        // Pooled connections keep their page cache between queries; the default 2 MB is far below the
        // search index of a large store. Pages are read through the OS cache by mapping them.
        config.setCacheSize(-65536);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L * 1024 * 1024));
        SQLiteDataSource ds;
        if (access == Access.WRITABLE) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + file);
        } else {
            // Nothing can be written beside the file either: read it as it is on disk (SQLite's "immutable"),
            // which needs neither a -wal nor a -shm file.
            config.setReadOnly(true);
            ds = new SQLiteDataSource(config);
            boolean log = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
            ds.setUrl("jdbc:sqlite:" + uri(file, access == Access.READ_ONLY_FOLDER || !log ? "immutable=1" : "mode=ro"));
        }
        return ds;
    }

    /** The write connections begin their transactions IMMEDIATE: the write lock is taken (or waited for) at once. */
    private static SQLiteDataSource writeSource(Path file) {
        return dataSource(file, Access.WRITABLE, true);
    }

    private static String uri(Path file, String query) {
        return "file:" + file.toUri().getRawPath() + "?" + query;
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
                            throw new StoreException(file + " is not a Protocol Brief store. It was not changed.");
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
                        throw new StoreException(file + " records schema version '" + v + "', which no version of"
                                + " Protocol Brief writes. It was not changed.");
                    }
                    highest = Math.max(highest, Integer.parseInt(v));
                }
            }
            return highest;
        } catch (SQLException e) {
            if (sqliteCode(e) != null && diskProblem(sqliteCode(e))) {
                throw new StoreException(diskFull(file), e);
            }
            throw new StoreException(file + " is not a readable Protocol Brief store (" + StoreException.rootMessage(e)
                    + "). It was not changed.", e);
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
        return DriverManager.getConnection("jdbc:sqlite:" + uri(file, log ? "mode=ro" : "immutable=1"),
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

    /**
     * A consistent copy (VACUUM INTO sees committed WAL content too) beside the store, before migrating. Its name
     * ends in random digits and the file is created first, exclusively and owner-only: a link planted under a
     * name someone could guess is never followed (creating refuses an existing name, a link included).
     */
    private static Path backup(Path file, int version) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = file.getFileName().toString();
        byte[] bits = new byte[6];
        new java.security.SecureRandom().nextBytes(bits);
        Path target = file.resolveSibling(name + StoreFiles.BACKUP_INFIX + "v" + version + "-" + stamp + "-"
                + java.util.HexFormat.of().formatHex(bits));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            Files.createFile(target, TempFiles.ownerOnly());
        } catch (java.io.IOException e) {
            throw new StoreException("Could not write a backup of " + file + " before upgrading it ("
                    + TempFiles.reason(e) + "). It was not changed.", e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(target);
            } catch (java.io.IOException ignored) {
                // the message below is what matters
            }
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
    void prepareContent(boolean withDemoData) {
        int version = read(dialect::contentVersion);
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
            dialect.markContent(h, ReferenceData.VERSION);
            if (dialect == Dialect.POSTGRES) {
                // The content is the store's starting point: the triggers' log of it is forgotten (V015).
                h.execute("SELECT pb_forget_open_change()");
            }
            return null;
        });
    }

    /** The store's file; null for a store on a server (see {@link #location()}). */
    public Path path() {
        return path;
    }

    /** The store as named to people: its file, or its server address (never with a password). */
    public String location() {
        return location;
    }

    /** True for an office store on a PostgreSQL server. */
    public boolean onServer() {
        return dialect == Dialect.POSTGRES;
    }

    /**
     * The server process behind this store's read connection (PostgreSQL's backend pid), for a benchmark to read its
     * processor time ({@link #processCpuNanos}); empty for a file store. Stable for a store read by one thread at a
     * time, whose reads reuse one pooled connection.
     */
    public java.util.OptionalLong serverProcess() {
        return dialect == Dialect.POSTGRES ? java.util.OptionalLong.of(read(ServerCpu::backendPid))
                : java.util.OptionalLong.empty();
    }

    /** Processor time a local server process has used so far; empty when it is not on this machine. */
    public static java.util.OptionalLong processCpuNanos(long pid) {
        return ServerCpu.nanos(pid);
    }

    /** Who the changes made through this store object are recorded as made by. */
    public Actor actor() {
        return actor;
    }

    /** Records this store object's changes as made by {@code who} (the command line's --as, a window's officer). */
    public Store actingAs(Actor who) {
        this.actor = java.util.Objects.requireNonNull(who);
        return this;
    }

    /** True when the store could only be opened for reading; every write then says so. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The backup copy written when this open migrated an older store, else null. */
    public Path backupWritten() {
        return backup;
    }

    public Jdbi jdbi() {
        return reads;
    }

    /** One read; several reads in a row may each see a different committed state (see {@link #snapshot}). */
    public <T> T read(Function<Handle, T> work) {
        try {
            return reads.withHandle(work::apply);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /**
     * A consistent copy of this SQLite store written to a new file by SQLite itself (VACUUM INTO): every table and
     * index page for page as of one moment, the search index included, without decoding a row in Java.
     */
    void copyInto(Path target) {
        if (dialect != Dialect.SQLITE) {
            throw new IllegalStateException("Only a SQLite store is copied whole");
        }
        try {
            reads.useHandle(h -> h.execute("VACUUM INTO ?", target.toString()));
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** Several reads as one: they all see the same committed state, whatever is written meanwhile. */
    public <T> T snapshot(Function<Handle, T> work) {
        try {
            // PostgreSQL's default (read committed) gives each statement its own snapshot; SQLite's read
            // transactions are one snapshot already.
            // The level is set for this transaction only, as its first statement: the connection's own level, as
            // Jdbi sets it, took seven more round trips per read (asked, set and restored), a third of a search's.
            return dialect == Dialect.POSTGRES
                    ? reads.inTransaction(h -> {
                        h.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                        return work.apply(h);
                    })
                    : reads.inTransaction(work::apply);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** Several reads as one consistent snapshot, through {@link Reads} (the way in for code outside this package). */
    public <T> T reads(Function<Reads, T> work) {
        Repositories repos = new Repositories();
        return snapshot(h -> work.apply(new Reads(h, repos)));
    }

    /** One read through the repositories bound to it ({@link Work}): the way in for the services. */
    public <T> T reading(Function<Work, T> work) {
        Repositories repos = new Repositories();
        return read(h -> work.apply(new Work(h, this, repos)));
    }

    Fts5WordCounts fts5WordCounts() {
        return fts5WordCounts;
    }

    /** Several reads as one consistent snapshot (see {@link #snapshot}), through {@link Work}. */
    public <T> T snapshotting(Function<Work, T> work) {
        Repositories repos = new Repositories();
        return snapshot(h -> work.apply(new Work(h, this, repos, true)));
    }

    /** One write transaction (see {@link #write}: the lock, the busy wait, all or nothing), through {@link Work}. */
    public <T> T writing(Function<Work, T> work) {
        Repositories repos = new Repositories();
        return write(h -> work.apply(new Work(h, this, repos)));
    }

    /**
     * Writes go one at a time, each in a transaction that takes the write lock when it begins (another
     * process writing is waited for, up to the busy timeout): a failure anywhere leaves the store as it was.
     */
    public <T> T write(Function<Handle, T> work) {
        if (readOnly) {
            throw new StoreException("The store " + path + " is open for reading only (it cannot be written);"
                    + " nothing was changed.");
        }
        writeLock.lock();
        try {
            return writes.inTransaction(h -> {
                if (dialect == Dialect.POSTGRES) {
                    ServerStore.beginWrite(h);
                }
                return work.apply(h);
            });
        } catch (RuntimeException e) {
            RightsRefusedException refused = Office.refusal(this, e);
            throw refused != null ? refused : translated(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** SQLite's busy, read-only and disk errors, said as what they mean to the person at the keyboard. */
    private RuntimeException translated(RuntimeException e) {
        return dialect == Dialect.POSTGRES ? ServerStore.translated(location, e) : translated(path, e);
    }

    static RuntimeException translated(Path path, RuntimeException e) {
        SQLiteErrorCode code = sqliteCode(e);
        if (code == null) {
            return e;
        }
        if (diskProblem(code)) {
            return new StoreException(diskFull(path), e);
        }
        return switch (code) {
            case SQLITE_BUSY, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT, SQLITE_LOCKED,
                 SQLITE_LOCKED_SHAREDCACHE -> new StoreException("The store is busy (another window or command is"
                    + " writing to it); try again in a moment. Nothing was changed.", e);
            case SQLITE_READONLY, SQLITE_READONLY_DBMOVED, SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_RECOVERY,
                 SQLITE_READONLY_ROLLBACK, SQLITE_READONLY_CANTLOCK, SQLITE_READONLY_CANTINIT -> new StoreException(
                    "The store " + path + " cannot be written (read-only); nothing was changed.", e);
            case SQLITE_ERROR -> StoreException.rootMessage(e).contains("no such table")
                    || StoreException.rootMessage(e).contains("no such column")
                    ? new StoreException("The store " + path + " is damaged (" + StoreException.rootMessage(e)
                    + "); restore it from a backup copy. Nothing was changed.", e) : e;
            default -> e;
        };
    }

    /** SQLite's "disk full" and its I/O errors (a full disk often shows as one: SQLITE_IOERR_SHMSIZE, _WRITE...). */
    static boolean diskProblem(SQLiteErrorCode code) {
        return code == SQLiteErrorCode.SQLITE_FULL || code == SQLiteErrorCode.SQLITE_IOERR
                || code.name().startsWith("SQLITE_IOERR_");
    }

    static String diskFull(Path path) {
        return "The disk holding the store " + path + " is full (or cannot be written); free some space and try"
                + " again. Nothing was changed.";
    }

    private static SQLiteErrorCode sqliteCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s) {
                return s.getResultCode();
            }
        }
        return null;
    }

    /** How much space the store takes: its file, or its database on the server. */
    public long sizeBytes() {
        if (dialect == Dialect.POSTGRES) {
            return read(h -> h.createQuery("SELECT pg_database_size(current_database())").mapTo(Long.class).one());
        }
        try {
            return Files.size(path);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot read the size of " + path + ": " + e.getMessage(), e);
        }
    }

    /** Lets SQLite refresh its query planner's statistics (after a large import). */
    public void optimize() {
        read(h -> h.execute(dialect == Dialect.POSTGRES ? "ANALYZE" : "PRAGMA optimize"));
    }

    /** Closes the idle connections; the last one to close checkpoints the WAL into the store file. */
    @Override
    public void close() {
        readConnections.close();
        writeConnections.close();
    }
}

package vn.protocolbrief.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One store holding a province's history with Japanese partners: a SQLite file (opened by
 * {@link StoreFileOpening}) or an office's PostgreSQL database ({@link ServerStore}). This class hands out its
 * connections and transactions: writes take the write lock when they begin, wait up to the busy timeout
 * for another writer, and fail with a message that says so; reads may be one consistent snapshot.
 */
public final class Store implements AutoCloseable {
    /**
     * How long a write waits for another's to finish. Ten officers saving at once on a loaded laptop queue for more
     * than five seconds (SQLite's waiting is not first come, first served): 3 of 442 saves were refused as busy in
     * a 30 s benchmark-concurrency at five seconds, none of 558 at fifteen (docs/BENCHMARKS.md).
     */
    static final int BUSY_TIMEOUT_MS = 15000;
    /**
     * How many busy timeouts a write waits in all for its turn before it is refused. Threads of one process queue on
     * {@link #writeLock}; processes queue only on SQLite's lock (whose waiting is polling, not first come, first served)
     * or the server's write lock, each process's first writes are slow (a cold JVM): ten officers as ten processes
     * (benchmark-concurrency --processes, a loaded machine) had 2 and 8 writes of a minute refused as busy after fifteen
     * seconds on one SQLite file, 6 on PostgreSQL (docs/BENCHMARKS.md, fc10). A turn begins the transaction again only
     * when the write lock was not had: nothing of the write has run.
     */
    static final int WRITE_TURNS = 4;

    private int writeTurns = WRITE_TURNS;

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
        return StoreFileOpening.open(path, withDemoData);
    }

    /** A store file chosen in the window: refused, unchanged, unless it already is a store (see {@link StoreFileOpening}). */
    public static Store openExisting(Path path) {
        return StoreFileOpening.openExisting(path);
    }

    /** A new store with the reference data only, on a file that does not exist yet. */
    public static Store createEmpty(Path path) {
        return StoreFileOpening.createEmpty(path);
    }

    /** A store on a SQLite file, as {@link StoreFileOpening} opened it. */
    static Store onFile(Path file, javax.sql.DataSource readSource, javax.sql.DataSource writeSource, Path backup,
                        boolean readOnly) {
        return new Store(file, file.toString(), Dialect.SQLITE, readSource, writeSource, backup, readOnly);
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
            // PostgreSQL's default (read committed) gives each statement its own snapshot: an office store's read
            // connections log in with REPEATABLE READ as their default instead (ServerStore.snapshotReads), so that
            // each of their transactions is one snapshot with no statement of its own; SQLite's read transactions
            // are one snapshot already. Jdbi's own level for the transaction took seven more round trips per read
            // (asked, set and restored), and a SET TRANSACTION as its first statement one, a fifth of a search's.
            return reads.inTransaction(work::apply);
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
            throw new StoreException(StoreException.Problem.OPEN_FOR_READING, null, path);
        }
        writeLock.lock();
        try {
            for (int turn = 1; ; turn++) {
                boolean[] begun = {false};
                try {
                    return writes.inTransaction(h -> {
                        if (dialect == Dialect.POSTGRES) {
                            ServerStore.beginWrite(h);
                        }
                        begun[0] = true;
                        return work.apply(h);
                    });
                } catch (RuntimeException e) {
                    if (!begun[0] && turn < writeTurns && (dialect == Dialect.POSTGRES ? ServerStore.lockNotHad(e)
                            : SqliteErrors.busy(e))) {
                        continue; // others still write: wait another busy timeout for the lock
                    }
                    RightsRefusedException refused = Office.refusal(this, e);
                    throw refused != null ? refused : translated(e);
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** For tests: writes refused after {@code turns} busy timeouts of waiting (see {@link #WRITE_TURNS}). */
    Store waitingTurns(int turns) {
        this.writeTurns = turns;
        return this;
    }

    /** SQLite's busy, read-only and disk errors, said as what they mean to the person at the keyboard. */
    private RuntimeException translated(RuntimeException e) {
        return dialect == Dialect.POSTGRES ? ServerStore.translated(location, e) : SqliteErrors.translated(path, e);
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

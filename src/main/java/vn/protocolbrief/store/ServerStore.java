package vn.protocolbrief.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLException;
import vn.protocolbrief.domain.UserProblem;

/**
 * Opening an office store on a PostgreSQL server: log in (the password from PGPASSWORD, the user's .pgpass through the
 * driver, or asked at the console; never kept by us), refuse a schema newer than this build, migrate an older one
 * (db/postgresql, the twins of db/migration) and complete the content as for a new file. Writes go one at a time,
 * as on SQLite: each write transaction first takes one advisory lock of the database, so that every check made
 * inside a write (the version an edit was based on, whose change an undo takes back, an article already imported)
 * holds until it commits, whichever process or machine writes. Reads never wait for writes.
 */
final class ServerStore {
    /** How long a write waits for another's to finish, as on SQLite (Store.BUSY_TIMEOUT_MS). */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServerStore.class);
    private static final String LOCK_TIMEOUT = Store.BUSY_TIMEOUT_MS + "ms";
    /** The advisory lock all writers of one office database share ("PBWR"). */
    private static final long WRITE_LOCK = 0x50425752L;

    private ServerStore() {
    }

    static Store open(ServerAddress address, boolean withDemoData) {
        return open(address, withDemoData, null);
    }

    /** @param password typed in the window's connect dialog (null or empty: PGPASSWORD, .pgpass, the console) */
    static Store open(ServerAddress address, boolean withDemoData, char[] password) {
        return open(address, withDemoData, password, false);
    }

    /**
     * @param completing also apply the migrations the database lacks below its highest (out of order: each adds its
     *                   own tables) — `office init`, run by the database's owner; otherwise such a database is refused
     */
    static Store open(ServerAddress address, boolean withDemoData, char[] password, boolean completing) {
        Connected c = connect(address, password);
        if (c.version() > Schema.LATEST_VERSION) {
            throw new StoreException(UserProblem.Code.OFFICE_NEWER, address, c.version(),
                    Schema.LATEST_VERSION);
        }
        List<Integer> missing = Schema.missing(c.applied(), c.version());
        if (!missing.isEmpty() && !completing) {
            throw new StoreException(UserProblem.Code.OFFICE_LACKS, address, String.join(", ",
                    missing.stream().map(v -> String.format("V%03d", v)).toList()));
        }
        if (c.version() < Schema.LATEST_VERSION || !missing.isEmpty()) {
            try {
                // Flyway holds a lock of its own on PostgreSQL: two laptops opening a new office store at once
                // migrate it once.
                migrations(c.ds(), !missing.isEmpty()).migrate();
            } catch (RuntimeException e) {
                throw new StoreException("Could not prepare the office store " + address + ": "
                        + StoreException.rootMessage(e), e);
            }
        }
        Store store = new Store(null, address.toString(), Dialect.POSTGRES, snapshotReads(address, c.ds()), c.ds(), null,
                false);
        // The database logs every change with the login (V015): the officer is the login.
        store.actingAs(Actor.named(address.user()));
        store.prepareContent(withDemoData);
        return store;
    }

    /** A data source that logs in, with the schema version it found and the migrations applied. */
    private record Connected(PGSimpleDataSource ds, int version, java.util.Set<Integer> applied) {
    }

    /** Logs in with the password given, else PGPASSWORD or .pgpass, else the one typed at the console. */
    private static Connected connect(ServerAddress address, char[] password) {
        PGSimpleDataSource ds = dataSource(address, password != null && password.length > 0 ? new String(password)
                : System.getenv("PGPASSWORD"));
        java.util.Set<Integer> applied = new java.util.HashSet<>();
        try {
            return new Connected(ds, schemaVersion(ds, address, applied), applied);
        } catch (PasswordNeeded e) {
            char[] typed = System.console() == null ? null
                    : System.console().readPassword("Password for %s@%s: ", address.user(), address.host());
            if (typed == null) {
                throw new StoreException(UserProblem.Code.OFFICE_ASKS_PASSWORD, e, address);
            }
            ds = dataSource(address, new String(typed));
            java.util.Arrays.fill(typed, ' ');
            return new Connected(ds, schemaVersion(ds, address, applied), applied);
        }
    }

    private static Flyway migrations(PGSimpleDataSource ds, boolean outOfOrder) {
        return Flyway.configure()
                .dataSource(ds)
                .locations(Dialect.POSTGRES.migrations())
                .failOnMissingLocations(true)
                .outOfOrder(outOfOrder)
                .load();
    }

    /** The one line an office database missing earlier migrations gets: which, and what its owner can do. */

    private static PGSimpleDataSource dataSource(ServerAddress address, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(address.jdbcUrl());
        ds.setUser(address.user());
        if (password != null && !password.isEmpty()) {
            ds.setPassword(password);
        }
        ds.setApplicationName("Protocol Brief");
        return ds;
    }

    /**
     * The data source of reads: the same login, whose sessions take REPEATABLE READ as their transactions' default
     * (sent with the login, {@code options}), so that every read transaction ({@link Store#snapshot}: a search's three
     * statements, an export) sees one snapshot without a statement to ask for it. A single read outside a transaction
     * sees what read committed would. Writes keep the server's default on their own connections.
     */
    static PGSimpleDataSource snapshotReads(ServerAddress address, PGSimpleDataSource ds) {
        PGSimpleDataSource reads = dataSource(address, ds.getPassword());
        String given = reads.getOptions();
        reads.setOptions((given == null || given.isBlank() ? "" : given + " ")
                + "-c default_transaction_isolation=repeatable\\ read");
        return reads;
    }

    /** Thrown when the server wants a password nobody gave. */
    private static final class PasswordNeeded extends RuntimeException {
        PasswordNeeded(Throwable cause) {
            super(cause);
        }
    }

    /** The applied schema version (0 for an empty database), read without writing anything. */
    private static int schemaVersion(PGSimpleDataSource ds, ServerAddress address, java.util.Set<Integer> applied) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL,"
                    + " (SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema())")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    if (rs.getLong(2) > 0) {
                        throw new StoreException(StoreException.Problem.OFFICE_NOT_A_STORE, null, address);
                    }
                    return 0;
                }
            }
            int highest = 0;
            try (var rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
                while (rs.next()) {
                    String v = rs.getString(1).strip();
                    if (!v.matches("\\d{1,6}")) {
                        throw new StoreException(UserProblem.Code.OFFICE_UNKNOWN_VERSION, address, v);
                    }
                    highest = Math.max(highest, Integer.parseInt(v));
                    applied.add(Integer.parseInt(v));
                }
            }
            return highest;
        } catch (SQLException e) {
            if (StoreException.rootMessage(e).contains("no password was provided")) {
                throw new PasswordNeeded(e);
            }
            throw (StoreException) translated(address.toString(), new StoreException(e.getMessage(), e));
        }
    }

    /** Every write waits its turn (at most as long as on SQLite), then holds the database's write lock until it ends. */
    static void beginWrite(Handle h) {
        h.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
        h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")) AS locked").mapTo(Integer.class).one();
    }

    /** True when the write lock was not had within the lock timeout (the server's lock_not_available). */
    static boolean lockNotHad(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PSQLException x) {
                return "55P03".equals(x.getSQLState());
            }
        }
        return false;
    }

    /** The server's refusals said as what they mean to the person at the keyboard. */
    static RuntimeException translated(String location, RuntimeException e) {
        PSQLException p = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PSQLException x) {
                p = x;
                break;
            }
        }
        if (p == null || p.getSQLState() == null) {
            return e;
        }
        String state = p.getSQLState();
        String said = StoreException.rootMessage(p);
        // The window says what a refusal means by its SQLSTATE, never the server's words; the log keeps them.
        LOG.warn("The office store {} refused: SQLSTATE {}: {}", location, state, said);
        if (state.startsWith("08")) {
            return new StoreException(StoreException.Problem.OFFICE_UNREACHABLE, e, location, said);
        }
        String code = "SQLSTATE " + state;
        return switch (state) {
            case "28P01", "28000" -> new StoreException(StoreException.Problem.OFFICE_LOGIN_REFUSED, e, location, said);
            case "3D000" -> new StoreException(StoreException.Problem.OFFICE_NO_DATABASE, e, location, said);
            case "55P03", "40P01", "40001" -> new StoreException(StoreException.Problem.OFFICE_BUSY, e);
            case "42501" -> new StoreException(StoreException.Problem.OFFICE_READ_ONLY_LOGIN, e, said);
            case "53100" -> new StoreException(StoreException.Problem.OFFICE_DISK_FULL, e);
            case "42P01", "42703", "42883" -> new StoreException(StoreException.Problem.OFFICE_SCHEMA_GAP, e, code);
            // A refusal our own code already said more precisely (an import's missing reference, by record and
            // field) keeps its words; only the server's raw refusal is said by its class.
            default -> e instanceof StoreException ? e : new StoreException(switch (state.substring(0, 2)) {
                case "23" -> StoreException.Problem.OFFICE_CONFLICT;
                case "57" -> StoreException.Problem.OFFICE_STOPPED;
                case "53" -> StoreException.Problem.OFFICE_OVERLOADED;
                default -> StoreException.Problem.OFFICE_REFUSED;
            }, e, code);
        };
    }
}

package vn.protocolbrief.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jdbi.v3.core.ConnectionFactory;
import javax.sql.DataSource;

/**
 * Keeps a few connections open between calls: opening one to SQLite parses the schema and applies the
 * pragmas, one to a server logs in; either costs more than a typical query. Jdbi hands a connection back through
 * {@link #closeConnection(Connection)}. A kept SQLite connection whose -wal/-shm files were deleted under it by
 * another process ({@link SqliteLogFiles}) is never handed out again: the idle ones are all closed and a new one
 * opened on the files as they are; a write whose files were replaced while it ran is said to be possibly lost.
 */
final class PooledConnections implements ConnectionFactory, AutoCloseable {
    private static final int MAX_IDLE = 4;

    private final DataSource dataSource;
    private final Supplier<Object> logFiles;
    private final boolean writes;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    /** The log files each idle connection worked through when it was handed back. */
    private final Map<Connection, Object> idleOn = new ConcurrentHashMap<>();
    /** The log files on disk when each connection in use was handed out. */
    private final Map<Connection, Object> takenOn = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    PooledConnections(DataSource dataSource) {
        this(dataSource, SqliteLogFiles.UNWATCHED, false);
    }

    PooledConnections(DataSource dataSource, Supplier<Object> logFiles, boolean writes) {
        this.dataSource = dataSource;
        this.logFiles = logFiles;
        this.writes = writes;
    }

    @Override
    public Connection openConnection() throws SQLException {
        if (closed.get()) {
            throw new SQLException("The store is closed.");
        }
        Object onDisk = logFiles.get();
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            Object was = idleOn.remove(c);
            if (c.isClosed()) {
                continue;
            }
            if (!Objects.equals(was, onDisk)) {
                // Its files were deleted under it: so were those of every idle connection of this process.
                closeQuietly(c);
                closeIdle();
                break;
            }
            return taken(c, onDisk);
        }
        return taken(dataSource.getConnection(), onDisk);
    }

    private Connection taken(Connection c, Object onDisk) {
        takenOn.put(c, onDisk);
        return c;
    }

    @Override
    public void closeConnection(Connection conn) throws SQLException {
        Object was = takenOn.remove(conn);
        Object onDisk = logFiles.get();
        // Files that were missing when it began are the ones this connection made.
        if (was != null && was != SqliteLogFiles.ABSENT && !was.equals(onDisk)) {
            conn.close();
            if (writes) {
                throw new StoreException(StoreException.Problem.FILES_REPLACED, null);
            }
            return;
        }
        if (closed.get() || conn.isClosed() || !conn.getAutoCommit() || idle.size() >= MAX_IDLE) {
            conn.close();
            return;
        }
        idleOn.put(conn, onDisk);
        idle.offerFirst(conn);
    }

    private void closeIdle() {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            idleOn.remove(c);
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a connection given up: nothing more can be done
        }
    }

    @Override
    public void close() {
        closed.set(true);
        closeIdle();
    }
}

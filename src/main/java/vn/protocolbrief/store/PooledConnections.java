package vn.protocolbrief.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.ConnectionFactory;
import javax.sql.DataSource;

/**
 * Keeps a few connections open between calls: opening one to SQLite parses the schema and applies the
 * pragmas, one to a server logs in; either costs more than a typical query. Jdbi hands a connection back through
 * {@link #closeConnection(Connection)}.
 */
final class PooledConnections implements ConnectionFactory, AutoCloseable {
    private static final int MAX_IDLE = 4;

    private final DataSource dataSource;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    PooledConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection openConnection() throws SQLException {
        if (closed.get()) {
            throw new SQLException("The store is closed.");
        }
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            if (!c.isClosed()) {
                return c;
            }
        }
        return dataSource.getConnection();
    }

    @Override
    public void closeConnection(Connection conn) throws SQLException {
        if (closed.get() || conn.isClosed() || !conn.getAutoCommit() || idle.size() >= MAX_IDLE) {
            conn.close();
            return;
        }
        idle.offerFirst(conn);
    }

    @Override
    public void close() {
        closed.set(true);
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing on shutdown: nothing more can be done
            }
        }
    }
}

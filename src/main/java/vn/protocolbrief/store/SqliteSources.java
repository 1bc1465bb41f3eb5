package vn.protocolbrief.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connections to a SQLite store file: WAL and a busy wait for a writable file, SQLite's "immutable" reading for
 * one that cannot be written, IMMEDIATE transactions for the write connections.
 */
final class SqliteSources {
    private SqliteSources() {
    }

    static SQLiteDataSource dataSource(Path file) {
        return dataSource(file, FileAccess.WRITABLE);
    }

    static SQLiteDataSource dataSource(Path file, FileAccess access) {
        return dataSource(file, access, false);
    }

    static SQLiteDataSource dataSource(Path file, FileAccess access, boolean immediate) {
        SQLiteConfig config = new SQLiteConfig();
        if (immediate) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(Store.BUSY_TIMEOUT_MS);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        // Pooled connections keep their page cache between queries; the default 2 MB is far below the
        // search index of a large store. Pages are read through the OS cache by mapping them.
        config.setCacheSize(-65536);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L * 1024 * 1024));
        SQLiteDataSource ds;
        if (access == FileAccess.WRITABLE) {
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
            ds.setUrl("jdbc:sqlite:" + uri(file, access == FileAccess.READ_ONLY_FOLDER || !log ? "immutable=1" : "mode=ro"));
        }
        return ds;
    }

    /** The write connections begin their transactions IMMEDIATE: the write lock is taken (or waited for) at once. */
    static SQLiteDataSource writeSource(Path file) {
        return dataSource(file, FileAccess.WRITABLE, true);
    }

    static String uri(Path file, String query) {
        return "file:" + file.toUri().getRawPath() + "?" + query;
    }
}

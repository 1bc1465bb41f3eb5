package vn.protocolbrief.store;

import java.nio.file.Path;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's busy, read-only and disk errors, said as what they mean to the person at the keyboard. */
final class SqliteErrors {
    private SqliteErrors() {
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

    /** True when SQLite refused for another connection's lock (after waiting the busy timeout). */
    static boolean busy(RuntimeException e) {
        SQLiteErrorCode code = sqliteCode(e);
        return code != null && (code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED"));
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

    static SQLiteErrorCode sqliteCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s) {
                return s.getResultCode();
            }
        }
        return null;
    }
}

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
            return diskFull(path, e);
        }
        return switch (code) {
            case SQLITE_BUSY, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT, SQLITE_LOCKED,
                 SQLITE_LOCKED_SHAREDCACHE -> new StoreException(StoreException.Problem.BUSY, e);
            case SQLITE_READONLY, SQLITE_READONLY_DBMOVED, SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_RECOVERY,
                 SQLITE_READONLY_ROLLBACK, SQLITE_READONLY_CANTLOCK, SQLITE_READONLY_CANTINIT -> new StoreException(
                    StoreException.Problem.READ_ONLY, e, path);
            case SQLITE_ERROR -> StoreException.rootMessage(e).contains("no such table")
                    || StoreException.rootMessage(e).contains("no such column")
                    ? new StoreException(StoreException.Problem.DAMAGED, e, path, StoreException.rootMessage(e)) : e;
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

    static StoreException diskFull(Path path, Throwable cause) {
        return new StoreException(StoreException.Problem.DISK_FULL, cause, path);
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

package vn.protocolbrief.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Which -wal and -shm files a SQLite store's connections work through: their device and inode numbers, {@link #ABSENT}
 * when either is missing (a store opened read-only as it is on disk has none). POSIX locks belong to the process, so when any code in our process opens and closes the
 * store's files (the GTK file chooser reads every file of the folder it shows), all of SQLite's locks on them are
 * dropped; another process closing the store then believes it is the last one, and checkpoints and deletes the
 * two files under our open connections. A connection whose files are no longer the ones on disk is stale: what
 * it reads is a deleted copy and what it commits is lost (issue 20). The pool compares this identity before
 * handing a connection out and after a write (ADR 0023).
 */
final class SqliteLogFiles implements Supplier<Object> {
    /** The identity never changes: a server store, or a system without inode numbers (Windows locks per handle). */
    static final Supplier<Object> UNWATCHED = () -> "unwatched";
    static final Object ABSENT = "absent";

    private final List<Path> files;

    private SqliteLogFiles(Path store) {
        this.files = List.of(store.resolveSibling(store.getFileName() + "-wal"),
                store.resolveSibling(store.getFileName() + "-shm"));
    }

    static Supplier<Object> of(Dialect dialect, Path store) {
        boolean inodes = store != null && store.getFileSystem().supportedFileAttributeViews().contains("unix");
        return dialect == Dialect.SQLITE && inodes ? new SqliteLogFiles(store) : UNWATCHED;
    }

    @Override
    public Object get() {
        StringBuilder identity = new StringBuilder();
        for (Path f : files) {
            try {
                var a = Files.readAttributes(f, "unix:dev,ino", LinkOption.NOFOLLOW_LINKS);
                identity.append(a.get("dev")).append(':').append(a.get("ino")).append(' ');
            } catch (IOException | UnsupportedOperationException e) {
                return ABSENT;
            }
        }
        return identity.toString();
    }
}

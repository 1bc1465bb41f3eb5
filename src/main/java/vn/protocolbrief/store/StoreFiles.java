package vn.protocolbrief.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.domain.UserProblem;

/**
 * The files that make up a store: the store itself, SQLite's files beside it (-wal, -shm, -journal) and the
 * backups written before an upgrade. An output (a pack, an export, a saved copy) must never be one of them,
 * whatever name reaches it: the same name, a symbolic link, or a hard link.
 */
public final class StoreFiles {
    private static final List<String> SQLITE_SUFFIXES = List.of("", "-wal", "-shm", "-journal");
    static final String BACKUP_INFIX = ".backup-";

    private StoreFiles() {
    }

    /** Refuses, in one line and before anything is written, an output that is the store or one of its files. */
    public static void refuseOutput(Path requested, Path store) {
        if (requested == null || store == null) {
            return;
        }
        if (isStoreFile(requested, store)) {
            throw new StoreException(UserProblem.Code.WRITE_IS_STORE, requested,
                    store.getFileName());
        }
    }

    /** True when {@code file} is, names, links to, or is a hard link of the store or one of its files. */
    public static boolean isStoreFile(Path file, Path store) {
        Path db = canonical(store);
        String dbName = db.getFileName().toString();
        for (Path name : namesReached(file)) {
            Path c = canonical(name);
            if (sameFolder(c, db) && isStoreName(c.getFileName().toString(), dbName)) {
                return true;
            }
        }
        if (!Files.exists(file)) {
            return false;
        }
        for (Path part : storeParts(db)) {
            try {
                if (Files.exists(part) && Files.isSameFile(file, part)) {
                    return true; // same device and inode: the same file by any name
                }
            } catch (IOException e) {
                // an unreadable part cannot be compared; the names were
            }
        }
        return false;
    }

    private static final byte[] DATABASE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] JOURNAL_HEADER = {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1, 0x63,
        (byte) 0xd7};

    /**
     * What SQLite file is at {@code file} (followed if a link), in words ("a store (a SQLite database)", "the
     * write-ahead log of the SQLite database other.db"), or null. Any store, not only the one open: an output written
     * over another store, or over the log holding its latest commits, destroys records as surely as over our own.
     */
    public static String sqliteFileAt(Path file) {
        if (Files.isRegularFile(file)) {
            byte[] head = head(file, 16);
            if (startsWith(head, DATABASE_HEADER)) {
                return "a store (a SQLite database), perhaps another officer's or a travel copy";
            }
            if (head.length >= 4 && (head[0] & 0xff) == 0x37 && (head[1] & 0xff) == 0x7f && (head[2] & 0xff) == 0x06
                    && ((head[3] & 0xff) == 0x82 || (head[3] & 0xff) == 0x83)) {
                return "the write-ahead log of a SQLite database (it may hold its latest changes)";
            }
            if (startsWith(head, JOURNAL_HEADER)) {
                return "the rollback journal of a SQLite database";
            }
        }
        Path name = file.getFileName();
        if (name != null) {
            String n = name.toString();
            for (String suffix : SQLITE_SUFFIXES) {
                if (!suffix.isEmpty() && n.endsWith(suffix) && n.length() > suffix.length()) {
                    Path db = file.resolveSibling(n.substring(0, n.length() - suffix.length()));
                    if (Files.isRegularFile(db) && startsWith(head(db, 16), DATABASE_HEADER)) {
                        return "one of the files of the SQLite database " + db.getFileName();
                    }
                }
            }
        }
        return null;
    }

    private static byte[] head(Path file, int n) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStoreName(String name, String dbName) {
        for (String suffix : SQLITE_SUFFIXES) {
            if (name.equals(dbName + suffix)) {
                return true;
            }
        }
        return name.startsWith(dbName + BACKUP_INFIX);
    }

    /** The name given and each name its chain of links reaches (read, not followed, up to 40 links). */
    private static List<Path> namesReached(Path file) {
        List<Path> names = new ArrayList<>();
        Path p = file.toAbsolutePath().normalize();
        names.add(p);
        try {
            for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
                Path to = Files.readSymbolicLink(p);
                p = (p.getParent() == null ? to : p.getParent().resolve(to)).normalize();
                names.add(p);
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable link: the names so far are compared
        }
        return names;
    }

    /** The path with its folder's real location (links in the folder path resolved), the file name as given. */
    private static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) {
            return abs;
        }
        try {
            return parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        Path pa = a.getParent();
        Path pb = b.getParent();
        if (pa == null || pb == null) {
            return false;
        }
        if (pa.equals(pb)) {
            return true;
        }
        try {
            return Files.isSameFile(pa, pb);
        } catch (IOException e) {
            return false;
        }
    }

    /** The store's files that exist now, backups included. */
    static List<Path> storeParts(Path db) {
        List<Path> parts = new ArrayList<>();
        String dbName = db.getFileName().toString();
        for (String suffix : SQLITE_SUFFIXES) {
            parts.add(db.resolveSibling(dbName + suffix));
        }
        Path dir = db.getParent();
        if (dir != null && Files.isDirectory(dir)) {
            try (DirectoryStream<Path> backups = Files.newDirectoryStream(dir, glob(dbName) + BACKUP_INFIX + "*")) {
                for (Path b : backups) {
                    if (Files.isRegularFile(b, LinkOption.NOFOLLOW_LINKS)) {
                        parts.add(b);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no backups to compare
            }
        }
        return parts;
    }

    private static String glob(String literal) {
        return literal.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}

package vn.protocolbrief.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
            throw new StoreException("Cannot write " + requested + ": it is the store " + store.getFileName()
                    + " or one of its files; choose another name. Nothing was written.");
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

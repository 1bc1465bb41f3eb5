package vn.protocolbrief.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * SQLite's native library, copied once into the user's cache folder and loaded from there. The driver otherwise
 * copies it out of the jar into a new temporary file on every start (a tenth of a second of each short command).
 * The copy lives in a folder only its owner can open (0700) and is loaded only when its SHA-256 is that of the
 * library inside the jar: a file planted there, even of the same size, is replaced before it is loaded. Any
 * failure leaves the driver to do as it always does, and leaves no partial copy behind.
 */
public final class NativeSqlite {
    private static final String PART = ".part";

    private NativeSqlite() {
    }

    public static void useCachedCopy() {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // an installed application names its own copy, inside its runtime image
        }
        try {
            Path cached = cachedCopy(StoreLocation.logFile().getParent().resolve("native"));
            if (cached != null) {
                System.setProperty("org.sqlite.lib.path", cached.getParent().toString());
                System.setProperty("org.sqlite.lib.name", cached.getFileName().toString());
            }
        } catch (Exception | LinkageError e) {
            // the driver extracts its library as usual
        }
    }

    /**
     * The checked copy of the jar's library for this system under {@code root}, written when missing or not the
     * same bytes; null when the jar holds none or the copy cannot be made safely.
     */
    static Path cachedCopy(Path root) throws IOException {
        String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        if (name.endsWith(".jnilib")) {
            name = name.replace(".jnilib", ".dylib");
        }
        URL url = NativeSqlite.class.getResource("/org/sqlite/native/" + folder + "/" + name);
        if (url == null) {
            return null;
        }
        byte[] library;
        try (InputStream in = url.openStream()) {
            library = in.readAllBytes();
        }
        byte[] expected = sha256(library);
        Path dir = privateFolder(root).resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-"
                + folder.replace('/', '-'));
        privateFolder(dir);
        removeAbandonedParts(dir);
        Path lib = dir.resolve(name);
        if (!Arrays.equals(expected, hashOf(lib))) {
            Path part = dir.resolve(name + "." + TempFiles.randomHex() + PART);
            boolean moved = false;
            try {
                try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    out.write(library);
                }
                if (TempFiles.posix()) {
                    Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-------"));
                }
                Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE,
                        LinkOption.NOFOLLOW_LINKS);
                moved = true;
            } finally {
                if (!moved) {
                    Files.deleteIfExists(part); // a full disk leaves no partial copy
                }
            }
        }
        // Checked again as it will be loaded (nobody else can write this folder, so it stays as checked).
        return Arrays.equals(expected, hashOf(lib)) ? lib : null;
    }

    /** The folder, created owner-only; an existing one must be ours and is made owner-only, or it is not used. */
    private static Path privateFolder(Path dir) throws IOException {
        if (!TempFiles.posix()) {
            return Files.createDirectories(dir);
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " is not a folder");
        }
        if (!Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
            throw new IOException(dir + " belongs to someone else");
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        return dir;
    }

    /** Partial copies older than a minute: a process killed, or a disk that filled, while copying. */
    private static void removeAbandonedParts(Path dir) {
        FileTime minuteAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "*" + PART)) {
            for (Path p : parts) {
                if (Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(minuteAgo) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing to clean, or not ours to clean
        }
    }

    private static byte[] hashOf(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return sha256(in.readAllBytes());
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

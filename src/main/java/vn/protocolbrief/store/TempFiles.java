package vn.protocolbrief.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import vn.protocolbrief.domain.UserProblem;

/**
 * Writing files the officer names (packs, exports): whole or not at all, and only where a file belongs. A
 * target that is a folder, a device or a read-only file is refused with a message, and so is the store itself
 * or one of its files (see {@link StoreFiles}). The content goes to a temporary file created exclusively beside
 * the target (an unpredictable name, owner-only), which is then renamed onto the target: a symbolic link at the
 * target is replaced, never followed, so a link planted in a shared folder cannot redirect the write. An
 * existing file's permissions are kept.
 */
public final class TempFiles {
    /** The ending of every temporary file this class writes; a file so named whose writer died is removed. */
    static final String SUFFIX = ".pbtmp";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private TempFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Why a file could not be written or read, in words a person acts on. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                && f.getReason().contains("No space left")) {
            return "the disk is full";
        }
        return e.getMessage();
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Owner-only permissions for a new file (0600), where the file system has them. */
    static FileAttribute<?>[] ownerOnly() {
        return posix() ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    /** A new name beside {@code target} that no one can guess: prefix, 64 random bits, {@link #SUFFIX}. */
    static Path randomSibling(Path target, String prefix) {
        return target.toAbsolutePath().getParent().resolve(prefix + randomHex() + SUFFIX);
    }

    /** 64 random bits in hexadecimal: a name part no one can guess in advance. */
    static String randomHex() {
        byte[] bits = new byte[8];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    /**
     * The file a name should be written to, without following a link at it (a link is replaced by the file).
     * Refuses, in one line, a folder, anything but a regular file or a link, a read-only file, and a folder that
     * does not exist.
     */
    public static Path target(Path requested) {
        Path abs = requested.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new StoreException(UserProblem.Code.WRITE_FOLDER, requested);
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(abs)) {
            throw new StoreException(UserProblem.Code.WRITE_NOT_ORDINARY, requested);
        }
        if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS) && !ownerWritable(abs)) {
            throw new StoreException(UserProblem.Code.WRITE_READ_ONLY, requested);
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StoreException(UserProblem.Code.WRITE_NO_FOLDER, requested, dir);
        }
        String sqlite = StoreFiles.sqliteFileAt(abs);
        if (sqlite != null) {
            throw new StoreException(UserProblem.Code.WRITE_IS_SQLITE, requested, sqlite);
        }
        return abs;
    }

    private static boolean ownerWritable(Path p) {
        try {
            if (Files.getFileStore(p).supportsFileAttributeView("posix")
                    && !Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_WRITE)) {
                return false;
            }
        } catch (IOException e) {
            return Files.isWritable(p);
        }
        return Files.isWritable(p);
    }

    /** As {@link #writeWhole(Path, String, Content)}, first refusing the store {@code store} and its files. */
    public static Path writeWhole(Path requested, Path store, String prefix, Content content) {
        StoreFiles.refuseOutput(requested, store);
        return writeWhole(requested, prefix, content);
    }

    /**
     * Writes to a temporary file beside the target, then renames it into place: no half-written file is ever
     * left, and a failure leaves what was there before. The temporary file is locked while it is written, so a
     * later write into the same folder removes one whose writer was killed. Returns the file written.
     */
    public static Path writeWhole(Path requested, String prefix, Content content) {
        Path target = target(requested);
        removeAbandoned(target.getParent());
        Path tmp = null;
        boolean moved = false;
        try {
            tmp = randomSibling(target, prefix);
            try (FileChannel channel = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), ownerOnly());
                 FileLock ignored = channel.lock()) {
                OutputStream os = new BufferedOutputStream(new java.io.FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // a writer that closes its stream (Jackson does) leaves the channel to us
                    }
                }, 1 << 16);
                content.writeTo(os);
                os.flush();
                channel.force(true);
                keepPermissions(target, tmp);
                if (!windows()) {
                    // Renamed while still locked: a cleaner in another process never sees it unlocked.
                    moveIntoPlace(tmp, target);
                    moved = true;
                }
            }
            if (!moved) {
                moveIntoPlace(tmp, target); // Windows renames no open file
                moved = true;
            }
            return target;
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.FILE_WRITE, e, requested, reason(e));
        } finally {
            if (tmp != null && !moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the error is reported
                }
            }
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE,
                LinkOption.NOFOLLOW_LINKS);
    }

    /** A file being replaced keeps its permissions (a 0600 export stays 0600; a 0644 one stays 0644). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (posix() && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
        }
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
    }

    /**
     * Removes our temporary files in {@code dir} whose writer is gone (killed mid-write): such a file is no longer
     * locked. A file still being written (locked by another process or this one) is left alone.
     */
    static void removeAbandoned(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (FileChannel channel = FileChannel.open(f, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                     FileLock lock = channel.tryLock()) {
                    if (lock != null) {
                        Files.deleteIfExists(f);
                    }
                } catch (OverlappingFileLockException | IOException e) {
                    // being written by this process, or not ours to remove
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: the write itself reports what matters
        }
    }
}

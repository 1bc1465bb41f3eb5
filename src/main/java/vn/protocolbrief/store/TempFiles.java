package vn.protocolbrief.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writing files the officer names (packs, exports): whole or not at all, and only where a file belongs. A
 * target that is a folder, a device or a read-only file is refused with a message; a symbolic link is
 * written through to the file it points to (the link stays a link).
 */
public final class TempFiles {
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
        return e.getMessage();
    }

    public static Path besides(Path target, String prefix) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(dir, prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        }
        return Files.createTempFile(dir, prefix, ".tmp");
    }

    /**
     * The file a name should be written to: the name itself, or the file its link points to. Refuses, in one
     * line, a folder, anything but a regular file, a read-only file, and a folder that does not exist.
     */
    public static Path target(Path requested) {
        Path abs = requested.toAbsolutePath().normalize();
        Path real = abs;
        try {
            for (int hops = 0; Files.isSymbolicLink(real); hops++) {
                if (hops > 20) {
                    throw new StoreException("Cannot write " + requested + ": its links go round in a circle.");
                }
                Path to = Files.readSymbolicLink(real);
                real = (real.getParent() == null ? to : real.getParent().resolve(to)).normalize();
            }
        } catch (IOException e) {
            throw new StoreException("Cannot write " + requested + ": " + reason(e));
        }
        if (Files.isDirectory(real)) {
            throw new StoreException("Cannot write " + requested + ": it is a folder; give a file name.");
        }
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException("Cannot write " + requested + ": it is not an ordinary file (a device or a pipe);"
                    + " give a file name.");
        }
        if (Files.exists(real) && !ownerWritable(real)) {
            throw new StoreException("Cannot write " + requested + ": the file is read-only; choose another name or"
                    + " make it writable.");
        }
        Path dir = real.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StoreException("Cannot write " + requested + ": the folder " + dir + " does not exist.");
        }
        return real;
    }

    private static boolean ownerWritable(Path p) {
        try {
            if (Files.getFileStore(p).supportsFileAttributeView("posix")
                    && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_WRITE)) {
                return false;
            }
        } catch (IOException e) {
            return Files.isWritable(p);
        }
        return Files.isWritable(p);
    }

    /**
     * Writes to a temporary file beside the target, then moves it into place: no half-written file is ever
     * left, and a failure leaves what was there before. Returns the file written.
     */
    public static Path writeWhole(Path requested, String prefix, Content content) {
        Path target = target(requested);
        Path tmp = null;
        try {
            tmp = besides(target, prefix);
            try (OutputStream os = Files.newOutputStream(tmp)) {
                content.writeTo(os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new StoreException("Cannot write " + requested + ": " + reason(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the move already succeeded or the error was reported
                }
            }
        }
    }
}

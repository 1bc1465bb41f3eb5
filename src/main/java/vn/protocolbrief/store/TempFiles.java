package vn.protocolbrief.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Temporary files beside a target, moved into place once complete, so a reader never sees half a file.
 * They are made readable like any other document (createTempFile alone makes them owner-only).
 */
public final class TempFiles {
    private TempFiles() {
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
}

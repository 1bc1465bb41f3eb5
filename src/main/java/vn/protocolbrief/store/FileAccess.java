package vn.protocolbrief.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** How a store file can be opened, and why not for writing. */
enum FileAccess {
    WRITABLE(null), READ_ONLY_FILE("the file is read-only"), READ_ONLY_FOLDER("its folder is read-only");

    final String reason;

    FileAccess(String reason) {
        this.reason = reason;
    }

    static FileAccess of(Path file) {
        Path folder = file.getParent();
        if (folder != null && !writable(folder)) {
            return FileAccess.READ_ONLY_FOLDER;
        }
        return writable(file) ? FileAccess.WRITABLE : FileAccess.READ_ONLY_FILE;
    }

    /** Writable, and not marked read-only (a file its owner made read-only is kept so, even for root). */
    private static boolean writable(Path p) {
        try {
            if (Files.getFileStore(p).isReadOnly()) {
                return false;
            }
            if (Files.getFileStore(p).supportsFileAttributeView("posix")) {
                var perms = Files.getPosixFilePermissions(p);
                if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)) {
                    return false;
                }
            }
        } catch (java.io.IOException e) {
            return Files.isWritable(p);
        }
        return Files.isWritable(p);
    }
}

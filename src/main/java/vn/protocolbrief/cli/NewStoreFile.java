package vn.protocolbrief.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import vn.protocolbrief.store.StoreFiles;
import vn.protocolbrief.store.TempFiles;

/**
 * The file a benchmark builds its synthetic store in ({@code --keep FILE}): a new name in a folder that exists.
 * Anything already there (the officer's own store, a colleague's, a read-only file, a folder) is refused in one line
 * before anything is written, since the benchmark would delete it to start from an empty store (fc9).
 */
final class NewStoreFile {
    private NewStoreFile() {
    }

    static void refuseExisting(Path keep, Path store) {
        StoreFiles.refuseOutput(keep, store);
        if (Files.exists(keep, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(keep + " exists; the benchmark builds a new store (give a new file"
                    + " name). Nothing was written.");
        }
        TempFiles.target(keep); // a folder that does not exist
    }
}

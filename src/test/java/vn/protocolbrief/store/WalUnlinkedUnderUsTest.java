package vn.protocolbrief.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's lost save: POSIX locks belong to the process, so any code in the window's process that opens and
 * closes the store file (the GTK file chooser sniffing the folder's files) drops all of SQLite's locks on it. A
 * command line that then writes and closes believes it is the last connection: it checkpoints and deletes the
 * -wal and -shm files the window still holds, and the window's next save went into the deleted log, unseen.
 */
class WalUnlinkedUnderUsTest {
    @TempDir
    Path dir;

    @Test
    void aSaveAfterAnotherProcessDeletedTheLogUnderUsIsKept() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("unix"),
                "POSIX locks and inode numbers (Windows locks per handle)");
        Path file = dir.resolve("en.db");
        try (Store store = Store.open(file, false)) {
            store.write(h -> h.execute("CREATE TABLE wal_probe (who TEXT NOT NULL)"));
            store.write(h -> h.execute("INSERT INTO wal_probe(who) VALUES ('window before')"));
            Path wal = dir.resolve("en.db-wal");
            Object walBefore = Files.readAttributes(wal, "unix:ino").get("ino");

            for (String name : List.of("en.db", "en.db-wal", "en.db-shm")) {
                new FileInputStream(dir.resolve(name).toFile()).close(); // a file dialog of this process reads the folder
            }
            WritesFromAnotherProcess.run(file, "command line");
            assertFalse(Files.exists(wal) && Files.readAttributes(wal, "unix:ino").get("ino").equals(walBefore),
                    "the other process deleted the log this one holds (the issue's situation)");

            store.write(h -> h.execute("INSERT INTO wal_probe(who) VALUES ('window after')"));
            assertEquals(List.of("window before", "command line", "window after"), seenFromElsewhere(file),
                    "what the window saved is what anyone else reads");
        }
        try (Store reopened = Store.open(file, false)) {
            assertEquals(List.of("window before", "command line", "window after"), whoWrote(reopened));
        }
    }

    /** The rows as a connection of its own reads them, through the files on disk. */
    private static List<String> seenFromElsewhere(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT who FROM wal_probe ORDER BY rowid")) {
            List<String> who = new ArrayList<>();
            while (rs.next()) {
                who.add(rs.getString(1));
            }
            return who;
        }
    }

    private static List<String> whoWrote(Store store) {
        return store.read(h -> h.createQuery("SELECT who FROM wal_probe ORDER BY rowid").mapTo(String.class).list());
    }
}

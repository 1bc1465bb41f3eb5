package vn.protocolbrief.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;

/**
 * Without --db the window opens the store file opened last from the store menu (a travel copy); with --db, the file
 * given; a remembered file that is no longer a store is forgotten, this computer's store opens and the reason is kept
 * for the window to say once. A first start knows, before opening, that it creates the store.
 */
class StartingStoreTest {
    @TempDir
    Path dir;
    final Preferences prefs = Preferences.userRoot().node("protocol-brief-starting-store-test-" + System.nanoTime());

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theTravelCopyOpenedLastOpensAgainUnlessAStoreIsGiven() {
        Path local = dir.resolve("local.db");
        Path copy = dir.resolve("copy.db");
        Store.createEmpty(copy).close();
        LastStoreFile.remember(prefs, copy);

        StartingStore remembered = StartingStore.choose(null, null, local, prefs);
        assertThat(remembered.shown()).isEqualTo(copy.toAbsolutePath().normalize());
        assertThat(remembered.creates()).isFalse();
        try (Store opened = remembered.open()) {
            assertThat(opened.path()).isEqualTo(copy.toAbsolutePath().normalize());
        }

        StartingStore given = StartingStore.choose(local, null, local, prefs);
        assertThat(given.shown()).isEqualTo(local);
        assertThat(given.creates()).as("the given file does not exist yet").isTrue();
    }

    @Test
    void aRememberedFileThatIsNoLongerAStoreIsForgottenAndSaidOnce() throws Exception {
        Path local = dir.resolve("local.db");
        Path notes = Files.writeString(dir.resolve("notes.db"), "không phải kho\n", StandardCharsets.UTF_8);
        LastStoreFile.remember(prefs, notes);

        StartingStore starting = StartingStore.choose(null, null, local, prefs);
        try (Store opened = starting.open()) {
            assertThat(opened.path()).isEqualTo(local);
        }
        assertThat(starting.takeLastFileProblem()).isPresent();
        assertThat(starting.takeLastFileProblem()).as("said once").isEmpty();
        assertThat(LastStoreFile.remembered(prefs)).isEmpty();
        assertThat(Files.readString(notes)).isEqualTo("không phải kho\n");
    }
}

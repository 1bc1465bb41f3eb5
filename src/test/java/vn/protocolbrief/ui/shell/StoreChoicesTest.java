package vn.protocolbrief.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.RecordingDialogs;
import vn.protocolbrief.ui.SyncTaskRunner;
import vn.protocolbrief.ui.common.Messages;

/**
 * The store menu opens another store file (a travel copy, a colleague's store) and the recent ones, and creates an
 * empty one; a file that is not a store gets one line in the window's language, is left as it was, and the store
 * shown stays open. The chooser never starts in the open store's folder (ADR 0023).
 */
class StoreChoicesTest {
    @TempDir
    Path dir;
    final Preferences prefs = Preferences.userRoot().node("protocol-brief-store-choices-test-" + System.nanoTime());
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<Store> switched = new ArrayList<>();
    Path answer;
    Path shown;
    Path askedIn;

    StoreChoices choices(String lang) {
        vn.protocolbrief.ui.common.StoreFileAsker files = new vn.protocolbrief.ui.common.StoreFileAsker() {
            @Override
            public Optional<Path> toOpen(Path folder) {
                askedIn = folder;
                return Optional.ofNullable(answer);
            }

            @Override
            public Optional<Path> toCreate(Path folder) {
                askedIn = folder;
                return Optional.ofNullable(answer);
            }
        };
        return new StoreChoices(prefs, new Messages(lang), dialogs, new SyncTaskRunner(), files, () -> shown,
                switched::add);
    }

    @AfterEach
    void clean() throws Exception {
        switched.forEach(Store::close);
        prefs.removeNode();
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedInVietnameseAndLeftAsItWas() throws Exception {
        Path notes = dir.resolve("ghi-chu.db");
        Files.writeString(notes, "Danh sách khách mời, không phải kho dữ liệu.\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(notes);
        answer = notes;

        choices("vi").openFile();

        assertThat(switched).isEmpty();
        assertThat(dialogs.shown).singleElement().asString().contains("không phải kho dữ liệu Protocol Brief")
                .doesNotContain("is not").doesNotContain("Nothing").doesNotContain("It was not");
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);
        try (var beside = Files.list(dir)) {
            assertThat(beside).containsExactly(notes);
        }
        assertThat(choices("vi").recent()).isEmpty();
    }

    @Test
    void anEmptyFileIsNotMadeIntoAStore() throws Exception {
        Path empty = Files.createFile(dir.resolve("trong.db"));
        answer = empty;

        choices("en").openFile();

        assertThat(switched).isEmpty();
        assertThat(dialogs.shown).singleElement().asString().contains("is an empty file");
        assertThat(Files.size(empty)).isZero();
    }

    @Test
    void aTravelCopyOpensAndIsAmongTheRecentStores() {
        Path copy = dir.resolve("ban-di-duong.db");
        Store.createEmpty(copy).close();
        answer = copy;

        choices("vi").openFile();

        assertThat(dialogs.shown).isEmpty();
        assertThat(switched).singleElement().satisfies(s -> assertThat(s.path()).isEqualTo(copy.toAbsolutePath()));
        shown = dir.resolve("elsewhere.db");
        assertThat(choices("vi").recent()).containsExactly(copy.toAbsolutePath());
        shown = copy;
        assertThat(choices("vi").recent()).as("the store shown is not offered again").isEmpty();
    }

    @Test
    void theStoreFileOpenedLastIsTheOneTheNextStartOpensWhileItExists() throws Exception {
        assertThat(LastStoreFile.remembered(prefs)).as("a first start opens this computer's store").isEmpty();
        Path copy = dir.resolve("ban-di-duong.db");
        Store.createEmpty(copy).close();
        answer = copy;

        choices("vi").openFile();

        assertThat(LastStoreFile.remembered(prefs)).contains(copy.toAbsolutePath().normalize());
        LastStoreFile.forget(prefs);
        assertThat(LastStoreFile.remembered(prefs)).as("after 'This computer's store'").isEmpty();
        choices("vi").open(copy);
        switched.forEach(Store::close);
        Files.delete(copy);
        assertThat(LastStoreFile.remembered(prefs)).as("a travel copy deleted since").isEmpty();
    }

    @Test
    void aFileThatIsNotAStoreIsNeverRememberedForTheNextStart() throws Exception {
        Path notes = Files.writeString(dir.resolve("ghi-chu.db"), "không phải kho\n", StandardCharsets.UTF_8);
        answer = notes;

        choices("en").openFile();

        assertThat(LastStoreFile.remembered(prefs)).isEmpty();
    }

    @Test
    void aNewEmptyStoreIsCreatedButNeverOverAFile() throws Exception {
        answer = dir.resolve("moi.db");
        choices("vi").createEmpty();
        assertThat(switched).hasSize(1);
        int meetings = switched.get(0).reads(r -> r.meetingIds().size());
        assertThat(meetings).isZero();

        Path taken = dir.resolve("co-roi.db");
        Files.writeString(taken, "x");
        answer = taken;
        choices("vi").createEmpty();
        assertThat(switched).hasSize(1);
        assertThat(dialogs.shown).singleElement().asString().contains("đã có");
        assertThat(Files.readString(taken)).isEqualTo("x");
    }

    @Test
    void theChooserNeverStartsInTheOpenStoresFolder() throws Exception {
        Path storeFolder = Files.createDirectories(dir.resolve("kho"));
        shown = storeFolder.resolve("protocol-brief.db");
        prefs.put(StoreChoices.FOLDER, storeFolder.toString());
        answer = null;

        choices("vi").openFile();

        assertThat(askedIn).isNotEqualTo(storeFolder.toAbsolutePath());
    }

    @Test
    void anOfficeStoreOutOfReachIsSaidInTheWindowsLanguage() {
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> Store.openOffice("postgresql://officer@127.0.0.1:1/office", null));
        assertThat(e.getMessage()).startsWith("Cannot reach the office store");
        assertThat(new Messages("vi").reason(e)).startsWith("Không kết nối được tới kho dữ liệu văn phòng")
                .doesNotContain("Cannot").doesNotContain("Nothing");
        // the command line's line keeps the driver's words for whoever runs the server; the window says what it means
        assertThat(new Messages("en").reason(e)).startsWith("Cannot reach the office store")
                .contains("does not answer").doesNotContain("Connection");
    }
}

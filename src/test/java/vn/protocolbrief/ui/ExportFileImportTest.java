package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.service.MeetingReviews;
import vn.protocolbrief.store.Actor;
import vn.protocolbrief.store.ArchiveJson;
import vn.protocolbrief.store.ArchiveService;
import vn.protocolbrief.store.MeetingReviewRepository;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;

/**
 * The window's import of an export file offers what {@code import-json --reviewed} offers: the officer who read every
 * meeting of the file against its source says so, and the meetings nobody had reviewed are reviewed by them; the plain
 * import leaves them unreviewed; and the window says what the import did, as the command line does.
 */
class ExportFileImportTest {
    @TempDir
    Path dir;

    /** An export of the store whose meetings nobody has reviewed yet. */
    private static Path unreviewedExport(Store store, Path file) throws Exception {
        List<String> ids = new ArchiveService(store).export().meetings().stream().map(m -> m.id()).toList();
        store.write(h -> {
            ids.forEach(id -> new MeetingReviewRepository().remove(h, id));
            return null;
        });
        Archive a = new ArchiveService(store).export();
        try (OutputStream out = Files.newOutputStream(file)) {
            ArchiveJson.write(a, out);
        }
        return file;
    }

    private static String firstMeeting(Store store) {
        return new ArchiveService(store).export().meetings().get(0).id();
    }

    /** Lan's store, whose meetings nobody has reviewed, after the import of its export answered with {@code choice}. */
    private RecordingDialogs offered(Store store, int choice, String lang) throws Exception {
        Path file = unreviewedExport(store, dir.resolve("export.json"));
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.choice = choice;
        new ExportFileImport(store, dialogs, new Messages(lang), new SyncTaskRunner()).offer(file, null, () -> { });
        return dialogs;
    }

    private Store lans() {
        return Store.open(dir.resolve("office.db")).actingAs(new Actor("Lan", "window-1"));
    }

    @Test
    void theOfficerWhoReadTheMeetingsCanSaySoAndTheyAreReviewedByThem() throws Exception {
        try (Store store = lans()) {
            RecordingDialogs dialogs = offered(store, 0, "en");

            assertThat(dialogs.shown.get(0)).startsWith("choose: ").contains("read every meeting");
            assertThat(new MeetingReviews(store).of(firstMeeting(store))).get()
                    .satisfies(r -> assertThat(r.reviewedBy()).isEqualTo("Lan"));
            assertThat(dialogs.shown.get(1)).startsWith("info: ").contains("Reviewed by you: ");
        }
    }

    @Test
    void thePlainImportLeavesThemUnreviewedAndSaysSo() throws Exception {
        try (Store store = lans()) {
            RecordingDialogs dialogs = offered(store, 1, "vi");

            assertThat(new MeetingReviews(store).of(firstMeeting(store))).isEmpty();
            assertThat(dialogs.shown.get(1)).startsWith("info: ").contains("Chưa kiểm tra: ");
        }
    }

    @Test
    void cancelledNothingIsImported() throws Exception {
        try (Store store = lans()) {
            RecordingDialogs dialogs = offered(store, 2, "en");

            assertThat(dialogs.shown).hasSize(1);
            assertThat(new MeetingReviews(store).of(firstMeeting(store))).isEmpty();
        }
    }
}

package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.records.DueSoonViewModel;
import vn.protocolbrief.ui.shell.MainViewModel;
import vn.protocolbrief.ui.records.RecordsViewModel;

/**
 * Issue 21: a request's "Answer due by" typed in the request form is saved, and the request is then listed under
 * "Sắp đến hạn" with its date, on start and on its pair's page.
 */
class DueRequestInWindowTest {
    @TempDir
    Path dir;
    Store store;
    Preferences prefs;
    RecordingDialogs dialogs = new RecordingDialogs();
    MainViewModel main;
    RecordsViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        prefs = Preferences.userRoot().node("protocol-brief-due-request-test-" + System.nanoTime());
        SyncTaskRunner tasks = new SyncTaskRunner();
        main = new MainViewModel(store, tasks, dialogs, new Messages("vi"), prefs);
        vm = new RecordsViewModel(store, tasks, dialogs, new Messages("vi"), main.pairProperty(), main::refresh);
        main.load();
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        store.close();
    }

    @Test
    void aRequestsAnswerDueByIsSavedAndListedAsDueSoonWithItsDate() {
        String text = "Đề nghị phía Nhật Bản trả lời về chương trình thực tập sinh điều dưỡng.";
        dialogs.editor = f -> {
            f.set("direction", "VN_TO_JP");
            f.set("category", "tourism_culture");
            f.set("text", text);
            f.set("due", "15/01/2027");
            return true;
        };
        vm.editRequest(null, null);
        String saved = store.read(h -> h.createQuery("SELECT due_date FROM request WHERE text = ?").bind(0, text)
                .mapTo(String.class).one());
        assertThat(saved).isEqualTo("2027-01-15");

        DueSoonViewModel due = new DueSoonViewModel(store, new SyncTaskRunner(), new Messages("vi"),
                main.pairProperty(), Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        due.refresh();
        assertThat(due.soon()).extracting(DueSoonViewModel.Line::text)
                .anyMatch(l -> l.contains("15/01/2027") && l.contains("Đề nghị") && l.contains(text));
        assertThat(due.ofPair()).extracting(DueSoonViewModel.Line::text)
                .anyMatch(l -> l.contains("15/01/2027") && l.contains(text));
    }
}

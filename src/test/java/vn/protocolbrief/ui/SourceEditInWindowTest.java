package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.records.RecordsViewModel;
import vn.protocolbrief.ui.records.RecordsViewModel.Kind;
import vn.protocolbrief.ui.shell.MainViewModel;

/** "Sửa nguồn" in the detail pane: the same service as `source edit`, checked, one write, undone by Ctrl+Z. */
class SourceEditInWindowTest {
    @TempDir
    Path dir;
    Store store;
    Preferences prefs;
    RecordingDialogs dialogs = new RecordingDialogs();
    MainViewModel main;

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        store.close();
    }

    private RecordsViewModel open(String lang) {
        store = Store.open(dir.resolve("demo.db"));
        prefs = Preferences.userRoot().node("protocol-brief-source-edit-test-" + System.nanoTime());
        SyncTaskRunner tasks = new SyncTaskRunner();
        main = new MainViewModel(store, tasks, dialogs, new Messages(lang), prefs);
        RecordsViewModel vm = new RecordsViewModel(store, tasks, dialogs, new Messages(lang), main.pairProperty(),
                main::refresh);
        main.load();
        vm.select(Kind.MEETING, main.meetings().get(0).id());
        return vm;
    }

    private String headline(String sourceId) {
        return store.read(h -> h.createQuery("SELECT title FROM source WHERE id = ?").bind(0, sourceId)
                .mapTo(String.class).findOne().orElse(null));
    }

    @Test
    void aMeetingsSourceIsCompletedShownAsNowWrittenAndUndone() {
        RecordsViewModel vm = open("vi");
        RecordsViewModel.Details d = vm.detailsProperty().get();
        assertThat(d.sourceIds()).isNotEmpty().hasSameSizeAs(d.sources());
        String id = d.sourceIds().get(0);
        String before = headline(id);
        dialogs.editor = f -> {
            assertThat(f.title()).isEqualTo("Sửa nguồn");
            assertThat(f.fields()).extracting(x -> x.label)
                    .containsExactly("Báo / cơ quan đăng", "Tiêu đề bài", "Ngày", "Địa chỉ web (URL)");
            f.set("newspaper", "Báo Thử Nghiệm");
            f.set("headline", "Tiếp đoàn thử nghiệm về hợp tác lao động");
            f.set("date", "03/12/2025");
            f.set("url", "https://baothu.example.vn/tiep-doan");
            return true;
        };
        vm.editSource(id);
        assertThat(headline(id)).isEqualTo("Tiếp đoàn thử nghiệm về hợp tác lao động");
        assertThat(vm.detailsProperty().get().sources().get(0))
                .isEqualTo("Báo Thử Nghiệm · Tiếp đoàn thử nghiệm về hợp tác lao động · 03/12/2025"
                        + " · https://baothu.example.vn/tiep-doan");
        vm.undo();
        assertThat(headline(id)).isEqualTo(before);
        assertThat(dialogs.shown).noneMatch(s -> s.startsWith("error"));
    }

    @Test
    void anAddressThatIsNotOnTheWebIsRefusedOnTheFormAndChangesNothing() {
        RecordsViewModel vm = open("en");
        String id = vm.detailsProperty().get().sourceIds().get(0);
        String before = headline(id);
        dialogs.editor = f -> {
            assertThat(f.title()).isEqualTo("Edit source");
            f.set("headline", "Changed");
            f.set("url", "baothu dot vn");
            assertThat(f.errors()).containsEntry("url", "form.error.url");
            return true;
        };
        vm.editSource(id);
        assertThat(headline(id)).isEqualTo(before);
    }
}

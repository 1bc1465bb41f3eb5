package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.BriefRecordRepository;
import vn.protocolbrief.store.Refusals;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.brief.ComposerViewModel;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * Issue 20: a reader's write refused by the office's server is said in the window's language in the composer too,
 * as in Records, Review and Import.
 */
class ReaderRefusedInComposerTest {
    @TempDir
    Path dir;

    /** Every write the window starts is refused as the server refuses a reader's. */
    static final class RefusingTasks implements TaskRunner {
        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                            java.util.function.Consumer<Throwable> onFailure) {
            onFailure.accept(Refusals.readerWrite());
        }
    }

    @Test
    void removingAPastPackAsAReaderIsRefusedInVietnamese() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            RecordingDialogs dialogs = new RecordingDialogs();
            ComposerViewModel vm = new ComposerViewModel(store, new RefusingTasks(), dialogs, new Messages("vi"),
                    new SimpleObjectProperty<SelectedPair>(), Clock.systemDefaultZone());
            dialogs.shown.clear();
            vm.past().remove(new BriefRecordRepository.BriefRecord("pack-1", "2026-12-06T08:00:00", "gia-lai", "ashikaga",
                    null, null, "vi", "internal", null, 3, "s", java.util.List.of(), null, java.util.List.of()));
            assertThat(dialogs.shown).last().asString()
                    .contains("Tài khoản của bạn (reader) chỉ được đọc và in, không được thay đổi hồ sơ.")
                    .doesNotContain("may read and print");
        }
    }
}

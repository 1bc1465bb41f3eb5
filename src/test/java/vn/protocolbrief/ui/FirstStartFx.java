package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.ui.common.FxTaskRunner;
import vn.protocolbrief.ui.common.SearchPicker;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * Issue 22, finding 12: on a slow first start the window shows its frame and layout at once and says the store is
 * being opened; the rows arrive when the store answers. The store's answers are held back here until the test has
 * looked at the window.
 */
abstract class FirstStartFx extends WindowFixture {
    /** Opened when the test lets the store answer. */
    protected final CountDownLatch storeAnswers = new CountDownLatch(1);

    /** Every piece of store work waits for the latch (on its worker thread; the FX thread never waits). */
    void beginHeld(Stage stage) throws Exception {
        FxTaskRunner real = new FxTaskRunner();
        begin(stage, new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                real.run(() -> {
                    storeAnswers.await();
                    return work.call();
                }, onSuccess, onFailure);
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWindowShowsItsLayoutBeforeTheStoreAnswers(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> history = robot.lookup("#history").queryAs(TableView.class);
        SearchPicker<?> province = robot.lookup("#province-picker").queryAs(SearchPicker.class);
        assertThat(stage.isShowing()).isTrue();
        assertThat(history.getWidth()).as("the history table laid out").isGreaterThan(600);
        assertThat(history.getHeight()).isGreaterThan(200);
        assertThat(province.getWidth()).isGreaterThan(100);
        assertThat(vm.meetings()).as("nothing answered yet").isEmpty();
        // What the empty table and the pickers say meanwhile: the store is being opened, not "no records".
        Label placeholder = (Label) history.getPlaceholder();
        assertThat(placeholder.getText()).isEqualTo("Đang mở kho…");
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(province.getEditor().getPromptText()).isEqualTo("Đang mở kho…");
        storeAnswers.countDown();
        loaded();
        assertThat(history.getItems()).isNotEmpty();
        assertThat(province.getEditor().getPromptText()).isNotEqualTo("Đang mở kho…");
        assertThat(placeholder.getText()).isNotEqualTo("Đang mở kho…");
    }
}

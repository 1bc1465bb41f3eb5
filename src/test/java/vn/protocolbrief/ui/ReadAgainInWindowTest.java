package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;

/**
 * Issue 20: a meeting another program saved into the window's store (the command line's import, a colleague's window
 * on the office store) is counted among the unreviewed once the officer presses F5 — or the Refresh button.
 */
class ReadAgainInWindowTest extends WindowFixture {
    @Start
    void start(Stage stage) throws Exception {
        begin(stage);
    }

    @Override
    Locale locale() {
        return Locale.forLanguageTag("vi-VN");
    }

    private String unreviewedTab(FxRobot robot) {
        TabPane screens = (TabPane) robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().stream()
                .anyMatch(t -> "tab-unreviewed".equals(t.getId()))).query();
        Tab tab = screens.getTabs().stream().filter(t -> "tab-unreviewed".equals(t.getId())).findFirst().orElseThrow();
        return ((Label) tab.getGraphic()).getText();
    }

    private void anotherProgramSavesAMeetingNobodyReviewed(String id) {
        try (Store other = Store.open(dir.resolve("demo.db"))) {
            new RecordService(other).saveMeeting(new Meeting(id, PartialDate.of("2026-11-20"), "phu-tho", null, null,
                    "embassy-of-japan", "Buổi làm việc do chương trình khác lưu", null, null, List.of(), List.of(),
                    List.of(), List.of()));
            // As a bulk import leaves it: nobody has reviewed it yet.
            other.write(h -> h.createUpdate("DELETE FROM meeting_review WHERE meeting_id = :id").bind("id", id)
                    .execute());
        }
    }

    @Test
    void f5AndTheRefreshButtonShowWhatAnotherProgramSaved(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.meetings().isEmpty());
        assertThat(unreviewedTab(robot)).isEqualTo("Chưa kiểm tra (0)");

        anotherProgramSavesAMeetingNobodyReviewed("m-other-1");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.meetings().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> unreviewedTab(robot).equals("Chưa kiểm tra (1)"));

        anotherProgramSavesAMeetingNobodyReviewed("m-other-2");
        robot.clickOn("#read-again");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> unreviewedTab(robot).equals("Chưa kiểm tra (2)"));
        assertThat(vm.meetings()).hasSize(3);
    }
}

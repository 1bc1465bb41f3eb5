package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.ui.common.FxDialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.RecordForm;

/** The real record dialog: the wrong field is marked and named, Save waits for a fix, unsaved changes are asked about. */
@ExtendWith(ApplicationExtension.class)
class RecordDialogFxTest {
    private FxDialogService dialogs;
    private final AtomicReference<Boolean> result = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Protocol Brief")), 800, 600));
        stage.show();
        dialogs = new FxDialogService(stage, new Messages("vi"));
    }

    private RecordForm open() throws Exception {
        RecordForm form = new RecordForm("Thêm thỏa thuận").text("title", "Tiêu đề", null, true)
                .date("signedOn", "Ngày ký", null, false);
        Platform.runLater(() -> result.set(dialogs.edit(form)));
        WaitForAsyncUtils.waitForFxEvents();
        return form;
    }

    @Test
    void saveWaitsUntilTheRequiredFieldIsFilledAndTheDateIsADate(FxRobot robot) throws Exception {
        RecordForm form = open();
        robot.clickOn("#field-signedOn").write("31/11/2025");
        robot.clickOn("#form-save");
        assertThat(result.get()).isNull(); // still open
        Label problem = robot.lookup("#form-problem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("Tiêu đề: Trường này không được để trống.");
        robot.clickOn("#field-title").write("Biên bản ghi nhớ hợp tác lao động");
        assertThat(problem.getText()).isEqualTo("Ngày ký: Ngày viết ngày trước: 03/12/2026, hoặc tháng 12/2026, hoặc năm 2026.");
        TextField date = robot.lookup("#field-signedOn").queryAs(TextField.class);
        robot.interact(() -> date.setText("25/11/2025"));
        robot.clickOn("#form-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).isTrue();
        assertThat(form.value("title")).isEqualTo("Biên bản ghi nhớ hợp tác lao động");
        assertThat(form.date("signedOn").display()).isEqualTo("25/11/2025");
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        open();
        robot.clickOn("#field-title").write("Bản nháp");
        robot.clickOn("#form-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".confirmation").tryQuery().isPresent());
        // "Hủy" in the question: keep editing.
        robot.clickOn(robot.lookup(".confirmation .button").lookup((Button b) -> b.getText().equals("Tiếp tục sửa"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get()).isNull();
        assertThat(robot.lookup("#field-title").queryAs(TextField.class).getText()).isEqualTo("Bản nháp");
        robot.clickOn("#form-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".confirmation").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".confirmation .button").lookup((Button b) -> b.getText().equals("Bỏ các thay đổi"))
                .queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).isFalse();
    }

    @Test
    void postsAreRowsTypedCellByCellAddedAndRemovedWithTheirProblemUnderThem(FxRobot robot) throws Exception {
        RecordForm form = new RecordForm("Thêm nhân vật").text("family", "Họ", null, true)
                .rows("posts", "Chức vụ", java.util.List.of(
                        new RecordForm.Column("title", "Chức vụ", false, true),
                        new RecordForm.Column("organisation", "Cơ quan", false, false),
                        new RecordForm.Column("from", "Từ ngày", true, false)), "Thêm chức vụ", java.util.List.of());
        form.field("posts").addRow(java.util.Map.of());
        Platform.runLater(() -> result.set(dialogs.edit(form)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#field-family").write("Nakamura");
        robot.clickOn("#field-posts-0-title").write("Tổng Lãnh sự");
        robot.clickOn("#field-posts-0-organisation").write("Tổng Lãnh sự quán Nhật Bản tại TP Hồ Chí Minh");
        robot.clickOn("#field-posts-0-from").write("11/11/2019");
        robot.clickOn("#field-posts-add");
        WaitForAsyncUtils.waitForFxEvents();
        // The new row takes the typing at once.
        robot.write("Phó Tổng Lãnh sự");
        robot.clickOn("#field-posts-1-from").write("13/2018");
        Label problem = robot.lookup("#field-posts-problem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("Ngày viết ngày trước: 03/12/2026, hoặc tháng 12/2026, hoặc năm 2026.");
        robot.clickOn("#field-posts-1-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).isEmpty();
        robot.clickOn("#form-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).isTrue();
        assertThat(form.rows("posts")).containsExactly(java.util.Map.of("title", "Tổng Lãnh sự",
                "organisation", "Tổng Lãnh sự quán Nhật Bản tại TP Hồ Chí Minh", "from", "11/11/2019"));
    }

    @Test
    void aFormTallerThanTheScreenScrollsAndKeepsSaveAndCancelOnIt(FxRobot robot) throws Exception {
        RecordForm form = new RecordForm("Sửa cuộc gặp");
        for (int i = 0; i < 30; i++) {
            form.area("note" + i, "Ghi chú " + i, null, false, null);
        }
        Platform.runLater(() -> result.set(dialogs.edit(form)));
        WaitForAsyncUtils.waitForFxEvents();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        for (String id : java.util.List.of("#form-save", "#form-cancel")) {
            Button button = robot.lookup(id).queryButton();
            var onScreen = button.localToScreen(button.getLayoutBounds());
            assertThat(onScreen.getMaxY()).as(id + " bottom on a screen " + screen.getHeight() + " high")
                    .isLessThanOrEqualTo(screen.getMaxY());
            assertThat(onScreen.getMinY()).as(id + " top").isGreaterThanOrEqualTo(screen.getMinY());
        }
        Stage dialog = (Stage) robot.lookup("#form-save").query().getScene().getWindow();
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        // The last field is reached by scrolling.
        robot.interact(() -> ((javafx.scene.control.ScrollPane) dialog.getScene().lookup("#form-fields")).setVvalue(1));
        robot.clickOn("#field-note29").write("cuối");
        assertThat(form.value("note29")).isEqualTo("cuối");
        robot.interact(dialog::close);
    }
}

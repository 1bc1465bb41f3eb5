package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.FxTaskRunner;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SearchPicker;
import vn.protocolbrief.ui.brief.ComposerView;
import vn.protocolbrief.ui.brief.ComposerViewModel;
import vn.protocolbrief.ui.shell.MainView;
import vn.protocolbrief.ui.shell.MainViewModel;

/** The main window, driven headless (Monocle) as an officer would. */
@ExtendWith(ApplicationExtension.class)
class MainViewFxTest {
    private Store store;
    private Preferences prefs;
    private MainViewModel vm;
    private ComposerViewModel composer;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("pb-fx");
        store = Store.open(dir.resolve("demo.db"));
        prefs = Preferences.userRoot().node("protocol-brief-test-" + System.nanoTime());
        Messages messages = new Messages("vi");
        FxTaskRunner tasks = new FxTaskRunner();
        RecordingDialogs dialogs = new RecordingDialogs();
        vm = new MainViewModel(store, tasks, dialogs, messages, prefs);
        composer = new ComposerViewModel(store, tasks, dialogs, messages, vm.provinceProperty(), vm.partnerProperty());
        stage.setScene(new Scene(new MainView(vm, messages, new ComposerView(composer, messages, f -> { }).root())
                .root(), 1366, 768));
        stage.show();
        vm.load();
    }

    @AfterEach
    void cleanUp() throws Exception {
        prefs.removeNode();
        store.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void phuThoAndTheEmbassyListTheDemoMeeting(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.meetings().isEmpty());
        TableView<MainViewModel.MeetingRow> history = robot.lookup("#history").queryAs(TableView.class);
        assertThat(history.getItems()).extracting(MainViewModel.MeetingRow::title)
                .containsExactly("Chủ tịch UBND tỉnh Trần Duy Đông tiếp Đại sứ Ito Naoki");
        assertThat(history.getItems().get(0).leader()).isEqualTo("ITO Naoki (伊藤直樹)");
        SearchPicker<Province> province = robot.lookup("#province-picker").queryAs(SearchPicker.class);
        SearchPicker<Partner> partner = robot.lookup("#partner-picker").queryAs(SearchPicker.class);
        assertThat(province.getValue().id()).isEqualTo("phu-tho");
        assertThat(partner.getValue().id()).isEqualTo("embassy-of-japan");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(province.getEditor().getText()).isEqualTo("Phú Thọ — Vĩnh Phúc, Hòa Bình");
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingAnOldNameWithoutDiacriticsFindsItsProvince(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.provinces().isEmpty());
        SearchPicker<Province> province = robot.lookup("#province-picker").queryAs(SearchPicker.class);
        robot.clickOn(province.getEditor());
        robot.interact(() -> province.getEditor().clear());
        robot.write("binh dinh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(province.shown()).extracting(Province::id).containsExactly("gia-lai");
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> province.getValue() != null
                && province.getValue().id().equals("gia-lai"));
        robot.interact(() -> vm.partnerProperty().set(vm.partners().stream()
                .filter(p -> p.id().equals("ashikaga")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.meetings().size() == 2);
        assertThat(vm.meetings()).extracting(MainViewModel.MeetingRow::provinceAsWritten)
                .containsExactly("Gia Lai", "Bình Định (TP Quy Nhơn)");
        assertThat(prefs.get("province", null)).isEqualTo("gia-lai");
    }

    @Test
    void composingAPackShowsItsPagesAndRecordsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.meetings().isEmpty());
        robot.clickOn("Hồ sơ đón tiếp");
        robot.clickOn("#render");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !composer.pages().isEmpty());
        assertThat(composer.pages()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(composer.fileProperty().get()).exists();
        assertThat(java.nio.file.Files.readAllBytes(composer.fileProperty().get())).startsWith("%PDF".getBytes());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !composer.pastPacks().isEmpty());
        javafx.scene.control.ScrollPane preview = robot.lookup("#preview").queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(((javafx.scene.layout.VBox) preview.getContent()).getChildren()).hasSameSizeAs(composer.pages());
    }
}

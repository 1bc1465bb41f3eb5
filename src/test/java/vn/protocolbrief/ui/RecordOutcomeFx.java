package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.CommitmentService;
import vn.protocolbrief.store.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.VisitOutcomeService;
import vn.protocolbrief.store.VisitService;
import vn.protocolbrief.ui.common.FxTaskRunner;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.shell.MainViewModel;

/**
 * Issue 21: "Record what happened" from a visit in the composer, as an officer would the day after: the form shows
 * the visit, the pack's proposed points are ticked as requests, a mistyped due date is said and nothing is written,
 * then the meeting is saved with its requests, commitment and gift. Run under each subclass's computer locale, with
 * the window in that locale's language.
 */
@ExtendWith(ApplicationExtension.class)
abstract class RecordOutcomeFx {
    protected Store store;
    protected Preferences prefs;
    protected MainViewModel vm;
    protected RecordingDialogs dialogs;
    protected String visitId;

    abstract Locale locale();

    abstract String windowLanguage();

    void begin(Stage stage) throws Exception {
        Locale.setDefault(locale());
        Path dir = Files.createTempDirectory("pb-outcome");
        store = Store.open(dir.resolve("demo.db"));
        visitId = VisitService.newId();
        new VisitService(store).save(new Visit(visitId, "phu-tho", "embassy-of-japan",
                PartialDate.of(LocalDate.now().toString()), "09:00", "Trụ sở UBND tỉnh", null,
                new Visit.Attendee("ito-naoki", null, null), List.of(), List.of(new Visit.Attendee("tran-duy-dong", null,
                null)), null, List.of(new Visit.ProgrammeItem("09:00", "Hội đàm")), null, null, null, List.of()));
        prefs = Preferences.userRoot().node("protocol-brief-outcome-" + System.nanoTime());
        dialogs = new RecordingDialogs();
        MainWindow window = new MainWindow(store, new FxTaskRunner(), dialogs, new Messages(windowLanguage()), prefs,
                f -> { }, l -> { });
        vm = window.main();
        stage.setScene(new Scene(window.root(), 1366, 768));
        stage.show();
        vm.load();
    }

    @AfterEach
    void cleanUp() throws Exception {
        prefs.removeNode();
        store.close();
    }

    @Test
    void theVisitBecomesItsMeetingWithWhatWasAskedPromisedAndGiven(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.meetings().isEmpty());
        robot.clickOn("#tab-composer");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#record-outcome").tryQuery()
                .map(Node::isDisabled).orElse(true) == false);
        robot.clickOn("#record-outcome");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#outcome-save").tryQuery().isPresent());
        String planned = robot.lookup("#outcome-visit").queryAs(Label.class).getText();
        assertThat(planned).contains("ITO Naoki", "Trần Duy Đông", "09:00 Hội đàm", "Trụ sở UBND tỉnh");

        // The pack's proposals are offered; the first is ticked as raised.
        assertThat(robot.lookup("#candidate-0").tryQuery()).isPresent();
        CheckBox first = robot.lookup("#candidate-0").queryAs(CheckBox.class);
        robot.clickOn(first);
        String ticked = first.getText().substring(first.getText().indexOf(": ") + 2);

        type(robot, "#outcome-requests-vn", "Ho tro dao tao dieu duong");
        type(robot, "#outcome-requests-jp", "Gioi thieu doanh nghiep");
        scrollTo(robot, "#add-commitment");
        robot.clickOn("#add-commitment");
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#commitment-text-0", "Cu chuyen gia khao sat");
        type(robot, "#commitment-due-0", "31/02/2027");
        type(robot, "#commitment-by-0", "So Ngoai vu");
        type(robot, "#outcome-gifts-vn", "Tranh son mai");
        type(robot, "#outcome-text", "Thong nhat tang cuong hop tac");
        robot.clickOn("#outcome-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#outcome-error").queryAs(Label.class).getText()).contains("31/02/2027");
        assertThat(new VisitOutcomeService(store).meetingOf(visitId)).isEmpty();

        String due = LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        robot.interact(() -> robot.lookup("#commitment-due-0").queryAs(javafx.scene.control.TextField.class).clear());
        type(robot, "#commitment-due-0", due);
        robot.clickOn("#outcome-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new VisitOutcomeService(store).meetingOf(visitId)
                .isPresent());

        String meetingId = new VisitOutcomeService(store).meetingOf(visitId).orElseThrow();
        Meeting m = new RecordService(store).meeting(meetingId);
        assertThat(m.leader()).hasValueSatisfying(p -> assertThat(p.personId()).isEqualTo("ito-naoki"));
        assertThat(m.venue()).isEqualTo("Trụ sở UBND tỉnh");
        assertThat(m.requests()).extracting(r -> r.direction() + " " + r.text()).containsExactly(
                "VN_TO_JP " + ticked, "VN_TO_JP Ho tro dao tao dieu duong", "JP_TO_VN Gioi thieu doanh nghiep");
        assertThat(m.gifts()).singleElement().satisfies(g -> {
            assertThat(g.item()).isEqualTo("Tranh son mai");
            assertThat(g.direction()).isEqualTo(Direction.VN_TO_JP);
        });
        assertThat(m.outcome()).isEqualTo("Thong nhat tang cuong hop tac");
        List<Commitment> promised = new CommitmentService(store).ofMeeting(meetingId);
        assertThat(promised).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Cu chuyen gia khao sat");
            assertThat(c.due()).isEqualTo(PartialDate.of(LocalDate.now().plusDays(30).toString()));
            assertThat(c.followedBy()).isEqualTo("So Ngoai vu");
        });
    }

    private void type(FxRobot robot, String query, String text) {
        scrollTo(robot, query);
        robot.clickOn(query).write(text);
    }

    /** Scrolls the form that holds a node until the node is in view, as a person would with the wheel. */
    private void scrollTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Parent p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                double content = scroll.getContent().getBoundsInLocal().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                scroll.setVvalue(Math.min(1, Math.max(0, (y - 40) / Math.max(1, content - scroll.getViewportBounds()
                        .getHeight()))));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}

package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.CommitmentService;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitOutcomeService;
import vn.protocolbrief.service.VisitService;

/**
 * Issue 21: "Record what happened" from a visit in the composer, as an officer would the day after: the form shows
 * the visit, the pack's proposed points are ticked as requests, a mistyped due date is said and nothing is written,
 * then the meeting is saved with its requests, commitment and gift. Run under each subclass's computer locale, with
 * the window in that locale's language.
 */
abstract class RecordOutcomeFx extends WindowFixture {
    protected String visitId;

    /** The window in the computer locale's language. */
    @Override
    abstract String windowLanguage();

    /** A visit of today's date for the demo pair, whose outcome the test records. */
    @Override
    void prepare(Store store) {
        visitId = VisitService.newId();
        new VisitService(store).save(new Visit(visitId, "phu-tho", "embassy-of-japan",
                PartialDate.of(LocalDate.now().toString()), "09:00", "Trụ sở UBND tỉnh", null,
                new Visit.Attendee("ito-naoki", null, null), List.of(), List.of(new Visit.Attendee("tran-duy-dong", null,
                null)), null, List.of(new Visit.ProgrammeItem("09:00", "Hội đàm")), null, null, null, List.of()));
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
}

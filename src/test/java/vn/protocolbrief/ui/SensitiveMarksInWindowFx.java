package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.service.SensitiveService;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Actor;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.records.RecordsViewModel.Kind;

/**
 * Issue 20 in the window: every kind of record that can be marked sensitive (meeting, person, partner, single request,
 * visit) is marked from the window through the service the `sensitive` command uses; the mark (who, when) is shown
 * where the record is; Ctrl+Z takes one's own mark back; a colleague's change meanwhile refuses it, naming them.
 */
abstract class SensitiveMarksInWindowFx extends WindowFixture {

    private SensitiveService marks() {
        return new SensitiveService(store);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String sensitiveLabel() {
        return new vn.protocolbrief.ui.common.Messages(windowLanguage()).get("rec.sensitive");
    }

    @Test
    void theMeetingsBoxMarksItAndThePaneSaysWhoAndWhen(FxRobot robot) throws Exception {
        loaded();
        String id = vm.meetings().get(0).id();
        dialogs.editor = f -> {
            assertThat(f.checked("sensitive")).isFalse();
            f.set("sensitive", "true");
            return true;
        };
        robot.interact(() -> window.records().editMeeting(id));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> marks().of("meeting", id).isPresent());
        assertThat(marks().of("meeting", id).orElseThrow().markedBy()).isEqualTo(store.actor().name());
        robot.interact(() -> window.records().select(Kind.MEETING, id));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> detailsText(robot).contains(sensitiveLabel()));
        assertThat(detailsText(robot)).contains(store.actor().name());
    }

    @Test
    void aSingleRequestsBoxMarksTheRequestNotItsMeeting(FxRobot robot) throws Exception {
        loaded();
        Meeting m = new RecordService(store).meeting(vm.meetings().get(0).id());
        String request = m.requests().get(0).id();
        dialogs.editor = f -> {
            assertThat(f.checked("sensitive")).isFalse();
            f.set("sensitive", "true");
            return true;
        };
        robot.interact(() -> window.records().editRequest(request, null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> marks().of("request", request).isPresent());
        assertThat(marks().of("meeting", m.id())).isEmpty();
        // Only the box was ticked: the meeting's other rows are as they were, and the history says what was done.
        assertThat(new RecordService(store).meeting(m.id())).isEqualTo(m);
        assertThat(new RecordService(store).history("meeting", m.id()).get(new RecordService(store)
                .history("meeting", m.id()).size() - 1).label()).contains(request).contains("marked sensitive");
    }

    @Test
    void aPersonsBoxMarksThePerson(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> window.showRecords());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.records().people().isEmpty());
        String person = window.records().people().get(0).id();
        dialogs.editor = f -> {
            f.set("sensitive", "true");
            return true;
        };
        robot.interact(() -> window.records().editPerson(person));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> marks().of("person", person).isPresent());
    }

    @Test
    void thePartnerButtonMarksThePartnerAndCtrlZTakesTheMarkBack(FxRobot robot) throws Exception {
        loaded();
        String partner = vm.pairProperty().get().partnerId();
        dialogs.editor = f -> {
            assertThat(f.checked("sensitive")).isFalse();
            f.set("sensitive", "true");
            return true;
        };
        robot.clickOn("#edit-partner");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> marks().of("partner", partner).isPresent());
        // The pane shows the partner with its mark.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> detailsText(robot).contains(sensitiveLabel()));
        assertThat(detailsText(robot)).contains(vm.pairProperty().get().partner().name(windowLanguage()));
        // Ctrl+Z (the table has the focus, not a text field) takes this window's mark back.
        robot.clickOn("#history");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> marks().of("partner", partner).isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !detailsText(robot).contains(sensitiveLabel()));
    }

    @Test
    void thePartnerChangedByAColleagueMeanwhileIsNotMarkedAndTheOfficerIsToldWho(FxRobot robot) throws Exception {
        loaded();
        String partner = vm.pairProperty().get().partnerId();
        try (Store lan = Store.open(dir.resolve("demo.db")).actingAs(new Actor("Lan", "window-lan"))) {
            dialogs.editor = f -> {
                // Lan marks the partner and takes the mark off again while the form is open.
                new SensitiveService(lan).set("partner", partner, true);
                new SensitiveService(lan).set("partner", partner, false);
                f.set("sensitive", "true");
                return true;
            };
            robot.clickOn("#edit-partner");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.shown.stream().anyMatch(s -> s.contains("Lan")));
        }
        assertThat(marks().of("partner", partner)).isEmpty();
    }

    /** A visit saved from the composer, shown there. */
    private Visit savedVisit(FxRobot robot) throws Exception {
        robot.interact(window::showComposer);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#visit-sensitive").tryQuery().isPresent());
        var composer = window.composer();
        robot.interact(() -> {
            TourShots.typeVisit(composer);
            assertThat(composer.saveVisit()).isTrue();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> composer.visitProperty().get() != null
                && !robot.lookup("#visit-sensitive").queryAs(CheckBox.class).isDisabled());
        settle();
        return composer.visitProperty().get();
    }

    @Test
    void theVisitsBoxInTheComposerMarksTheVisitAndSaysWhoAndWhen(FxRobot robot) throws Exception {
        loaded();
        Visit v = savedVisit(robot);
        robot.clickOn("#visit-sensitive");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> marks().of("visit", v.id()).isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#visit-sensitive-by").queryAs(Label.class)
                .getText().contains(store.actor().name()));
        robot.clickOn("#visit-sensitive");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> marks().of("visit", v.id()).isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#visit-sensitive-by").queryAs(Label.class)
                .getText().isEmpty());
    }

    @Test
    void aVisitAColleagueChangedSinceItWasShownIsNotMarked(FxRobot robot) throws Exception {
        loaded();
        Visit v = savedVisit(robot);
        try (Store lan = Store.open(dir.resolve("demo.db")).actingAs(new Actor("Lan", "window-lan"))) {
            // Lan gives the visit its talking points after the composer read it.
            new VisitService(lan).save(new VisitService(lan).get(v.id()).withPoints(java.util.List.of(new Visit.SpeechPoint("thanks", "Cảm ơn đoàn", java.util.List.of(), java.util.List.of()))));
        }
        robot.clickOn("#visit-sensitive");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.shown.stream().anyMatch(s -> s.contains("Lan")));
        assertThat(marks().of("visit", v.id())).isEmpty();
        // The box shows the store again: not marked.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#visit-sensitive").queryAs(CheckBox.class)
                .isSelected());
    }
}

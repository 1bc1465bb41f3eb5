package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.service.RecordService;

/**
 * Issue 22, finding 6: a meeting recorded by hand in the one new-meeting form: its summary and outcome, a second
 * host who is a host, a gift whose giver and receiver are picked from the meeting's people and then shown; and no
 * field that grows under the pointer when it takes the focus.
 */
abstract class HandRecordingFx extends WindowFixture {

    @Test
    @SuppressWarnings("unchecked")
    void aMeetingRecordedByHandKeepsItsSummaryOutcomeHostsAndGiftPeople(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> window.newMeeting());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.importer().formProperty().get() != null
                && robot.lookup("#hand-summary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        var form = window.importer().formProperty().get();
        robot.interact(() -> form.date.set("14/10/2026"));
        type(robot, "#review-leader", "Kimura Haruto");
        type(robot, "#review-leader-title", "Tham tán");
        type(robot, "#review-hosts", "Lê Minh Khoa — Chủ tịch UBND tỉnh");
        robot.type(javafx.scene.input.KeyCode.ENTER).write("Phạm Thu Hà — Phó Chủ tịch UBND tỉnh");
        type(robot, "#hand-attendees", "Đỗ Văn Long — Giám đốc Sở Ngoại vụ");
        // Focus moves into a field: nothing around it moves (the ring is drawn outside the field).
        scrollTo(robot, "#hand-summary");
        TextArea summary = robot.lookup("#hand-summary").queryAs(TextArea.class);
        Node outcome = robot.lookup("#hand-outcome").query();
        double height = summary.getHeight();
        javafx.geometry.Insets insets = summary.getInsets();
        double below = outcome.localToScene(0, 0).getY();
        robot.clickOn(summary);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.isFocused()).isTrue();
        robot.interact(() -> { // the focused style applied and laid out now, not at some later pulse
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        assertThat(summary.getInsets()).as("the focused field's insets").isEqualTo(insets);
        assertThat(summary.getHeight()).as("the focused field's height").isEqualTo(height);
        assertThat(outcome.localToScene(0, 0).getY()).as("the field below").isEqualTo(below);
        robot.write("Hai bên bàn về đào tạo điều dưỡng.");
        type(robot, "#hand-outcome", "Thống nhất lập nhóm công tác.");
        type(robot, "#source-publication", "Cổng thông tin tỉnh");
        // A gift: its item typed, its giver and receiver picked from the people above.
        Node add = robot.lookup(".button").match(n -> n instanceof Labeled l && "+ Thêm quà tặng".equals(l.getText()))
                .query();
        robot.interact(() -> ((Button) add).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Tranh sơn mài");
        pick(robot, "#gift-giver-0", "Phạm Thu Hà");
        pick(robot, "#gift-receiver-0", "Kimura Haruto");
        scrollTo(robot, "#import-save");
        robot.clickOn("#import-save");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> dialogs.shown.stream().anyMatch(s -> s.startsWith("info:")
                || s.startsWith("error:")));
        assertThat(dialogs.shown).noneMatch(s -> s.startsWith("error:"));

        String id = store.read(h -> h.createQuery("SELECT id FROM meeting WHERE outcome = :o")
                .bind("o", "Thống nhất lập nhóm công tác.").mapTo(String.class).one());
        Meeting saved = new RecordService(store).meeting(id);
        Map<String, Person> persons = store.reads(r -> r.personsById());
        assertThat(saved.summary()).isEqualTo("Hai bên bàn về đào tạo điều dưỡng.");
        List<String> hosts = saved.participants().stream().filter(p -> p.side() == Side.VN
                && p.role() == ParticipantRole.HOST).map(p -> persons.get(p.personId()).displayName()).toList();
        assertThat(hosts).as("both hosts").hasSize(2).anyMatch(n -> n.contains("Phạm Thu Hà"))
                .anyMatch(n -> n.contains("Lê Minh Khoa"));
        assertThat(saved.participants()).filteredOn(p -> p.role() == ParticipantRole.PARTICIPANT)
                .extracting(Participant::personId).singleElement()
                .satisfies(p -> assertThat(persons.get(p).displayName()).contains("Đỗ Văn Long"));
        Gift gift = saved.gifts().get(0);
        assertThat(persons.get(gift.giverPersonId()).displayName()).contains("Phạm Thu Hà");
        assertThat(persons.get(gift.receiverPersonId()).displayName()).containsIgnoringCase("Kimura");
        // The detail pane of the gift names both.
        robot.interact(() -> window.showRecords());
        robot.clickOn(robot.lookup(".tab").lookup("Quà tặng").queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gifts").queryAs(TableView.class)
                .getItems().size() > 0);
        TableView<Object> gifts = robot.lookup("#gifts").queryAs(TableView.class);
        robot.interact(() -> gifts.getItems().stream().filter(r -> r.toString().contains(gift.id())).findFirst()
                .ifPresentOrElse(r -> gifts.getSelectionModel().select(r), () -> gifts.getSelectionModel().select(0)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> detailsText(robot).contains("Tranh sơn mài"));
        assertThat(detailsText(robot)).contains("Phạm Thu Hà").containsIgnoringCase("Kimura");
    }

    /** Opens a picker's list and clicks the person in it. */
    private void pick(FxRobot robot, String query, String name) {
        scrollTo(robot, query);
        robot.clickOn(robot.lookup(query + " .arrow-button").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".list-cell").match(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().equals(name)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

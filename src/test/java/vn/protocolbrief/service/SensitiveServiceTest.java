package vn.protocolbrief.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.Actor;
import vn.protocolbrief.store.StaleEditException;
import vn.protocolbrief.store.Store;

/**
 * The marks as the window sets them: from the record's version as read, refused when a colleague changed the record
 * since (naming them); one's own mark undone by one's own undo. Two handles on one demo store: Minh and Lan.
 */
class SensitiveServiceTest {
    @TempDir
    Path dir;
    Store minh;
    Store lan;

    @BeforeEach
    void open() {
        minh = Store.open(dir.resolve("demo.db")).actingAs(new Actor("Minh", "window-1"));
        lan = Store.open(dir.resolve("demo.db")).actingAs(new Actor("Lan", "window-2"));
    }

    @AfterEach
    void close() {
        lan.close();
        minh.close();
    }

    private String visit() {
        String id = VisitService.newId();
        new VisitService(minh).save(new Visit(id, "phu-tho", "embassy-of-japan", PartialDate.of("2026-12-03"), "09:00",
                "Trụ sở UBND tỉnh", null, new Visit.Attendee("ito-naoki", null, null), List.of(),
                List.of(new Visit.Attendee("tran-duy-dong", null, null)), null, List.of(), null, null, null, List.of()));
        return id;
    }

    @Test
    void aVisitChangedByAColleagueSinceItWasReadIsNotMarked() {
        String id = visit();
        SensitiveService marks = new SensitiveService(minh);
        long read = marks.version("visit", id);
        Visit v = new VisitService(lan).get(id);
        new VisitService(lan).save(new Visit(v.id(), v.provinceId(), v.partnerId(), v.date(), "10:00", v.venue(),
                v.purpose(), v.leader(), v.members(), v.hosts(), v.interpreter(), v.programme(), v.issuingOffice(),
                v.preparedBy(), v.approvedBy(), v.points()));
        assertThatThrownBy(() -> marks.set("visit", id, true, read)).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Lan");
        assertThat(marks.of("visit", id)).isEmpty();
        assertThat(marks.set("visit", id, true, marks.version("visit", id))).isPresent();
    }

    @Test
    void aRequestsMarkIsCheckedAgainstItsMeetingAndUndoneByItsOfficerOnly() {
        RecordService records = new RecordService(minh);
        var meeting = records.meeting(minh.reads(r -> r.history("phu-tho", "embassy-of-japan")).get(0).id());
        String request = meeting.requests().get(0).id();
        SensitiveService marks = new SensitiveService(minh);
        long read = marks.version("request", request);
        assertThat(read).isEqualTo(records.versionForEdit("request", request));
        var mark = marks.set("request", request, true, read);
        assertThat(mark.orElseThrow().markedBy()).isEqualTo("Minh");
        // Lan's undo does not take Minh's mark back; Minh's does.
        assertThat(new RecordService(lan).undoLast(RecordService.UndoScope.SESSION)).isEmpty();
        assertThat(marks.of("request", request)).isPresent();
        assertThat(records.undoLast(RecordService.UndoScope.SESSION)).isPresent();
        assertThat(marks.of("request", request)).isEmpty();
        assertThat(records.meeting(meeting.id())).isEqualTo(meeting);
    }

    @Test
    void aPartnerMarkedTwiceIsOneChangeAndAKindThatCannotBeMarkedIsRefused() {
        SensitiveService marks = new SensitiveService(minh);
        marks.set("partner", "embassy-of-japan", true);
        long after = marks.version("partner", "embassy-of-japan");
        marks.set("partner", "embassy-of-japan", true, after);
        assertThat(marks.version("partner", "embassy-of-japan")).isEqualTo(after);
        assertThatThrownBy(() -> marks.set("gift", "g-1", true)).hasMessageContaining("cannot be marked");
    }
}

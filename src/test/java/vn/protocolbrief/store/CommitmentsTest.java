package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.CommitmentService;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.service.VisitService;

/** Issue 21: commitments and a visit's meeting are kept, exported losslessly, and undone with their meeting. */
class CommitmentsTest {
    static final String MEETING = "m-2025-10-27-gia-lai-ashikaga";

    @TempDir
    Path dir;
    Store store;
    CommitmentService commitments;
    RecordService records;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        commitments = new CommitmentService(store);
        records = new RecordService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    Commitment promise(String id, Side side, String text, String due) {
        return new Commitment(id, MEETING, side, text, PartialDate.of(due), "Sở Ngoại vụ", RequestStatus.OPEN, null,
                List.of());
    }

    @Test
    void commitmentsAndTheVisitsMeetingTravelThroughExportAndImport() throws Exception {
        var meeting = records.meeting(MEETING);
        commitments.save(promise("cm-1", Side.JP, "Gửi đoàn doanh nghiệp sang khảo sát", "2026-03-01"));
        commitments.followUp("cm-1", new FollowUp(PartialDate.of("2026-01-10"), RequestStatus.IN_PROGRESS,
                "Đã có danh sách", null));
        commitments.save(promise("cm-2", Side.VN, "Cử cán bộ sang học tập", null));
        Visit v = new VisitService(store).save(new Visit("visit-a", meeting.provinceId(), meeting.partnerId(),
                PartialDate.of("2025-10-27"), null, null, null, null, List.of(), List.of(), null, List.of(), null,
                null, null, List.of()));
        store.write(h -> new CommitmentRepository().link(h, new vn.protocolbrief.domain.VisitMeeting(v.id(), MEETING)));

        Archive exported = new ArchiveService(store).export();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ArchiveJson.write(exported, json);
        // The demo store's own (the Phú Thọ meeting's two) travel with them.
        assertThat(exported.commitments()).extracting(Commitment::id).containsExactly("c-phu-tho-1", "c-phu-tho-2",
                "cm-1", "cm-2");
        assertThat(exported.visitMeetings()).singleElement().satisfies(l -> assertThat(l.meetingId()).isEqualTo(MEETING));

        try (Store other = Store.open(dir.resolve("other.db"))) {
            new ArchiveService(other).importArchive(ArchiveJson.read(new ByteArrayInputStream(json.toByteArray()), "x"));
            Archive again = new ArchiveService(other).export();
            assertThat(again.commitments()).isEqualTo(exported.commitments());
            assertThat(again.visitMeetings()).isEqualTo(exported.visitMeetings());
            Commitment first = again.commitments().stream().filter(c -> c.id().equals("cm-1")).findFirst()
                    .orElseThrow();
            assertThat(first.status()).isEqualTo(RequestStatus.IN_PROGRESS);
            assertThat(first.followUps()).singleElement().satisfies(f -> assertThat(f.note()).isEqualTo("Đã có danh sách"));
            assertThat(first.due()).isEqualTo(PartialDate.of("2026-03-01"));
        }
    }

    @Test
    void aDeletedMeetingComesBackWithItsCommitmentsAndAChangeIsUndone() {
        commitments.save(promise("cm-1", Side.JP, "Gửi đoàn doanh nghiệp", "2026-03-01"));
        records.deleteMeeting(MEETING);
        assertThat(commitments.ofMeeting(MEETING)).isEmpty();
        records.undo(records.trash().get(0).id());
        assertThat(commitments.ofMeeting(MEETING)).extracting(Commitment::id).containsExactly("cm-1");

        commitments.save(promise("cm-2", Side.VN, "Cử cán bộ", null));
        records.undoLast();
        assertThat(commitments.ofMeeting(MEETING)).extracting(Commitment::id).containsExactly("cm-1");

        commitments.followUp("cm-1", new FollowUp(PartialDate.of("2026-02-01"), RequestStatus.DONE, "Đoàn đã sang", null));
        assertThat(commitments.get("cm-1").status()).isEqualTo(RequestStatus.DONE);
        records.undoLast();
        assertThat(commitments.get("cm-1").status()).isEqualTo(RequestStatus.OPEN);
        assertThat(commitments.get("cm-1").followUps()).isEmpty();

        records.delete("commitment", "cm-1");
        assertThat(commitments.ofMeeting(MEETING)).isEmpty();
        records.undoLast();
        assertThat(commitments.ofMeeting(MEETING)).hasSize(1);
    }
}

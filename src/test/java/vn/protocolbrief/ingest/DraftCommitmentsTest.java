package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.service.CommitmentService;
import vn.protocolbrief.store.Store;

/** Issue 21: the commitments an article states are stored with its meeting when the draft is saved, never twice. */
class DraftCommitmentsTest {
    @TempDir
    Path dir;
    Store store;
    ImportService service;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        service = new ImportService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Draft draft(String text, List<Draft.CommitmentDraft> promised) {
        Draft.PartnerRef partner = new Draft.PartnerRef("ashikaga", null, null, "municipality", null, null);
        return new Draft("2026-04-02", "day", new Draft.Ref("gia-lai", "Gia Lai"), "Gia Lai", null, partner, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of(), Map.of(), new Draft.SourceDraft("a.txt", "text", "Tin", "Báo tỉnh", null,
                "2026-04-03", text), promised, List.of());
    }

    @Test
    void aSavedDraftKeepsWhatEachSidePromisedAndAMergeAddsNoneTwice() {
        List<Draft.CommitmentDraft> promised = List.of(
                new Draft.CommitmentDraft("jp", "Cử chuyên gia sang hỗ trợ", "2026-06-30", "câu một"),
                new Draft.CommitmentDraft("vn", "Tạo điều kiện cho doanh nghiệp", null, "câu hai"));
        var saved = service.save(draft("Bài thứ nhất về cuộc làm việc.", promised), false);
        assertThat(saved.status()).isEqualTo("saved");
        List<Commitment> stored = new CommitmentService(store).ofMeeting(saved.meetingId());
        assertThat(stored).extracting(Commitment::side, Commitment::text, Commitment::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Side.JP, "Cử chuyên gia sang hỗ trợ", PartialDate.of("2026-06-30")),
                org.assertj.core.groups.Tuple.tuple(Side.VN, "Tạo điều kiện cho doanh nghiệp", PartialDate.UNKNOWN));
        assertThat(stored).allSatisfy(c -> assertThat(c.sourceId()).isNotNull());

        var merged = service.save(draft("Bài thứ hai về cùng cuộc làm việc.", List.of(promised.get(0),
                new Draft.CommitmentDraft("jp", "Tặng thiết bị y tế", null, "câu ba"))), true);
        assertThat(merged.status()).isEqualTo("merged");
        assertThat(new CommitmentService(store).ofMeeting(saved.meetingId())).extracting(Commitment::text)
                .containsExactly("Cử chuyên gia sang hỗ trợ", "Tạo điều kiện cho doanh nghiệp", "Tặng thiết bị y tế");
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.domain.VisitOutcome;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitOutcomeService;
import vn.protocolbrief.service.VisitService;

/**
 * Issue 18/19: a request stored with its own asking verb ("mong muốn: …") is asked once in the talking points, not
 * "đề nghị Ngài quan tâm, hỗ trợ: mong muốn: …".
 */
class AskingOnceTest {
    @TempDir
    Path dir;

    @Test
    void aLeadingAskingVerbIsDroppedWhereTheSentenceAlreadyAsks() {
        assertThat(SpeechText.withoutAskingVerb("mong muốn: hỗ trợ đào tạo điều dưỡng"))
                .isEqualTo("hỗ trợ đào tạo điều dưỡng");
        assertThat(SpeechText.withoutAskingVerb("Đề nghị tiếp tục cử tình nguyện viên"))
                .isEqualTo("tiếp tục cử tình nguyện viên");
        assertThat(SpeechText.withoutAskingVerb("Mong muốn được kết nối doanh nghiệp"))
                .isEqualTo("kết nối doanh nghiệp");
        assertThat(SpeechText.withoutAskingVerb("Kiến nghị, mở đường bay thẳng")).isEqualTo("mở đường bay thẳng");
        // Not a leading verb, or nothing after it: as written.
        assertThat(SpeechText.withoutAskingVerb("hỗ trợ xây dựng trường học theo đề nghị của tỉnh"))
                .isEqualTo("hỗ trợ xây dựng trường học theo đề nghị của tỉnh");
        assertThat(SpeechText.withoutAskingVerb("Đề xuất")).isEqualTo("Đề xuất");
        assertThat(SpeechText.withoutAskingVerb("Mongolia mở văn phòng")).isEqualTo("Mongolia mở văn phòng");
    }

    @Test
    void thePackAsksOnceForARequestStoredWithItsVerb() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            VisitService visits = new VisitService(store);
            visits.save(visit("v-past", "2026-11-10"));
            new VisitOutcomeService(store).record(new VisitOutcome("v-past", List.of(new VisitOutcome.Asked(Side.VN,
                    "Mong muốn: hỗ trợ đào tạo điều dưỡng cho thanh niên", List.of(), null)), List.of(), List.of(),
                    List.of(), null), LocalDate.of(2026, 11, 11));
            visits.save(visit("v-next", "2026-12-03"));
            BriefService service = new BriefService(store, Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"),
                    ZoneId.of("Asia/Ho_Chi_Minh")));
            List<String> points = service.assemble(BriefRequest.forVisit("v-next", "vi", null, null)).talkingPoints()
                    .stream().map(BriefModel.TalkingPoint::text).toList();
            assertThat(points).anySatisfy(p -> assertThat(p).contains("hỗ trợ đào tạo điều dưỡng cho thanh niên"));
            assertThat(points).noneSatisfy(p -> assertThat(p.toLowerCase()).contains("mong muốn"));
        }
    }

    private static Visit visit(String id, String day) {
        return new Visit(id, "phu-tho", "embassy-of-japan", PartialDate.of(day), "09:30", null, null,
                new Visit.Attendee("ito-naoki", null, null), List.of(),
                List.of(new Visit.Attendee("tran-duy-dong", null, null)), null, List.of(), null, null, null, List.of());
    }
}

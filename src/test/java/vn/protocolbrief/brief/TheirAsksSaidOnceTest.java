package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;

/**
 * Issue 19 (pk19, rd18 on the Hưng Yên pack): asks of theirs from long ago were each answered in the same words ("chúng
 * tôi sẽ rà soát tiến độ…" four times in one pack): the line is said once for all of them. Every ask of theirs still
 * open is said in "what they may raise" — not only the first three — up to a breath, the rest counted with the annex.
 */
class TheirAsksSaidOnceTest {
    static RequestItem theirs(String id, String text, String raised) {
        return new RequestItem(id, Direction.JP_TO_VN, List.of(), text, RequestStatus.OPEN, PartialDate.of(raised),
                PartialDate.of(raised), 1, null, PartialDate.UNKNOWN, List.of(2));
    }

    static List<String> raised(List<RequestItem> asks) {
        Labels l = new Labels("vi", Map.of());
        MeetingItem last = new MeetingItem("m1", PartialDate.of("2018-05-10"), "Lam", "Aka", null, "Hội đàm", null,
                List.of(), List.of(), null, null, 1, List.of(2));
        return new TalkingPoints(l, new FirstPerson("vi", new Addressing("vi")), Map.of())
                .heldOn(LocalDate.of(2026, 12, 3)).withRequestsAnnex(2)
                .derive(new TalkingPoints.Guest("Ngài Thị trưởng Xai-tô", "Ngài Thị trưởng", "thành phố Aka"),
                        new TalkingPoints.Host("tỉnh Lam", "Lam"), List.of(1), List.of(last), List.of(), List.of(), asks)
                .stream().filter(p -> p.kind().equals("raise")).map(TalkingPoint::text).toList();
    }

    @Test
    void fourOldAsksShareOneReviewLine() {
        List<String> said = raised(List.of(theirs("r1", "Tỉnh hỗ trợ mặt bằng cho nhà máy.", "2018-05-10"),
                theirs("r2", "Tỉnh đơn giản hóa thủ tục đầu tư.", "2018-05-10"),
                theirs("r3", "Tỉnh cải thiện hạ tầng giao thông khu công nghiệp.", "2018-05-10"),
                theirs("r4", "Tỉnh tuyển dụng lao động kỹ thuật.", "2018-05-10")));
        String all = String.join("\n", said);
        assertThat(all.split("rà soát tiến độ", -1)).hasSize(2);
        assertThat(all).contains("mặt bằng cho nhà máy", "thủ tục đầu tư", "hạ tầng giao thông", "lao động kỹ thuật");
    }

    @Test
    void everyOpenAskIsSaidOrCountedWithTheAnnex() {
        List<RequestItem> asks = IntStream.rangeClosed(1, 8).mapToObj(i -> theirs("r" + i, "Tỉnh xem xét hỗ trợ doanh "
                + "nghiệp số " + i + " mở rộng nhà xưởng, tuyển dụng lao động và kết nối với các nhà cung ứng trong tỉnh.",
                "2026-10-0" + i)).toList();
        List<String> said = raised(asks);
        String all = String.join("\n", said);
        long named = IntStream.rangeClosed(1, 8).filter(i -> all.contains("doanh nghiệp số " + i + " ")).count();
        // More than the three of before, not all eight in one sentence: the rest counted, pointed to the annex.
        assertThat(named).isGreaterThanOrEqualTo(1).isLessThan(8);
        assertThat(all).contains(RequestPointsCount.words(8 - named) + " đề nghị khác, xem Phụ lục 2");
        assertThat(all.split("nghiên cứu", -1)).hasSize(2);
    }

    @Test
    void aProposalOfTiesIsWelcomedNotReviewed() {
        RequestItem ties = new RequestItem("t1", Direction.JP_TO_VN, List.of("local_partnership"),
                "Hai bên thiết lập quan hệ hữu nghị giữa hai địa phương.", RequestStatus.OPEN, PartialDate.of("2018-05-10"),
                PartialDate.of("2018-05-10"), 1, null, PartialDate.UNKNOWN, List.of(2));
        List<String> said = raised(List.of(ties, theirs("r1", "Tỉnh hỗ trợ mặt bằng cho nhà máy.", "2018-05-10")));
        assertThat(said).anySatisfy(p -> assertThat(p).contains("quan hệ hữu nghị", "hoan nghênh đề xuất này")
                .doesNotContain("rà soát"));
        assertThat(said).anySatisfy(p -> assertThat(p).contains("mặt bằng cho nhà máy", "rà soát tiến độ"));
    }

    /** The count as the speech says it. */
    static final class RequestPointsCount {
        static String words(long n) {
            return new Labels("vi").has("number." + n) ? new Labels("vi").get("number." + n) : String.valueOf(n);
        }
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;

/**
 * Issue 19, the signers' findings on the points: a request of ours still open is followed up as made at its meeting,
 * never asked again as new, and one answered or closed is not asked at all; a reply whose status was recorded over a
 * year before the visit is not said as today's (the province will review it); when nothing of theirs awaits an answer, "what they may raise" says so
 * plainly with the line to take on a new request; a count is said in words.
 */
class FollowUpsAndRepliesTest {
    static final String OPEN_ASK = "Hỗ trợ đào tạo điều dưỡng cho tỉnh.";
    static final String CLOSED_ASK = "Tài trợ xây trường mầm non.";
    static final String THEIR_ASK = "Tỉnh cử thực tập sinh ngành cơ khí.";
    static final String REPLY = "Tỉnh đã giao Sở Nội vụ lập danh sách.";

    static RequestItem request(String id, Direction d, String text, RequestStatus status, String raised, String reply,
                               String replied) {
        return new RequestItem(id, d, List.of(), text, status, PartialDate.of(raised), PartialDate.of(raised), 1, reply,
                replied == null ? PartialDate.UNKNOWN : PartialDate.of(replied), List.of(2));
    }

    static List<TalkingPoint> points(List<RequestItem> requests, LocalDate day) {
        Labels l = new Labels("vi", Map.of());
        MeetingItem last = new MeetingItem("m1", PartialDate.of("2024-03-12"), "Lam", "Aka", null, "Hội đàm", null,
                List.of(), List.of(), null, null, 1, List.of(2));
        return new TalkingPoints(l, new FirstPerson("vi", new Addressing("vi")), Map.of()).heldOn(day)
                .derive(new TalkingPoints.Guest("Ngài Thị trưởng Xai-tô", "Ngài Thị trưởng", "thành phố Aka"),
                        new TalkingPoints.Host("tỉnh Lam", "Lam"), List.of(1), List.of(last), List.of(), List.of(),
                        requests);
    }

    static List<String> said(List<TalkingPoint> points, String kind) {
        return points.stream().filter(p -> p.kind().equals(kind)).map(TalkingPoint::text).toList();
    }

    @Test
    void anOpenRequestIsFollowedUpAndAClosedOneIsNotAsked() {
        List<TalkingPoint> points = points(List.of(
                request("r1", Direction.VN_TO_JP, OPEN_ASK, RequestStatus.OPEN, "2024-03-12", null, null),
                request("r2", Direction.VN_TO_JP, CLOSED_ASK, RequestStatus.DONE, "2024-03-12", null, null)),
                LocalDate.of(2024, 9, 1));
        assertThat(said(points, "proposal")).containsExactly("Tại buổi làm việc ngày 12/03/2024, chúng tôi đã đề nghị Ngài "
                + "Thị trưởng hỗ trợ đào tạo điều dưỡng cho tỉnh. Chúng tôi mong Ngài Thị trưởng tiếp tục quan tâm, hỗ trợ.");
        assertThat(points).noneSatisfy(p -> assertThat(p.text()).contains("trường mầm non"));
        assertThat(points).noneSatisfy(p -> assertThat(p.text()).startsWith("Chúng tôi đề nghị"));
        // A count said as a person says it.
        assertThat(points).noneSatisfy(p -> assertThat(p.text()).containsPattern("\\d (?:cuộc|buổi) làm việc"));
    }

    @Test
    void aReplyRecordedOverAYearAgoIsNotSaidAsTodays() {
        List<RequestItem> theirs = List.of(request("r3", Direction.JP_TO_VN, THEIR_ASK, RequestStatus.OPEN, "2023-11-20",
                REPLY, "2023-11-28"));
        assertThat(said(points(theirs, LocalDate.of(2026, 12, 3)), "raise")).singleElement().asString()
                .contains("trả lời: tháng 11/2023, chúng tôi đã giao Sở Nội vụ lập danh sách; chúng tôi tiếp tục theo dõi")
                .doesNotContain("đến tháng", "để phía Bạn nắm");
        // A request of theirs open without a reply for over a year is not promised a study either.
        List<RequestItem> open = List.of(request("r4", Direction.JP_TO_VN, THEIR_ASK, RequestStatus.OPEN, "2023-11-20",
                null, null));
        assertThat(said(points(open, LocalDate.of(2026, 12, 3)), "raise")).singleElement().asString()
                .contains("chúng tôi sẽ rà soát tiến độ").doesNotContain("nghiên cứu");
        // Within the year it is current: said without a date.
        assertThat(said(points(theirs, LocalDate.of(2024, 6, 1)), "raise")).singleElement().asString()
                .contains("trả lời: chúng tôi đã giao Sở Nội vụ lập danh sách.");
    }

    @Test
    void withNothingOfTheirsOnRecordTheLineToTakeIsStillGiven() {
        List<String> raise = said(points(List.of(), LocalDate.of(2026, 12, 3)), "raise");
        assertThat(raise).singleElement().asString().startsWith("Phía Bạn không có đề nghị nào đang chờ trả lời")
                .contains("Nếu phía Bạn nêu đề nghị mới, trả lời:").doesNotContain("chưa ghi nhận");
    }

    /** rd9: "đã đề nghị phía Đại sứ quán … quan tâm, hỗ trợ: đại sứ quán làm cầu nối …" named the guest twice. */
    @Test
    void anAskThatOpensWithTheGuestNamesThemOnceAndAnUndatedOneIsSaidAsEarlier() {
        RequestItem ask = new RequestItem("r1", Direction.VN_TO_JP, List.of(), "Thành phố làm cầu nối với doanh nghiệp.",
                RequestStatus.OPEN, PartialDate.UNKNOWN, PartialDate.UNKNOWN, 1, null, PartialDate.UNKNOWN, List.of(2));
        assertThat(said(points(List.of(ask), LocalDate.of(2024, 9, 1)), "proposal")).containsExactly("Trước đây, chúng tôi "
                + "đã đề nghị Ngài Thị trưởng làm cầu nối với doanh nghiệp. Chúng tôi mong Ngài Thị trưởng tiếp tục quan "
                + "tâm, hỗ trợ.");
        assertThat(RequestPoints.leadingName("Đại sứ quán làm cầu nối", "Đại sứ quán Nhật Bản tại Việt Nam")).isEqualTo(3);
        assertThat(RequestPoints.leadingName("Đại sứ quán làm cầu nối", "Đại sứ")).isZero();
        assertThat(RequestPoints.leadingName("Đại sứ hỗ trợ kết nối", "Đại sứ")).isEqualTo(2);
        assertThat(RequestPoints.leadingName("Hỗ trợ đào tạo", "thành phố Aka")).isZero();
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.domain.RequestStatus;

/**
 * Issue 19, pk15 (rd14): a point is at most two sentences a leader reads in one breath. Several requests of ours made
 * at one meeting were pasted into one point of ninety words: said by their fields instead. A reply telling the guests
 * of what both sides signed is recalled to them ("Như Ngài đã biết, …", "as they will recall"), never reported as what
 * our records show. The fields discussed are said with the welcome, not after the proposals.
 */
class ReadInOneBreathTest {
    static final Map<String, String> FIELDS_VI = Map.of("trade", "sản phẩm OCOP và xúc tiến thương mại",
            "disaster", "cứu trợ và phòng chống thiên tai");
    static final String LONG_1 = "Phối hợp tổ chức các hội nghị kết nối giao thương giữa doanh nghiệp của tỉnh và doanh "
            + "nghiệp các tỉnh bạn về công nghiệp hỗ trợ, chế biến nông sản và hàng thủ công.";
    static final String LONG_2 = "Hỗ trợ nông sản chất lượng cao của tỉnh tiếp cận thị trường các tỉnh bạn qua các kênh "
            + "phân phối địa phương.";
    static final String LONG_3 = "Chia sẻ kinh nghiệm xây dựng hệ thống cảnh báo sớm và quản lý rủi ro thiên tai ở cấp "
            + "địa phương.";
    static final String SIGNED_REPLY = "Hai bên đã ký biên bản ghi nhớ hợp tác đào tạo nhân lực.";

    static RequestItem request(String id, Direction d, String category, String text, String reply, String replied) {
        return new RequestItem(id, d, List.of(category), text, RequestStatus.OPEN, PartialDate.of("2025-03-12"),
                PartialDate.of("2025-03-12"), 1, reply, replied == null ? PartialDate.UNKNOWN : PartialDate.of(replied),
                List.of(2));
    }

    static List<TalkingPoint> points(String lang, Map<String, String> english, Map<String, String> fields,
                                     List<RequestItem> requests) {
        Labels l = new Labels(lang, english);
        MeetingItem last = new MeetingItem("m1", PartialDate.of("2025-03-12"), "Lam", "Aka", null, "Hội đàm", null,
                List.of(), List.of(), null, null, 1, List.of(2));
        String address = "vi".equals(lang) ? "Ngài Thị trưởng Xai-tô" : "Mayor SAITO";
        String inSpeech = "vi".equals(lang) ? "Ngài Thị trưởng" : "Mayor SAITO";
        return new TalkingPoints(l, new FirstPerson(lang, new Addressing(lang)), fields).heldOn(LocalDate.of(2026, 12, 1))
                .derive(new TalkingPoints.Guest(address, inSpeech, "vi".equals(lang) ? "thành phố Aka" : "Aka City"),
                        new TalkingPoints.Host("vi".equals(lang) ? "tỉnh Lam" : "Lam Province", "Lam"), List.of(1),
                        List.of(last), List.of(), List.of(), requests);
    }

    static String said(List<TalkingPoint> points, String kind) {
        return points.stream().filter(p -> p.kind().equals(kind)).map(TalkingPoint::text).findFirst().orElseThrow();
    }

    @Test
    void severalLongRequestsOfOneMeetingAreSaidByTheirFields() {
        String point = said(points("vi", Map.of(), FIELDS_VI, List.of(
                request("r1", Direction.VN_TO_JP, "trade", LONG_1, null, null),
                request("r2", Direction.VN_TO_JP, "trade", LONG_2, null, null),
                request("r3", Direction.VN_TO_JP, "disaster", LONG_3, null, null))), "proposal");
        assertThat(point).isEqualTo("Tại buổi làm việc ngày 12/03/2025, chúng tôi đã đề nghị Ngài Thị trưởng hợp tác, "
                + "hỗ trợ về sản phẩm OCOP và xúc tiến thương mại; cứu trợ và phòng chống thiên tai. Chúng tôi mong "
                + "Ngài Thị trưởng tiếp tục quan tâm, hỗ trợ.");
        // Syllables: two sentences of fifty, where the pasted requests made ninety.
        assertThat(point.split("\\s+").length).isLessThanOrEqualTo(50);
    }

    @Test
    void aShortRequestIsStillSaidAsWritten() {
        String point = said(points("vi", Map.of(), FIELDS_VI, List.of(
                request("r1", Direction.VN_TO_JP, "trade", "Hỗ trợ quảng bá nông sản của tỉnh.", null, null))),
                "proposal");
        assertThat(point).contains("chúng tôi đã đề nghị Ngài Thị trưởng hỗ trợ quảng bá nông sản của tỉnh.");
    }

    @Test
    void whatBothSidesSignedIsRecalledToTheGuestsNotReportedFromOurRecords() {
        List<RequestItem> theirs = List.of(request("r9", Direction.JP_TO_VN, "trade", "Tỉnh cử cán bộ sang học tập.",
                SIGNED_REPLY, "2025-10-27"));
        assertThat(said(points("vi", Map.of(), FIELDS_VI, theirs), "raise"))
                .contains("trả lời: Như Ngài đã biết, tháng 10/2025, hai bên đã ký biên bản ghi nhớ");
        Map<String, String> english = Map.of(EnglishRendering.key("Tỉnh cử cán bộ sang học tập."),
                "The province sends officials to study.", EnglishRendering.key(SIGNED_REPLY),
                "A memorandum of understanding on training has been signed.");
        String en = said(points("en", english, Map.of("trade", "trade promotion"), theirs), "raise");
        assertThat(en).contains("as they will recall, in October 2025, a memorandum of understanding on training was "
                + "signed").doesNotContain("records", "has been signed");
    }

    @Test
    void aReplyOfOurOwnStepsIsSaidWithItsDateWithoutRecalling() {
        List<RequestItem> theirs = List.of(request("r9", Direction.JP_TO_VN, "trade", "Tỉnh cử cán bộ sang học tập.",
                "Tỉnh đã giao Sở Nội vụ lập danh sách.", "2025-10-27"));
        assertThat(said(points("vi", Map.of(), FIELDS_VI, theirs), "raise")).contains("trả lời: tháng 10/2025, ")
                .doesNotContain("Như Ngài đã biết");
    }

    @Test
    void theFieldsDiscussedComeRightAfterTheWelcome() {
        List<RequestItem> closed = List.of(ThinPointsTest.request("r1", Direction.VN_TO_JP, "investment",
                RequestStatus.DONE));
        List<TalkingPoint> speech = List.of(new TalkingPoint("welcome", "Chào mừng.", List.of(), List.of(1)),
                new TalkingPoint("agreed", "Hai bên đã thống nhất tăng cường trao đổi đoàn.", List.of("m1"), List.of(2)),
                new TalkingPoint("raise", "Phía Bạn không có đề nghị nào.", List.of(), List.of(1)),
                new TalkingPoint("closing", "Kính chúc.", List.of(), List.of(1)));
        List<TalkingPoint> points = DiscussedPoint.added(speech, closed, ThinPointsTest.CATEGORIES, Set.of("m1"),
                new Labels("vi", Map.of()));
        assertThat(points).extracting(TalkingPoint::kind).containsExactly("welcome", "welcome", "agreed", "raise",
                "closing");
        assertThat(points.get(1).text()).contains("hai bên đã trao đổi về đầu tư");
    }

    @Test
    void aThirdPartysSigningIsToldAsASentence() {
        assertThat(OutcomePoint.told("Đại học Lam – Đại học Aka ký thỏa thuận hợp tác giáo dục"))
                .isEqualTo("Đại học Lam và Đại học Aka đã ký thỏa thuận hợp tác giáo dục");
        assertThat(OutcomePoint.told("Trường Lam đã ký thỏa thuận với Đại học Aka"))
                .isEqualTo("Trường Lam đã ký thỏa thuận với Đại học Aka");
    }

    @Test
    void aMayorIsNotOfferedAFoodProductUnlessOneWasGivenBefore() {
        Labels vi = new Labels("vi");
        PartialDate december = PartialDate.of("2026-12-03");
        // Without a named head the province's produce may still be the gift (a body, not an official).
        assertThat(GiftsPart.advice(List.of(), "municipality", december, vi, false, "gia-lai", false).idea())
                .contains("tiêu");
        var mayor = GiftsPart.advice(List.of(), "municipality", december, vi, false, "gia-lai", true);
        // The province's own heritage instead, with the fact that makes it its own.
        assertThat(mayor.idea()).doesNotContain("tiêu", "đóng hộp quà").contains("cồng chiêng");
        assertThat(mayor.reason()).contains("UNESCO");
    }

    @Test
    void anInvitationIsSaidAsTheInvitationToThePerson() {
        List<TalkingPoint> points = points("vi", Map.of(), FIELDS_VI, List.of(request("r1", Direction.VN_TO_JP, "trade",
                "Thị trưởng Xai-tô sang thăm và làm việc với tỉnh trong thời gian tới.", null, null)));
        assertThat(said(points, "proposal")).isEqualTo("Tại buổi làm việc ngày 12/03/2025, chúng tôi đã trân trọng mời "
                + "Ngài Thị trưởng sang thăm và làm việc; hôm nay chúng tôi rất vui được đón Ngài.");
        assertThat(points).noneSatisfy(p -> assertThat(p.text()).contains("quan tâm, hỗ trợ: "));
        // Businesses brought to visit are a request, not an invitation to the guest.
        assertThat(RequestPoints.invitation("Giới thiệu doanh nghiệp Nhật Bản sang thăm tỉnh.")).isFalse();
    }
}

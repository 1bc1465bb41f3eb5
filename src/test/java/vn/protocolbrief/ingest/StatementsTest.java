package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each sentence's content read as a request (with its direction), a commitment (with its side), an agreement,
 * thanks, or nothing (texts written for this test).
 */
class StatementsTest extends BareStoreTest {
    private static final String OPENING = "Ngày 8/4/2025, Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam tiếp ông Mori Taro, "
            + "Thống đốc tỉnh Tottori (Nhật Bản).\n";

    @Test
    void requestsOfBothSidesHaveTheirDirection() {
        Draft d = draftOf(OPENING + """
                Chủ tịch UBND tỉnh Hoàng Nam đề nghị tỉnh Tottori hỗ trợ đào tạo điều dưỡng viên cho bệnh viện tỉnh.
                Thống đốc Mori Taro mong muốn tỉnh Quảng Trị tạo điều kiện cho doanh nghiệp Tottori đầu tư vào khu kinh tế.
                """, "asks.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp", "jp_to_vn");
        assertThat(d.requests().get(0).text()).contains("điều dưỡng");
        assertThat(d.requests().get(1).categories()).contains("investment");
    }

    @Test
    void aSentenceListingSeveralAsksGivesOneItemEach() {
        Draft d = draftOf(OPENING + """
                Chủ tịch UBND tỉnh Hoàng Nam đề nghị Thống đốc quan tâm hỗ trợ tỉnh xây dựng hệ thống cảnh báo lũ sớm; \
                tiếp nhận thêm thực tập sinh của tỉnh sang làm việc tại Tottori; mở rộng giao lưu văn hóa giữa thanh niên hai tỉnh.
                """, "list.txt");
        assertThat(d.requests()).hasSize(3).allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
    }

    @Test
    void commitmentsOfEachSideAreNotRequests() {
        Draft d = draftOf(OPENING + """
                Thống đốc Mori Taro cho biết tỉnh Tottori sẽ cử đoàn doanh nghiệp sang khảo sát môi trường đầu tư vào tháng 10.
                Chủ tịch UBND tỉnh Hoàng Nam đề nghị tỉnh Tottori chia sẻ kinh nghiệm quản lý rừng, đồng thời cam kết \
                tỉnh Quảng Trị sẽ bố trí cán bộ phối hợp thường xuyên với phía bạn.
                """, "promises.txt");
        assertThat(d.commitments()).extracting(Draft.CommitmentDraft::side).containsExactly("jp", "vn");
        assertThat(d.commitments().get(1).text()).contains("bố trí cán bộ");
        assertThat(d.requests()).hasSize(1);
        assertThat(d.requests().get(0).text()).contains("quản lý rừng").doesNotContain("bố trí cán bộ");
    }

    @Test
    void whatBothSidesAgreedIsNoRequest() {
        Draft d = draftOf(OPENING + """
                Hai bên thống nhất sẽ thành lập nhóm công tác chung về nông nghiệp công nghệ cao.
                Hai bên sẽ phối hợp tổ chức tuần lễ văn hóa Tottori tại Quảng Trị trong năm tới.
                """, "agreed.txt");
        assertThat(d.requests()).isEmpty();
        assertThat(d.commitments()).isEmpty();
    }

    @Test
    void appreciationOfWhatTheOtherSideDidIsThanksButRatingAPlanIsNot() {
        Draft d = draftOf(OPENING + """
                Chủ tịch UBND tỉnh Hoàng Nam đánh giá cao sự hỗ trợ của tỉnh Tottori cho ngành y tế tỉnh trong thời gian qua.
                Thống đốc Mori Taro đánh giá cao những nỗ lực của tỉnh Quảng Trị trong việc đón tiếp thực tập sinh.
                """, "appreciation.txt");
        assertThat(d.thanks()).extracting(Draft.ThanksDraft::by, Draft.ThanksDraft::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vn", "jp"), org.assertj.core.groups.Tuple.tuple("jp", "vn"));
        Draft rating = draftOf(OPENING + """
                Thống đốc Mori Taro đánh giá cao kế hoạch phát triển khu kinh tế của tỉnh Quảng Trị.
                Chủ tịch UBND tỉnh Hoàng Nam đánh giá cao tiềm năng hợp tác giữa hai địa phương.
                """, "rating.txt");
        assertThat(rating.thanks()).isEmpty();
    }

    @Test
    void thanksSayWhoThanksWhom() {
        Draft d = draftOf(OPENING + """
                Thống đốc Mori Taro cảm ơn sự đón tiếp chu đáo của lãnh đạo tỉnh Quảng Trị.
                Chủ tịch UBND tỉnh Hoàng Nam cám ơn tỉnh Tottori đã hỗ trợ xe cứu thương cho tỉnh năm qua.
                """, "thanks.txt");
        assertThat(d.thanks()).extracting(Draft.ThanksDraft::by, Draft.ThanksDraft::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jp", "vn"), org.assertj.core.groups.Tuple.tuple("vn", "jp"));
        assertThat(d.requests()).isEmpty();
    }

    @Test
    void vagueWishesSelfDescriptionEarlierAgreementsAndPledgesOfGoodConditionsAreNoRequests() {
        Draft d = draftOf(OPENING + """
                Thống đốc Mori Taro hy vọng mối quan hệ giữa hai tỉnh sẽ ngày càng phát triển tốt đẹp.
                Chủ tịch UBND tỉnh Hoàng Nam giới thiệu tỉnh Quảng Trị có bờ biển dài và nhiều khu công nghiệp đang phát triển.
                Năm 2019, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác về giáo dục.
                Tỉnh Quảng Trị cam kết luôn tạo mọi điều kiện thuận lợi cho các nhà đầu tư Nhật Bản.
                """, "nothing.txt");
        assertThat(d.requests()).isEmpty();
        assertThat(d.commitments()).extracting(Draft.CommitmentDraft::side).containsExactly("vn");
    }

    @Test
    void thanksAndAnAskJoinedByVaAreTwoStatementsOfTheSameSpeaker() {
        Draft d = draftOf(OPENING + """
                Thống đốc Mori Taro cảm ơn tỉnh đã hỗ trợ các tình nguyện viên Nhật Bản và đề nghị tỉnh tiếp tục                 tạo điều kiện cho các tình nguyện viên làm việc tại các trường học.
                """, "joined.txt");
        assertThat(d.thanks()).extracting(Draft.ThanksDraft::by).containsExactly("jp");
        assertThat(d.thanks().get(0).text()).doesNotContain("đề nghị");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("jp_to_vn");
    }
}

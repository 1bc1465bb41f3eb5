package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The asking frames Vietnamese news uses most, from a survey of articles nobody tuned on (texts written for this
 * test, one frame each, general administrative Vietnamese): who asks is the subject of the asking predicate, whom it
 * asks is the side named after it, and a hope that both sides do well together asks no one.
 */
class SurveyedAskFramesTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn An tiếp ông Sato Ken, "
            + "Thống đốc tỉnh Shimane (Nhật Bản).\n";

    private static java.util.List<String> directions(String body, String name) {
        return draftOf(OPENING + body, name).requests().stream().map(Draft.RequestDraft::direction).toList();
    }

    @Test
    void ourLeaderProposingThatTheirSideActAsksThem() {
        assertThat(directions("""
                Chủ tịch Lê Văn An đề nghị tỉnh Shimane tiếp tục quan tâm, khuyến khích doanh nghiệp của tỉnh mở rộng \
                đầu tư vào khu công nghiệp Hà Tĩnh.
                """, "vn-de-nghi.txt")).containsExactly("vn_to_jp");
    }

    @Test
    void theirLeaderProposingThatWeActAsksUs() {
        assertThat(directions("""
                Thống đốc Sato Ken cho biết nhiều doanh nghiệp Shimane đang tìm hiểu thị trường Việt Nam; đề nghị tỉnh \
                Hà Tĩnh hỗ trợ, tạo điều kiện để các doanh nghiệp đầu tư hiệu quả.
                """, "jp-de-nghi.txt")).containsExactly("jp_to_vn");
    }

    @Test
    void aTitleAloneAsSubjectStillSaysWhoAsks() {
        assertThat(directions("""
                Thống đốc đề nghị tỉnh quan tâm đào tạo tiếng Nhật cho người lao động trước khi sang Shimane.
                Chủ tịch UBND tỉnh đề nghị Thống đốc quan tâm giới thiệu nhà đầu tư vào khu kinh tế Vũng Áng.
                """, "titles.txt")).containsExactly("jp_to_vn", "vn_to_jp");
    }

    @Test
    void aWishThatTheOtherSideActIsAnAsk() {
        assertThat(directions("""
                Thống đốc Sato Ken mong muốn tỉnh Hà Tĩnh tiếp tục cải thiện môi trường đầu tư cho doanh nghiệp Nhật Bản.
                """, "jp-mong-muon.txt")).containsExactly("jp_to_vn");
    }

    @Test
    void aHopeThatTheOtherSideWillActIsAnAsk() {
        assertThat(directions("""
                Thống đốc Sato Ken hy vọng tỉnh Hà Tĩnh sẽ ban hành chính sách ưu đãi cho doanh nghiệp Nhật Bản.
                """, "jp-hy-vong.txt")).containsExactly("jp_to_vn");
    }

    @Test
    void aWishToReceiveTheOtherSidesSupportAsksIt() {
        assertThat(directions("""
                Thống đốc Sato Ken mong nhận được sự hỗ trợ của tỉnh Hà Tĩnh trong việc tuyển chọn thực tập sinh ngành \
                điều dưỡng.
                """, "jp-mong-nhan.txt")).containsExactly("jp_to_vn");
    }

    @Test
    void aWishAsANounAfterWithAsksWhomItNames() {
        assertThat(directions("""
                Chủ tịch Lê Văn An điểm lại các dự án hợp tác giữa hai tỉnh với mong muốn Thống đốc tiếp tục thúc đẩy \
                hợp tác trong lĩnh vực du lịch và đào tạo nhân lực.
                """, "vn-voi-mong-muon.txt")).containsExactly("vn_to_jp");
    }

    @Test
    void aHopeThatBothSidesCooperateMoreAsksNoOne() {
        assertThat(directions("""
                Thống đốc Sato Ken mong muốn hai bên sẽ tiếp tục có thêm nhiều cơ hội hợp tác mới.
                Chủ tịch Lê Văn An mong muốn hai tỉnh cùng thúc đẩy mạnh mẽ sự hợp tác, hướng tới tương lai tốt đẹp.
                """, "both-wish.txt")).isEmpty();
    }

    @Test
    void aHopeAboutTheMeetingAsksNothingInAnyOfItsPredicates() {
        assertThat(directions("""
                Hy vọng buổi làm việc sẽ là cơ hội trao đổi kinh nghiệm, đồng thời mở ra cơ hội hợp tác giữa tỉnh và \
                các doanh nghiệp Nhật Bản.
                """, "occasion-coordinated.txt")).isEmpty();
    }

    @Test
    void askingTheOtherSideToPushCooperationOnIsStillAnAsk() {
        assertThat(directions("""
                Chủ tịch Lê Văn An đề nghị tỉnh Shimane đẩy mạnh hợp tác trong lĩnh vực nông nghiệp công nghệ cao.
                """, "closer-ties-asked.txt")).containsExactly("vn_to_jp");
    }

    @Test
    void pushingCooperationOnAsAnItemOfAnAddressedListIsAsked() {
        assertThat(directions("""
                Chủ tịch Lê Văn An đề nghị ngài Thống đốc quan tâm hỗ trợ thiết bị y tế cho bệnh viện tỉnh; đẩy mạnh \
                hơn nữa hợp tác trên các lĩnh vực du lịch, giáo dục từ phía tỉnh Shimane.
                """, "closer-ties-item.txt")).containsExactly("vn_to_jp", "vn_to_jp");
    }

    /** "sẽ có những / thêm / nhiều …" (there will be more): the partner's wish for more ties asks the province nothing. */
    @Test
    void thePartnerHopingThereWillBeTiesAsksNoOne() {
        assertThat(directions("""
                Ông Sato Ken cũng bày tỏ hy vọng trong thời gian tới, sẽ có những dự án hợp tác cụ thể hơn nữa giữa \
                hai tỉnh Shimane và Hà Tĩnh.
                """, "jp-se-co-nhung.txt")).isEmpty();
    }

    /** The same existential wish by our side, for Japanese investors to come, asks the partner. */
    @Test
    void ourSideHopingThereWillBeInvestorsAsksThePartner() {
        assertThat(directions("""
                Chủ tịch Lê Văn An hy vọng trong thời gian tới sẽ có những doanh nghiệp Nhật Bản đến đầu tư tại \
                khu kinh tế Vũng Áng.
                """, "vn-se-co-nhung.txt")).containsExactly("vn_to_jp");
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A request read from the structure of its clause (texts written for this test): a subject of one side, an asking
 * or needing predicate, the other side as addressee, and content that is an act of the addressee. Each case is one
 * structure, worded with general administrative Vietnamese, not a phrase of any article.
 */
class AskGrammarTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn An tiếp ông Sato Ken, "
            + "Thống đốc tỉnh Shimane (Nhật Bản).\n";

    @Test
    void aSubjectWantingTheOtherSideToActAsks() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An muốn tỉnh Shimane hỗ trợ đào tạo điều dưỡng viên cho bệnh viện của tỉnh.
                Thống đốc Sato Ken muốn Hà Tĩnh tạo điều kiện cho doanh nghiệp Shimane đầu tư vào khu công nghiệp.
                """, "want.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp", "jp_to_vn");
    }

    @Test
    void theAddresseeNamedAfterTheAskDecidesWhomItIsAsked() {
        Draft d = draftOf(OPENING + """
                Thống đốc Sato Ken giới thiệu về tiềm năng của tỉnh Shimane.
                Bên cạnh đó, mong Shimane giới thiệu doanh nghiệp chế biến thủy sản đến đầu tư tại tỉnh.
                """, "addressee.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }

    @Test
    void bothSidesNeedingToActIsTheSpeakersAsk() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An cho rằng hai tỉnh cần sớm mở đường bay thẳng để thu hút khách du lịch.
                """, "need.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }

    @Test
    void theSpeakersOwnActIsACommitmentNotAnAsk() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An mong muốn tỉnh Hà Tĩnh sẽ tạo điều kiện tốt nhất cho doanh nghiệp Shimane đầu tư \
                vào khu công nghiệp.
                """, "own.txt");
        assertThat(d.requests()).isEmpty();
    }

    @Test
    void coordinatedActsAreOneRequestEach() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An đề nghị tỉnh Shimane hỗ trợ đào tạo điều dưỡng viên cho bệnh viện tỉnh và giới \
                thiệu doanh nghiệp đầu tư vào khu công nghiệp, đồng thời mở văn phòng đại diện tại thành phố Hà Tĩnh.
                """, "acts.txt");
        assertThat(d.requests()).hasSize(3).allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
    }

    @Test
    void anAskOfAnEarlierVisitIsBackground() {
        Draft d = draftOf(OPENING + """
                Trước đây, tỉnh Hà Tĩnh đã đề nghị tỉnh Shimane hỗ trợ xây dựng nhà máy xử lý nước thải.
                Năm 2019, lãnh đạo tỉnh đã kiến nghị Shimane tiếp nhận thực tập sinh ngành cơ khí.
                """, "past.txt");
        assertThat(d.requests()).isEmpty();
    }

    @Test
    void anAskAfterThanksInOneSentenceIsARequest() {
        Draft d = draftOf(OPENING + """
                Đồng chí Lê Văn An khẳng định, tỉnh luôn coi trọng quan hệ với tỉnh Shimane; bày tỏ mong muốn tỉnh \
                Shimane tiếp tục hỗ trợ đào tạo bác sĩ cho bệnh viện, đồng thời cảm ơn Thống đốc Sato Ken đã hỗ trợ \
                thiết bị y tế.
                """, "thanks-then-ask.txt");
        assertThat(d.thanks()).extracting(Draft.ThanksDraft::by).containsExactly("vn");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }
}

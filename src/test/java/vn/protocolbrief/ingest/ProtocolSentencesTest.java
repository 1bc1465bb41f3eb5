package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Long protocol sentences read by their grammar (texts written for this test): a second asking predicate joined by
 * "và" is a second ask; a wish that both sides act on nothing in particular asks neither; an investor proposing or
 * wishing to invest offers its own act, and only what it asks of the province is a request; "lời mời của X đến Y
 * …" asks what Y is invited to do, never "lời mời"; acts chained by "cũng như" are asked one by one; thanks with
 * its deed and an ask in one sentence are one of each.
 */
class ProtocolSentencesTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn An tiếp ông Sato Ken, "
            + "Thống đốc tỉnh Shimane (Nhật Bản).\n";

    @Test
    void aWishForTiesThenAnAskJoinedByVaIsOneAsk() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An bày tỏ mong muốn hai tỉnh tăng cường giao lưu và đề nghị Thống đốc Sato Ken giới \
                thiệu doanh nghiệp Shimane đầu tư vào khu kinh tế Vũng Áng.
                """, "wish-and-ask.txt");
        assertThat(d.requests()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("vn_to_jp");
            assertThat(r.text()).contains("giới thiệu doanh nghiệp").doesNotContain("giao lưu");
        });
    }

    @Test
    void anInvestorsProposalToInvestIsItsOfferNotARequest() {
        Draft d = draftOf(OPENING + """
                Ông Tanaka Jiro, Tổng Giám đốc Tập đoàn Sakura, đề xuất đầu tư nhà máy sản xuất linh kiện điện tử tại \
                khu kinh tế Vũng Áng. Công ty cũng mong muốn được đầu tư dự án điện mặt trời tại tỉnh.
                """, "offer.txt");
        assertThat(d.requests()).isEmpty();
        assertThat(d.commitments()).extracting(Draft.CommitmentDraft::side).containsOnly("jp");
    }

    @Test
    void whatAnInvestorAsksOfTheProvinceBesideItsOfferIsTheRequest() {
        Draft d = draftOf(OPENING + """
                Ông Tanaka Jiro, Tổng Giám đốc Tập đoàn Sakura, đề xuất đầu tư nhà máy sản xuất linh kiện điện tử tại \
                khu kinh tế Vũng Áng và đề nghị tỉnh hỗ trợ giao đất, rút ngắn thủ tục cấp phép.
                """, "offer-and-ask.txt");
        assertThat(d.requests()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("jp_to_vn");
            assertThat(r.text()).contains("giao đất").doesNotContain("nhà máy");
        });
    }

    @Test
    void aConveyedInvitationAsksTheVisitNotTheInvitation() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An chuyển lời mời của Bí thư Tỉnh ủy đến Thống đốc Sato Ken sang thăm và làm việc tại \
                Hà Tĩnh trong năm 2026.
                """, "conveyed-invitation.txt");
        assertThat(d.requests()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("vn_to_jp");
            assertThat(r.text()).contains("sang thăm").doesNotContainIgnoringCase("lời mời").doesNotStartWith("Của");
        });
    }

    @Test
    void actsChainedByCungNhuAreAskedOneByOne() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An đề nghị tỉnh Shimane hỗ trợ đào tạo tiếng Nhật cho lao động của tỉnh; tiếp nhận thêm \
                kỹ sư công nghệ thông tin cũng như chia sẻ kinh nghiệm phòng chống thiên tai.
                """, "cung-nhu.txt");
        assertThat(d.requests()).hasSize(3).allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
        assertThat(d.requests()).extracting(Draft.RequestDraft::text)
                .anyMatch(t -> t.contains("kỹ sư") && !t.contains("thiên tai"))
                .anyMatch(t -> t.contains("thiên tai") && !t.contains("kỹ sư"));
    }

    @Test
    void thanksWithItsDeedAndAnAskInOneSentenceAreOneOfEach() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An cảm ơn tỉnh Shimane đã tiếp nhận hơn 500 thực tập sinh của Hà Tĩnh, đồng thời đề \
                nghị tỉnh Shimane tiếp tục hỗ trợ đào tạo điều dưỡng viên cho tỉnh.
                """, "thanks-and-ask.txt");
        assertThat(d.thanks()).singleElement().satisfies(t -> assertThat(t.by()).isEqualTo("vn"));
        assertThat(d.requests()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("vn_to_jp");
            assertThat(r.text()).contains("điều dưỡng").doesNotContain("thực tập sinh");
        });
    }

    @Test
    void aRequestInTheHeadlineThatTheBodyRepeatsIsOneRequest() {
        Draft d = draftOf("""
                Hà Tĩnh đề nghị JICA hỗ trợ xây dựng hệ thống cấp nước
                Ngày 12/3/2025, Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn An tiếp ông Sato Ken, Trưởng đại diện JICA tại Việt \
                Nam. Chủ tịch Lê Văn An mong JICA quan tâm, giúp tỉnh đầu tư hệ thống cấp nước sạch cho các xã ven biển.
                """, "headline.txt");
        assertThat(d.requests()).singleElement().satisfies(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
    }
}

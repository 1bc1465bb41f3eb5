package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who speaks when the sentence does not say it at its verb: a predicate joined by "và" right before the wish is the
 * sentence subject's ("Thời gian qua, doanh nghiệp Nhật Bản … tại khu công nghiệp của tỉnh và mong muốn …"); a
 * side named in a possessive ("… của tỉnh X, Đại sứ …") is not the subject; the partner hoping that there "be more"
 * of something asks nothing of us; our leader instructing our own departments asks nothing of the partner; a signing
 * told with its year in an undated article is an earlier one (texts written for this test).
 */
class SpeakerCarriedTest extends BareStoreTest {
    private static final String OPENING = "Tổng Lãnh sự Nhật Bản tại Đà Nẵng Kato Jun chào xã giao lãnh đạo tỉnh "
            + "Hà Tĩnh.\n";

    @Test
    void aWishJoinedByVaIsTheSentenceSubjectsNotTheSideNamedInAPlace() {
        Draft d = draftOf(OPENING + """
                Tại buổi tiếp, Tổng Lãnh sự Kato Jun giới thiệu hoạt động của Tổng Lãnh sự quán.
                Thời gian qua, nhiều doanh nghiệp Nhật Bản đã mở nhà máy tại Khu kinh tế Vũng Áng của tỉnh Hà Tĩnh và \
                mong muốn được cung cấp thêm thông tin về quy hoạch cảng biển của khu kinh tế.
                """, "carried-va.txt");
        assertThat(d.requests()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("jp_to_vn");
            assertThat(r.text()).contains("quy hoạch cảng biển");
        });
    }

    @Test
    void aSideNamedAfterCuaInTheOpeningIsNotItsSubject() {
        Draft d = draftOf(OPENING + """
                Trước những đổi thay, tiến bộ rõ rệt của tỉnh Hà Tĩnh, Tổng Lãnh sự Kato Jun đánh giá cao kết quả hợp \
                tác, đồng thời mong muốn tỉnh hỗ trợ thủ tục cho các tình nguyện viên Nhật Bản đến làm việc tại tỉnh.
                """, "possessive-opening.txt");
        assertThat(d.requests()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("jp_to_vn");
            assertThat(r.text()).contains("tình nguyện viên");
        });
    }

    @Test
    void thePartnersHopeThatThereBeMoreAsksNothingButOursStaysARequest() {
        Draft d = draftOf(OPENING + """
                Tổng Lãnh sự Kato Jun cho biết nhiều doanh nghiệp Nhật Bản quan tâm đến tỉnh và mong muốn trong thời \
                gian tới có thêm nhiều doanh nghiệp đến đầu tư tại tỉnh.
                Chủ tịch UBND tỉnh Võ Minh Hải hy vọng trong thời gian tới sẽ có thêm nhiều doanh nghiệp Nhật Bản đến \
                đầu tư tại tỉnh.
                """, "existential-hope.txt");
        assertThat(d.requests()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("vn_to_jp");
            assertThat(r.text()).contains("doanh nghiệp Nhật Bản");
        });
    }

    @Test
    void ourLeaderInstructingOurOwnDepartmentsIsNoRequestButThePartnersAskOfThemIs() {
        Draft d = draftOf(OPENING + """
                Chủ tịch UBND tỉnh Võ Minh Hải đề nghị các sở, ngành của tỉnh phối hợp chặt chẽ với Tổng Lãnh sự quán \
                để chuẩn bị tốt lễ hội giao lưu văn hóa vào tháng 10.
                Tổng Lãnh sự Kato Jun mong muốn lãnh đạo tỉnh và các sở, ban, ngành hỗ trợ các tình nguyện viên Nhật \
                Bản hoàn thành tốt nhiệm vụ tại tỉnh.
                """, "own-departments.txt");
        assertThat(d.requests()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("jp_to_vn");
            assertThat(r.text()).contains("tình nguyện viên");
        });
    }

    @Test
    void tiesBetweenOurProvinceAndANamedJapaneseLocalityAreAnAskAndAPromiseTiesWithJapanAreNot() {
        Draft d = draftOf(OPENING + """
                Bí thư Tỉnh ủy Hoàng Trung Dũng mong muốn Tổng Lãnh sự quan tâm hỗ trợ thắt chặt quan hệ hợp tác hữu \
                nghị giữa Hà Tĩnh với Gifu.
                Chủ tịch UBND tỉnh Võ Minh Hải mong muốn quan hệ hợp tác hữu nghị giữa Hà Tĩnh với Nhật Bản ngày càng \
                tốt đẹp.
                Tổng Lãnh sự Kato Jun sẵn sàng vun đắp mối quan hệ giữa hai tỉnh Hà Tĩnh và Gifu trong thời gian tới.
                """, "named-locality.txt");
        assertThat(d.requests()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("vn_to_jp");
            assertThat(r.categories()).contains("local_partnership");
            assertThat(r.text()).contains("Gifu");
        });
        assertThat(d.commitments()).singleElement().satisfies(m -> assertThat(m.text()).contains("Gifu"));
    }

    @Test
    void itemsListedAsBulletLinesAreAskedOneByOneWithoutTheirBullets() {
        Draft d = draftOf(OPENING + """
                Chủ tịch UBND tỉnh Võ Minh Hải đề nghị Tổng Lãnh sự quán hỗ trợ tỉnh các nội dung sau:
                - Kết nối doanh nghiệp chế biến thủy sản của Nhật Bản với tỉnh;
                - Tổ chức tuần văn hóa Nhật Bản tại thành phố Hà Tĩnh.
                """, "bullets.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::text).hasSize(2)
                .allSatisfy(t -> assertThat(t).doesNotStartWith("-"))
                .anySatisfy(t -> assertThat(t).startsWith("Kết nối doanh nghiệp"))
                .anySatisfy(t -> assertThat(t).startsWith("Tổ chức tuần văn hóa"));
    }

    @Test
    void aSigningToldWithItsYearInAnUndatedArticleIsAnEarlierOne() {
        Draft d = draftOf(OPENING + """
                Tổng Lãnh sự Kato Jun cho biết, tỉnh Hà Tĩnh và tỉnh Gifu đã ký kết Bản ghi nhớ hợp tác về đào tạo \
                nguồn nhân lực vào tháng 5/2019.
                """, "undated-earlier-signing.txt");
        assertThat(d.agreements()).isEmpty();
        assertThat(d.earlierAgreements()).singleElement()
                .satisfies(a -> assertThat(a.title()).startsWith("Bản ghi nhớ hợp tác"));
    }
}

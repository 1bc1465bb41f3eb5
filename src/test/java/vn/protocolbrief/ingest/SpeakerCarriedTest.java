package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who speaks when the sentence does not say it at its verb: a predicate joined by "và" right before the wish is the
 * sentence subject's ("Thời gian qua, doanh nghiệp Nhật Bản … tại khu công nghiệp của tỉnh và mong muốn …"); a
 * side named in a possessive ("… của tỉnh X, Đại sứ …") is not the subject; the partner hoping that there "be more"
 * of something asks nothing of us; a signing told with its year in an undated article is an earlier one (texts
 * written for this test).
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

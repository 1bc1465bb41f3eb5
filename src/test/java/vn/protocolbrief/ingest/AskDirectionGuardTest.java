package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who asks whom in the constructions issue 18's held-back third was said to lose (texts written for this test). These
 * were already read right on main 3ded4bf when written: guards, not red-first tests of a change.
 */
class AskDirectionGuardTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Chủ tịch UBND tỉnh Nam Định Lê Văn Tâm tiếp ông Kawakatsu Heita, "
            + "Thống đốc tỉnh Shizuoka.\n";

    private static void onlyAsk(Draft d, String direction, String words) {
        assertThat(d.requests()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo(direction);
            assertThat(r.text()).contains(words);
        });
    }

    @Test
    void theSpeakerNamedInTheSentenceBeforeAsksInTheNext() {
        onlyAsk(draftOf(OPENING + """
                Thống đốc Kawakatsu Heita cho biết, tỉnh Shizuoka đánh giá cao sự quan tâm của Chủ tịch UBND tỉnh Lê Văn \
                Tâm và lãnh đạo tỉnh Nam Định. Đồng thời đề nghị tỉnh Nam Định tiếp tục cử lao động có tay nghề sang làm \
                việc tại Shizuoka.
                """, "previous-sentence.txt"), "jp_to_vn", "lao động có tay nghề");
    }

    @Test
    void theGuestAskingTheProvinceFarFromItsSubject() {
        onlyAsk(draftOf(OPENING + """
                Bày tỏ vinh dự lần thứ hai được gặp lãnh đạo tỉnh Nam Định, Thống đốc Kawakatsu Heita chia sẻ trước những \
                thiệt hại do bão lũ gây ra cho tỉnh; cho biết, nhiều doanh nghiệp của Shizuoka đang mở rộng đầu tư tại Việt \
                Nam; đề nghị tỉnh Nam Định hỗ trợ, tạo điều kiện để các doanh nghiệp đầu tư hiệu quả, bền vững.
                """, "far-subject.txt"), "jp_to_vn", "tạo điều kiện");
    }

    @Test
    void ourWishThatTheJapaneseSideActIsAskedOfJapan() {
        onlyAsk(draftOf(OPENING + """
                Tiếp Thống đốc Kawakatsu Heita, Chủ tịch UBND tỉnh Lê Văn Tâm giới thiệu tiềm năng của tỉnh. Đồng thời mong \
                muốn phía Nhật Bản hỗ trợ tỉnh đào tạo điều dưỡng viên.
                """, "wish-of-japan.txt"), "vn_to_jp", "điều dưỡng viên");
    }
}

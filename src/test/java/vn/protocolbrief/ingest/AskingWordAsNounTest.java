package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An asking word used as a noun asks nothing: after the nominaliser "việc" (the act of calling for investment), or as
 * the object of a verb that welcomes or rates what the other side wished (texts written for this test).
 */
class AskingWordAsNounTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Chủ tịch UBND tỉnh Ninh Bình Đặng Văn Bình tiếp ông Kato Shin, "
            + "Thống đốc tỉnh Shiga (Nhật Bản).\n";

    @Test
    void theActOfCallingForInvestmentIsNotAnAsk() {
        Draft d = draftOf(OPENING + """
                Ông Kato Shin khen ngợi cố gắng của lãnh đạo tỉnh trong việc kêu gọi đầu tư vào du lịch mấy năm nay.
                """, "act-of-calling.txt");
        assertThat(d.requests()).isEmpty();
    }

    @Test
    void aWishWelcomedIsTheOtherSidesNotOurAsk() {
        Draft d = draftOf(OPENING + """
                Ông Đặng Văn Bình hoan nghênh mong muốn tăng cường trao đổi sinh viên giữa các trường đại học, nhất là về ngôn ngữ.
                """, "wish-welcomed.txt");
        assertThat(d.requests()).noneMatch(r -> "vn_to_jp".equals(r.direction()));
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "mở" (open) is an act whatever is opened (texts written for this test), instead of three phrases "mở lớp / mở văn
 * phòng / mở đường bay" found in 0-1 articles each; "mở ra" (open up a prospect) describes and promises nothing.
 */
class ActVerbsTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn An tiếp ông Sato Ken, "
            + "Thống đốc tỉnh Shimane (Nhật Bản).\n";

    @Test
    void openingAnythingIsAnAct() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An cho rằng hai tỉnh cần mở trung tâm giới thiệu sản phẩm nông nghiệp tại Shimane.
                """, "open.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }

    @Test
    void openingUpAProspectPromisesNothing() {
        Draft d = draftOf(OPENING + """
                Thống đốc Sato Ken cho biết, tỉnh Shimane sẽ mở ra nhiều cơ hội mới cho lao động Hà Tĩnh.
                """, "open-up.txt");
        assertThat(d.commitments()).isEmpty();
        assertThat(d.requests()).isEmpty();
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Our delegation received in Japan: the Japanese place it visits is the venue (texts written for this test). */
class VenueInJapanTest extends BareStoreTest {
    @Test
    void theJapanesePlaceOurDelegationVisitsIsTheVenue() {
        Draft d = draftOf("""
                Ngày 28/3/2025, đoàn công tác tỉnh Hà Tĩnh do Chủ tịch UBND tỉnh Võ Trọng Hải làm trưởng đoàn đã đến chào xã giao Thống đốc tỉnh Shizuoka.
                Thống đốc tỉnh Shizuoka Suzuki Yasutomo chào mừng đoàn công tác tỉnh Hà Tĩnh đến thăm và làm việc tại tỉnh Shizuoka.
                Chủ tịch UBND tỉnh Võ Trọng Hải cảm ơn Thống đốc đã dành thời gian tiếp đoàn.
                """, "visit-japan.txt");
        assertThat(d.venue()).contains("Shizuoka");
    }

    @Test
    void aJapanesePlaceWhereSomethingElseHappensIsNoVenue() {
        Draft d = draftOf("""
                Ngày 28/3/2025, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải tiếp Thống đốc tỉnh Shizuoka Suzuki Yasutomo.
                Thống đốc cho biết tỉnh Shizuoka sẽ tổ chức ngày hội người Việt Nam tại tỉnh Shizuoka vào tháng 8.
                """, "home.txt");
        assertThat(d.venue()).isNull();
    }
}

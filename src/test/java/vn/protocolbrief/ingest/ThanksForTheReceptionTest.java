package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Thanks for a reception ("cảm ơn sự đón tiếp … của [host]") are said by the side that was received, whoever the
 * sentence names as speaker or leaves unnamed (texts written for this test).
 */
class ThanksForTheReceptionTest extends BareStoreTest {
    @Test
    void thanksForTheProvincesReceptionAreTheGuests() {
        Draft d = draftOf("Ngày 12/3/2025, Chủ tịch UBND tỉnh Nam Định Lê Văn Tâm tiếp đoàn công tác tỉnh Shizuoka do ông "
                + "Kawakatsu Heita, Thống đốc tỉnh làm trưởng đoàn.\n" + """
                Chủ tịch UBND tỉnh Lê Văn Tâm giới thiệu tiềm năng của tỉnh. Thay mặt đoàn công tác, Trưởng đoàn cảm ơn \
                sự đón tiếp chu đáo, trọng thị của lãnh đạo tỉnh Nam Định, lãnh đạo các sở ngành.
                """, "reception-of-the-province.txt");
        assertThat(d.thanks()).singleElement().satisfies(t -> {
            assertThat(t.by()).isEqualTo("jp");
            assertThat(t.to()).isEqualTo("vn");
        });
    }

    @Test
    void thanksForThePartnersReceptionAreOurs() {
        Draft d = draftOf("Ngày 12/3/2025, đoàn công tác tỉnh Nam Định do Chủ tịch UBND tỉnh Lê Văn Tâm dẫn đầu đã làm việc "
                + "với ông Kawakatsu Heita, Thống đốc tỉnh Shizuoka.\n" + """
                Tại buổi làm việc, Trưởng đoàn cảm ơn sự đón tiếp nồng hậu của Thống đốc tỉnh Shizuoka dành cho đoàn.
                """, "reception-of-the-partner.txt");
        assertThat(d.thanks()).singleElement().satisfies(t -> assertThat(t.by()).isEqualTo("vn"));
    }
}

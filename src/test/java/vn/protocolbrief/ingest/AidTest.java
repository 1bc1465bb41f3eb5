package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Aid read with its amount and what it is (texts written for this test); a ceremonial gift is not aid. */
class AidTest extends BareStoreTest {
    @Test
    void equipmentHandedOverWithItsValueIsAidAndAPaintingIsAGift() {
        Draft d = draftOf("""
                Ngày 5/11/2025, Chủ tịch UBND tỉnh Quảng Trị Lê Đức Tiến tiếp ông Sugano Yuichi, Trưởng đại diện JICA Việt Nam.
                Nhân dịp này, JICA trao tặng tỉnh 10 xe cứu thương trị giá 3 tỷ đồng.
                Chủ tịch UBND tỉnh tặng bức tranh sơn mài Thành cổ Quảng Trị cho ông Sugano Yuichi.
                """, "aid.txt");
        assertThat(d.aidProjects()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("10 xe cứu thương");
            assertThat(a.amount()).isEqualByComparingTo(new BigDecimal("3000000000"));
            assertThat(a.currency()).isEqualTo("VND");
        });
        assertThat(d.gifts()).singleElement().satisfies(g -> assertThat(g.item()).startsWith("Bức tranh sơn mài"));
    }

    @Test
    void projectsHandedOverAtACeremonyTheHeadlineSaysJapanFundedAreAidEachOnItsOwnAndOnce() {
        Draft d = draftOf("""
                title: Bàn giao hai công trình do Chính phủ Nhật Bản tài trợ

                Ngày 17/9/2023, Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh phối hợp với Đại sứ quán Nhật Bản tổ chức lễ bàn giao 02 dự án: (1) Trường tiểu học Kỳ Lợi, xã Kỳ Lợi, thị xã Kỳ Anh; (2) xây dựng 04 cầu nông thôn tại huyện Hương Khê.
                Ông Ito Naoki, Đại sứ Nhật Bản tại Việt Nam, cùng lãnh đạo địa phương cắt băng khánh thành.
                Sau lễ bàn giao dự án trường tiểu học Kỳ Lợi, đoàn thăm các lớp học mới.
                """, "handover.txt");
        assertThat(d.aidProjects()).extracting(Draft.AidDraft::title)
                .containsExactly("Trường tiểu học Kỳ Lợi, xã Kỳ Lợi, thị xã Kỳ Anh", "Xây dựng 04 cầu nông thôn tại huyện Hương Khê");
        assertThat(d.keyFigures()).extracting(Draft.FigureDraft::value).doesNotContain("02", "04");
    }
}

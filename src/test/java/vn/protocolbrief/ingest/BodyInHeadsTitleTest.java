package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The head's own title names the guest when nothing else does; "Tỉnh trưởng" is a governor. */
class BodyInHeadsTitleTest extends BareStoreTest {
    @Test
    void aCompanyNamedOnlyInTheJapaneseHeadsTitleIsThePartner() {
        Draft d = draftOf("""
                Ngày 9/11, Chủ tịch UBND tỉnh Hưng Yên Trần Văn Lâm đã có buổi làm việc với ông Mori Kenta, Giám đốc Công ty Sakuraba về dự án chế biến nông sản tại tỉnh.
                """, "company-in-title.txt");
        assertThat(d.partner().kind()).isEqualTo("company");
        assertThat(d.partner().name()).isEqualTo("Công ty Sakuraba");
        assertThat(d.partner().id()).isNull();
    }

    @Test
    void aTinhTruongIsTheGovernorOfThePrefecture() {
        Draft d = draftOf("""
                Chiều 15/3, Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn Minh tiếp Tỉnh trưởng tỉnh Gifu (Nhật Bản).
                Thay mặt đoàn, Tỉnh trưởng Hajime Furuta cảm ơn sự đón tiếp của tỉnh.
                """, "tinh-truong.txt");
        assertThat(d.partner().kind()).isEqualTo("prefecture");
        assertThat(d.leader().familyName()).isEqualTo("Furuta");
        assertThat(d.leader().title()).startsWith("Tỉnh trưởng");
    }

    @Test
    void aDietMemberWithNoBodyNamedIsOfTheHouseTheySitIn() {
        Draft d = draftOf("""
                Chiều 8/5, Phó Bí thư Thường trực Tỉnh ủy Hà Nam Trần Văn Cường tiếp Hạ nghị sĩ Nhật Bản Ueda Ken đến thăm và làm việc tại tỉnh.
                """, "diet-member.txt");
        assertThat(d.partner().kind()).isEqualTo("assembly");
        assertThat(d.partner().name()).isEqualTo("Hạ viện Nhật Bản");
        assertThat(d.leader().familyName()).isEqualTo("Ueda");
    }
}

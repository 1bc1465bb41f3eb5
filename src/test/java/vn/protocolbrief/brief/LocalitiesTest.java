package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Places and offices typed in Vietnamese, as an English pack writes them: in English, never merely unaccented. */
class LocalitiesTest {
    private final Labels en = new Labels("en");
    private final Labels vi = new Labels("vi");

    @Test
    void aLocalityAsWrittenReadsAsEnglish() {
        assertThat(en.locality("TP Hạ Long (tỉnh Quảng Bình cũ)")).isEqualTo("Ha Long City (former Quang Binh Province)");
        assertThat(en.locality("huyện Đông Anh, thành phố Hà Nội")).startsWith("[VI] ");
        assertThat(en.locality("Thị xã Sơn Tây")).isEqualTo("Son Tay Town");
        assertThat(en.locality("Lâm Đồng (Đà Lạt)")).isEqualTo("Lam Dong (Da Lat)");
        // "Quan Hóa" is a name, not "quận" (a district).
        assertThat(en.locality("Quan Hóa")).isEqualTo("Quan Hoa");
        assertThat(vi.locality("TP Hạ Long (tỉnh Quảng Bình cũ)")).isEqualTo("TP Hạ Long (tỉnh Quảng Bình cũ)");
    }

    @Test
    void whatIsNotMadeOfUnitsAndNamesStaysTheOriginalMarked() {
        assertThat(en.locality("khu vực miền núi phía bắc")).isEqualTo("[VI] khu vực miền núi phía bắc");
    }

    @Test
    void anOfficeKeepsItsWordsAPersonLosesOnlyTheAccents() {
        assertThat(en.personOrOffice("Phòng Lễ tân, Sở Ngoại vụ")).isEqualTo("Protocol Division, Department of Foreign Affairs");
        assertThat(en.personOrOffice("Ban Quản lý dự án tỉnh")).isEqualTo("[VI] Ban Quản lý dự án tỉnh");
        assertThat(en.personOrOffice("Lê Thị Hoa")).isEqualTo("Le Thi Hoa");
        assertThat(vi.personOrOffice("Phòng Lễ tân, Sở Ngoại vụ")).isEqualTo("Phòng Lễ tân, Sở Ngoại vụ");
    }
}

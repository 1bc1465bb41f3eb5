package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void aChainOfPostsIsTranslatedPieceByPieceInThePressesSpellings() {
        Addressing a = new Addressing("en");
        // "uỷ" in the older placement of the tone mark; "ĐBQH" shortened.
        assertThat(a.english("Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh, Trưởng đoàn ĐBQH tỉnh")).isEqualTo(
                "Deputy Secretary of the Provincial Party Committee, Chair of the Provincial People's Committee, "
                        + "Head of the Provincial Delegation of National Assembly Deputies");
        assertThat(a.english("Chủ tịch HĐND TPHCM")).isEqualTo("Chair of the Ho Chi Minh City People's Council");
        assertThat(a.english("Chủ tịch Ủy ban nhân dân TP. Cần Thơ"))
                .isEqualTo("Chair of the Can Tho City People's Committee");
        assertThat(a.english("Trưởng đại diện tổ chức JICA tại Việt Nam")).isEqualTo("Chief Representative of JICA in Viet Nam");
        assertThat(a.english("Phó Giám đốc phụ trách dự án")).isNull();
        // Known only in part: a post is said whole, so the Vietnamese once, marked as the original (rd13: "Consul-
        // General [VI] Nhật Bản tại …" split one post into two languages) ...
        assertThat(a.title("Giám đốc điều hành Ngân hàng Kanto").text()).isEqualTo("Giám đốc điều hành Ngân hàng Kanto");
        assertThat(a.title("Giám đốc điều hành Ngân hàng Kanto").original()).isTrue();
        assertThat(a.title("Chủ tịch, Phó Tổng Giám đốc").original()).isTrue();
        // ... unless it ends with a partner's name whose English the records hold: the post's English and that name.
        Addressing knowing = new Addressing("en").knowing(List.of(new vn.protocolbrief.domain.Partner("kanto-bank",
                vn.protocolbrief.domain.PartnerKind.COMPANY, "Ngân hàng Kanto", "Kanto Bank", null, null, null,
                List.of())));
        assertThat(knowing.title("Giám đốc điều hành Ngân hàng Kanto").text()).isEqualTo("Managing Director, Kanto Bank");
        assertThat(knowing.title("Giám đốc điều hành Ngân hàng Kanto").original()).isFalse();
        assertThat(a.title("Phó Giám đốc phụ trách dự án").original()).isTrue();
        assertThat(en.locality("TP.HCM")).isEqualTo("Ho Chi Minh City");
        assertThat(en.locality("TPHCM")).isEqualTo("Ho Chi Minh City");
    }

    @Test
    void aSideNamedInWordsIsEnglishAPersonUnaccentedAnythingElseTheOriginal() {
        Addressing a = new Addressing("en");
        assertThat(en.side("UBND tỉnh Hà Nam", a)).isEqualTo("Ha Nam Provincial People's Committee");
        assertThat(en.side("Đoàn công tác tỉnh Kagawa", a)).isEqualTo("Kagawa Prefecture delegation");
        assertThat(en.side("Lê Văn Hùng", a)).isEqualTo("Le Van Hung");
        assertThat(en.side("Ban tổ chức hội chợ", a)).isEqualTo("Ban tổ chức hội chợ");
        assertThat(en.shown("Ban tổ chức hội chợ")).isEqualTo("[VI] Ban tổ chức hội chợ");
        assertThat(en.shownAfter(" · ", "tỉnh Hà Nam")).isEqualTo("\n[VI] tỉnh Hà Nam");
        assertThat(en.shownAfter(" · ", "Ha Nam Province")).isEqualTo(" · Ha Nam Province");
        assertThat(vi.side("UBND tỉnh Hà Nam", new Addressing("vi"))).isEqualTo("UBND tỉnh Hà Nam");
        assertThat(vi.shown("tỉnh Hà Nam")).isEqualTo("tỉnh Hà Nam");
    }
}

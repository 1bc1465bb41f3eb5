package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.Province;

/** A visit plan's own words in an English pack: phrases with a province in them, programme words, job titles. */
class VisitPhrasesEnglishTest {
    private static final List<Province> PLACES = List.of(
            new Province("bac-ninh", "Bắc Ninh", "Bac Ninh", "province", List.of()),
            new Province("da-nang", "Đà Nẵng", "Da Nang", "city", List.of()),
            new Province("hue", "Huế", "Hue City", "city", List.of()));
    private final Labels en = new Labels("en").knowing(PLACES);

    @Test
    void aPhraseTakesAProvinceOfTheReferenceDataWithOrWithoutItsUnit() {
        assertThat(en.visitText("Sở Ngoại vụ tỉnh Bắc Ninh")).isEqualTo("Department of Foreign Affairs of Bac Ninh Province");
        assertThat(en.visitText("Sở Ngoại vụ Bắc Ninh")).isEqualTo("Department of Foreign Affairs of Bac Ninh Province");
        assertThat(en.visitText("Trụ sở Ủy ban nhân dân thành phố Đà Nẵng"))
                .isEqualTo("Headquarters of the Da Nang City People's Committee");
        assertThat(en.visitText("Trụ sở UBND tỉnh Bắc Ninh"))
                .isEqualTo("Headquarters of the Bac Ninh Provincial People's Committee");
        assertThat(en.visitText("Sở Ngoại vụ thành phố Huế")).isEqualTo("Department of Foreign Affairs of Hue City");
        // A place the reference data does not hold is not guessed: the original, marked.
        assertThat(en.visitText("Sở Ngoại vụ tỉnh Xa Lạ")).isEqualTo("[VI] Sở Ngoại vụ tỉnh Xa Lạ");
        // Without the reference data the slot is never filled.
        assertThat(new Labels("en").visitText("Sở Ngoại vụ tỉnh Bắc Ninh")).startsWith("[VI] ");
    }

    @Test
    void aVenueMayNameItsTownAfterTheBuilding() {
        assertThat(en.visitText("Trụ sở Tỉnh ủy Bắc Ninh, TP Từ Sơn"))
                .isEqualTo("Headquarters of the Bac Ninh Provincial Party Committee, Tu Son City");
    }

    @Test
    void commonProgrammeWordsReadAsProtocolEnglish() {
        assertThat(en.visitText("Hội kiến")).isEqualTo("Courtesy meeting");
        assertThat(en.visitText("Đón đoàn, hội đàm")).isEqualTo("Welcome of the delegation, talks");
        assertThat(en.visitText("Ăn trưa thân mật")).isEqualTo("Working lunch");
        assertThat(en.visitText("Ăn tối thân mật")).isEqualTo("Working dinner");
        assertThat(en.visitText("Chụp ảnh lưu niệm")).isEqualTo("Group photo");
        assertThat(en.visitText("Trao quà lưu niệm, chụp ảnh")).isEqualTo("Exchange of gifts, photo session");
        assertThat(en.visitText("Tặng quà lưu niệm")).isEqualTo("Exchange of gifts");
        assertThat(en.visitText("Tham quan Bảo tàng tỉnh")).isEqualTo("Visit to Provincial Museum");
        assertThat(en.visitText("Tham quan Bảo tàng Đà Nẵng")).isEqualTo("Visit to Da Nang City Museum");
        // A thing the phrasebook does not know is not half translated.
        assertThat(en.visitText("Tham quan làng nghề gốm")).isEqualTo("[VI] Tham quan làng nghề gốm");
    }

    @Test
    void theOfficersOwnEnglishComesBeforeAnyPhrase() {
        Labels own = new Labels("en", java.util.Map.of("Hội kiến", "Call on the Chairman")).knowing(PLACES);
        assertThat(own.visitText("Hội kiến")).isEqualTo("Call on the Chairman");
        assertThat(own.visitText("Hội đàm")).isEqualTo("Talks");
    }

    @Test
    void aJobTitleTypedAsApproverIsAPostNeverAnUnaccentedName() {
        assertThat(en.personOrOffice("Giám đốc Sở Ngoại vụ")).isEqualTo("Director of the Department of Foreign Affairs");
        assertThat(en.personOrOffice("Phó Chánh văn phòng")).isEqualTo("[VI] Phó Chánh văn phòng");
        assertThat(en.personOrOffice("Trần Văn Bình")).isEqualTo("Tran Van Binh");
        assertThat(new Labels("vi").personOrOffice("Giám đốc Sở Ngoại vụ")).isEqualTo("Giám đốc Sở Ngoại vụ");
    }
}

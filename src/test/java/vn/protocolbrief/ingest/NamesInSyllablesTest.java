package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Japanese names and places the press spells in hyphenated Vietnamese syllables ("tỉnh Ka-ga-oa",
 * "Ta-na-ka Hi-rô-si"): each name is one person, a place is never glued to a name, and the prefecture is known.
 */
class NamesInSyllablesTest extends BareStoreTest {
    private static final String VISIT = """
            Chiều 3-4, ông Trần Văn Bình, Chủ tịch UBND tỉnh Nam Định tiếp đoàn Chính quyền tỉnh Ka-ga-oa (Nhật Bản) do ông Mi-ya-mô-tô Hi-rô-si – Phó thống đốc tỉnh làm trưởng đoàn.
            Phó thống đốc tỉnh Ka-ga-oa Mi-ya-mô-tô Hi-rô-si cảm ơn sự đón tiếp của tỉnh Nam Định.
            """;

    @Test
    void aPlaceSpeltInSyllablesIsNeverGluedToTheNameAfterIt() {
        Draft d = draftOf(VISIT, "glued.txt");
        assertThat(d.leader().name()).isEqualTo("Mi-ya-mô-tô Hi-rô-si");
        assertThat(d.members()).extracting(Draft.PersonRef::name).doesNotContain("Ka-ga-oa Mi-ya-mô-tô");
    }

    @Test
    void aSyllableOfAHyphenatedNameIsNoNameOfItsOwn() {
        Draft d = draftOf("""
                Sáng 5-6, ông Trần Văn Bình, Chủ tịch UBND tỉnh Nam Định tiếp ông Ni-si-mu-ra Ta-kê-si, Phó thống đốc tỉnh Ka-ga-oa (Nhật Bản).
                """, "syllable.txt");
        assertThat(d.leader().name()).isEqualTo("Ni-si-mu-ra Ta-kê-si");
        assertThat(d.members()).isEmpty();
    }

    @Test
    void aNameFollowedByItsTitleKeepsIt() {
        Draft d = draftOf(VISIT, "title.txt");
        assertThat(d.leader().title()).startsWith("Phó thống đốc");
    }

    @Test
    void aPrefectureSpeltInSyllablesIsThePartner() {
        Draft d = draftOf(VISIT + "Từ năm 2010, tỉnh Ka-ga-oa hỗ trợ tỉnh Nam Định thông qua sự tài trợ của cơ quan hợp tác quốc tế Nhật Bản (JICA).\n",
                "prefecture.txt");
        assertThat(d.partner().name()).contains("Kagawa");
    }

    @Test
    void aRomanisedNameHyphenedToItsTitleStaysAName() {
        Draft d = draftOf("""
                Chiều 8-7, đoàn đại biểu tỉnh Nam Định do ông Trần Văn Bình-Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm thành phố Sendai.
                Tiếp đoàn có ngài Okada Kenji-Thị trưởng thành phố Sendai cùng các Phó Thị trưởng.
                """, "hyphen-title.txt");
        assertThat(d.leader().familyName()).isEqualToIgnoringCase("Okada");
    }

    /** "do X dẫn đầu" names a delegation's head: "do" is not "đô" (a capital), whatever folding makes of it. */
    @Test
    void aHeadNamedAfterDoLedByIsFound() {
        Draft d = draftOf("""
                Sáng 5-6, ông Trần Văn Bình, Chủ tịch UBND tỉnh Nam Định tiếp đoàn tỉnh Ka-ga-oa do Ni-si-mu-ra Ta-kê-si, Phó thống đốc tỉnh Ka-ga-oa dẫn đầu.
                """, "do-led.txt");
        assertThat(d.leader()).isNotNull();
        assertThat(d.leader().name()).isEqualTo("Ni-si-mu-ra Ta-kê-si");
        assertThat(d.leader().title()).startsWith("Phó thống đốc");
    }

    /** Hepburn's hyphen ("Ken-ichi", "Shin-ya") joins one romanised given name; it is no Vietnamese syllable. */
    @Test
    void aRomanisedGivenNameWithAHyphenIsKeptWhole() {
        Draft d = draftOf("""
                Sáng 5-6, ông Trần Văn Bình, Chủ tịch UBND tỉnh Nam Định tiếp ông Yamada Ken-ichi, Phó Thống đốc tỉnh Kagawa (Nhật Bản).
                """, "ken-ichi.txt");
        assertThat(d.leader().familyName()).isEqualToIgnoringCase("Yamada");
        assertThat(d.leader().name()).containsIgnoringCase("Kenichi");
        assertThat(d.leader().title()).startsWith("Phó Thống đốc");
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Japanese municipality is named for what the gazetteer says it is: a town (町) "thị trấn", not "thành phố".
 * Short texts written for the test.
 */
class JapaneseTownIsNoCityTest extends BareStoreTest {
    @Test
    void aTownOfTheGazetteerIsATownInBothLanguages() {
        Draft d = draftOf("Sáng 3/4/2025, Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Bình tiếp đoàn công tác thị trấn"
                + " Kamikawa (tỉnh Hokkaido, Nhật Bản) do ông Sato Yuji dẫn đầu.\n", "town.txt");
        assertThat(d.partner().name()).isEqualTo("Thị trấn Kamikawa");
        assertThat(d.partner().nameEn()).isEqualTo("Kamikawa Town");
    }

    @Test
    void aCityOfTheGazetteerStaysACity() {
        Draft d = draftOf("Sáng 3/4/2025, Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Bình tiếp đoàn công tác thành phố"
                + " Ashikaga (tỉnh Tochigi, Nhật Bản) do ông Sato Yuji dẫn đầu.\n", "city.txt");
        assertThat(d.partner().name()).isEqualTo("Thành phố Ashikaga");
    }
}

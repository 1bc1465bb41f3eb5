package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A text's newspaper from its address: listed national sites, and each province's paper and portal by their rule. */
class NewspaperFromAddressTest extends BareStoreTest {
    private static final String STORY = """
            Thứ Sáu, 17/05/2024 09:30
            Chiều 16/5, Phó Chủ tịch UBND tỉnh Hà Nam Trần Xuân Dưỡng tiếp ông Suzuki Kenji, Thống đốc tỉnh Toyama, \
            cùng đoàn công tác đến thăm và làm việc tại tỉnh.
            """;

    private static Draft from(String url) {
        return draftOf("source: " + url + "\n\n" + STORY, "from-address.txt");
    }

    @Test
    void aProvincialPapersAddressNamesThePaperAndTheDateLineItsDay() {
        Draft d = from("https://baohanam.com.vn/chinh-tri/tiep-thong-doc-toyama-12345.html");
        assertThat(d.source().publication()).isEqualTo("Báo Hà Nam");
        assertThat(d.source().published()).isEqualTo("2024-05-17");
        assertThat(d.date()).isEqualTo("2024-05-16");
    }

    @Test
    void aNationalSiteAndItsLanguageEditionAreNamedFromTheList() {
        assertThat(from("https://www.vietnamplus.vn/ha-nam-toyama/1.vnp").source().publication())
                .isEqualTo("Báo điện tử VietnamPlus (TTXVN)");
        assertThat(from("https://en.vietnamplus.vn/ha-nam-toyama/1.vnp").source().publication())
                .isEqualTo("Báo điện tử VietnamPlus (TTXVN)");
    }

    @Test
    void aProvincesPortalIsNamedButNotADepartmentsSubSite() {
        assertThat(from("https://hanam.gov.vn/tin-tuc/toyama.html").source().publication())
                .isEqualTo("Cổng Thông tin điện tử tỉnh Hà Nam");
        assertThat(from("https://sngv.hanam.gov.vn/tin-tuc/toyama.html").source().publication()).isNull();
    }

    @Test
    void anUnknownSiteIsLeftForTheOfficer() {
        assertThat(from("https://tin-tong-hop.example/toyama.html").source().publication()).isNull();
    }
}

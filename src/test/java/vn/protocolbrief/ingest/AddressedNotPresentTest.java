package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A head only addressed by his place's title ("đề nghị Thị trưởng Nagoya …") is no person: the place is no family name. */
class AddressedNotPresentTest extends BareStoreTest {
    @Test
    void aPlaceAfterAHeadsTitleIsNoFamilyName() {
        Draft d = draftOf("""
                Ngày 4/9/2024, Chủ tịch UBND tỉnh Nam Định Trần Văn Bình tiếp giáo sư Okada Kenji, Lãnh sự danh dự thành phố Nagoya.
                Ông Trần Văn Bình đề nghị Thị trưởng Nagoya tổ chức đoàn doanh nghiệp đến thăm tỉnh.
                """, "addressed.txt");
        assertThat(d.leader().familyName()).isEqualToIgnoringCase("Okada");
        assertThat(d.members()).extracting(Draft.PersonRef::familyName).doesNotContain("Nagoya", "NAGOYA");
    }
}

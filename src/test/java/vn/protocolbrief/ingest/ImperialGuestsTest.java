package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A member of the imperial family visiting a province is a partner of its own kind, led by the highest of them. */
class ImperialGuestsTest extends BareStoreTest {
    @Test
    void aCrownPrinceReceivedByTheProvinceIsTheImperialFamilysVisit() {
        Draft d = draftOf("""
                Chiều 12/5, Bí thư Tỉnh ủy Ninh Bình Lê Văn An tiếp đón Hoàng Thái tử Nhật Bản Fumihito và Công nương Kiko tại Cố đô Hoa Lư.
                Bí thư Tỉnh ủy Lê Văn An chúc Hoàng Thái tử và Công nương có chuyến thăm tốt đẹp.
                """, "crown-prince.txt");
        assertThat(d.partner().kind()).isEqualTo("imperial");
        assertThat(d.partner().id()).isEqualTo("japan-imperial-family");
        assertThat(d.leader().familyName()).isEqualTo("Fumihito");
        assertThat(d.leader().title()).isEqualTo("Hoàng Thái tử Nhật Bản");
        assertThat(d.members()).extracting(Draft.PersonRef::familyName).contains("Kiko");
    }

    @Test
    void aPrincessWithNoBodyNamedIsStillTheImperialFamily() {
        Draft d = draftOf("""
                Sáng 3/10, Chủ tịch UBND tỉnh Lào Cai Trần Văn Bình đón Công chúa Nhật Bản Aiko đến thăm tỉnh.
                """, "princess.txt");
        assertThat(d.partner().kind()).isEqualTo("imperial");
        assertThat(d.leader().familyName()).isEqualTo("Aiko");
    }

    @Test
    void anEmperorNamedOnlyInAConsulsWordsIsNotTheGuest() {
        Draft d = draftOf("""
                Ngày 20/2, Chủ tịch UBND tỉnh Tây Ninh Nguyễn Văn Hòa tiếp ông Suzuki Taro, Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh.
                Tổng Lãnh sự Suzuki Taro nhấn mạnh: năm nay Nhật hoàng Naruhito tròn 65 tuổi, người dân Nhật Bản rất vui mừng.
                """, "consul-speaks.txt");
        assertThat(d.partner().kind()).isEqualTo("consulate_general");
        assertThat(d.leader().familyName()).isEqualTo("Suzuki");
        assertThat(d.members()).extracting(Draft.PersonRef::familyName).doesNotContain("Naruhito");
    }
}

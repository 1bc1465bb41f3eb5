package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Japanese guest named after a title that ends with the place of the post ("Tổng Lãnh sự Nhật Bản tại Đà Nẵng
 * Mori Taro", "… tại Thành phố Hồ Chí Minh Ono Masuo"): the place's words are no verb ("Đà" is not "đã") and no
 * Vietnamese person between title and name. The hosts are written the ways a report writes them: title first,
 * name first, "đã tiếp", "chủ trì buổi tiếp", several of them. Short texts written for the test.
 */
class TitleWithItsPlaceBeforeNameTest extends BareStoreTest {
    private static void guestAndHostsFound(Draft d, String family, String... hosts) {
        assertThat(d.leader()).as("leader").isNotNull();
        assertThat(d.leader().familyName()).isEqualTo(family);
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).contains(hosts);
    }

    @Test
    void titleBeforeTheHostAndAConsulatePlacedInHoChiMinhCity() {
        Draft d = draftOf("""
                Sáng 12/3/2025, Phó Chủ tịch UBND thành phố Cần Thơ Nguyễn Văn Hòa tiếp Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh Ono Masuo.
                Tại buổi tiếp, hai bên trao đổi về hợp tác đầu tư.
                """, "ct1.txt");
        guestAndHostsFound(d, "Ono", "Nguyễn Văn Hòa");
        assertThat(d.leader().title()).isEqualTo("Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh");
        assertThat(d.province().id()).isEqualTo("can-tho");
    }

    @Test
    void nameBeforeTheHostsTitleAndDaTiep() {
        Draft d = draftOf("""
                Sáng 12/3/2025, ông Nguyễn Văn Hòa, Phó Chủ tịch UBND thành phố Cần Thơ, đã tiếp Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh Ono Masuo.
                Tại buổi tiếp, hai bên trao đổi về hợp tác đầu tư.
                """, "ct2.txt");
        guestAndHostsFound(d, "Ono", "Nguyễn Văn Hòa");
    }

    @Test
    void chairingTheReceptionAndSeveralHosts() {
        Draft d = draftOf("""
                Sáng 12/3/2025, Chủ tịch UBND thành phố Cần Thơ Trần Việt Trường và Phó Chủ tịch UBND thành phố Cần Thơ Nguyễn Văn Hòa chủ trì buổi tiếp Tổng Lãnh sự Nhật Bản tại TP.HCM Ono Masuo.
                Tại buổi tiếp, hai bên trao đổi về hợp tác đầu tư.
                """, "ct3.txt");
        guestAndHostsFound(d, "Ono", "Trần Việt Trường", "Nguyễn Văn Hòa");
    }

    @Test
    void aConsulGeneralInDaNangSpeakingAtACeremony() {
        Draft d = draftOf("""
                Sáng 5/9/2024, Phó Chủ tịch UBND tỉnh Quảng Trị Lê Văn Bình dự lễ kỷ niệm do Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng tổ chức.
                Phát biểu tại buổi lễ, Tổng Lãnh sự Nhật Bản tại Đà Nẵng Mori Takero cảm ơn sự hỗ trợ của các địa phương.
                """, "dn.txt");
        assertThat(d.leader()).as("leader").isNotNull();
        assertThat(d.leader().familyName()).isEqualTo("Mori");
        assertThat(d.leader().title()).isEqualTo("Tổng Lãnh sự Nhật Bản tại Đà Nẵng");
    }
}

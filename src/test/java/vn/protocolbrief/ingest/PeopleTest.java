package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.protocolbrief.ingest.Draft.PersonRef;

/** Who was there, with the title cut where it ends, the body it belongs to, the role and the form of address. */
class PeopleTest extends BareStoreTest {
    @Test
    void aTitleFollowedByOtherWordsEndsWhereThePostEnds() {
        Draft d = draftOf("""
                Sáng 3/4, Chủ tịch UBND tỉnh Hà Nam Trần Văn Khải tiếp ông Saito Kenji, Thống đốc tỉnh Gifu về ba hướng hợp tác.
                Ông Saito Kenji cảm ơn tỉnh đã đón tiếp đoàn.
                """, "title-cut.txt");
        assertThat(d.leader().title()).isEqualTo("Thống đốc tỉnh Gifu");
        assertThat(d.hosts()).first().satisfies(h -> {
            assertThat(h.name()).isEqualTo("Trần Văn Khải");
            assertThat(h.title()).isEqualTo("Chủ tịch UBND tỉnh Hà Nam");
            assertThat(h.organisation()).isEqualTo("UBND tỉnh Hà Nam");
            assertThat(h.role()).isEqualTo("host");
        });
    }

    @Test
    void theFormOfAddressIsTheOneTheTextUses() {
        Draft d = draftOf("""
                Chiều 8/5, bà Lê Thị Mai, Phó Chủ tịch UBND tỉnh Ninh Thuận tiếp cô Yamada Hanako, tình nguyện viên của
                Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tại tỉnh, cùng ông Kobayashi Taro, Trưởng đại diện JICA.
                """, "address.txt");
        assertThat(d.hosts()).first().satisfies(h -> assertThat(h.address()).isEqualTo("bà"));
        PersonRef volunteer = d.leader().familyName().equals("Yamada") ? d.leader()
                : d.members().stream().filter(m -> m.familyName().equals("Yamada")).findFirst().orElseThrow();
        assertThat(volunteer.address()).isEqualTo("cô");
        PersonRef chief = d.leader().familyName().equals("Kobayashi") ? d.leader()
                : d.members().stream().filter(m -> m.familyName().equals("Kobayashi")).findFirst().orElseThrow();
        assertThat(chief.address()).isEqualTo("ông");
    }

    @Test
    void severalHostsAndOneWhoJoined() {
        Draft d = draftOf("""
                Ngày 12/6, ông Hồ Văn Niên – Bí thư Tỉnh ủy và ông Phạm Văn Bình – Chủ tịch UBND tỉnh Quảng Nam có buổi hội đàm với ông Suzuki Ichiro, Thị trưởng thành phố Kobe.
                Cùng dự có ông Lê Văn Hoa, Giám đốc Sở Ngoại vụ tỉnh.
                """, "hosts.txt");
        assertThat(d.hosts()).extracting(PersonRef::name).contains("Hồ Văn Niên", "Phạm Văn Bình", "Lê Văn Hoa");
        assertThat(d.hosts()).filteredOn(h -> h.role().equals("host")).extracting(PersonRef::name)
                .containsExactlyInAnyOrder("Hồ Văn Niên", "Phạm Văn Bình");
        assertThat(d.hosts()).filteredOn(h -> h.name().equals("Lê Văn Hoa")).singleElement().satisfies(h -> {
            assertThat(h.role()).isEqualTo("participant");
            assertThat(h.title()).isEqualTo("Giám đốc Sở Ngoại vụ tỉnh");
        });
        assertThat(d.hosts()).filteredOn(h -> h.name().equals("Hồ Văn Niên")).singleElement()
                .satisfies(h -> assertThat(h.title()).isEqualTo("Bí thư Tỉnh ủy"));
    }

    @Test
    void someoneOnlyNamedIsNoParticipant() {
        Draft d = draftOf("""
                Ngày 2/3, Phó Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức tiếp ông Tanaka Hiroshi, Tổng Giám đốc Công ty Aoba (Nhật Bản).
                Chuyến thăm theo lời mời của Chủ tịch UBND tỉnh Đồng Nai Võ Văn Phi nhằm tìm hiểu cơ hội đầu tư.
                """, "named.txt");
        assertThat(d.hosts()).extracting(PersonRef::name).containsExactly("Võ Tấn Đức");
    }

    @Test
    void theChairOfAPartyGroupBelongsToTheGroupNotTheAssembly() {
        Draft d = draftOf("""
                Ngày 9/9, Chủ tịch HĐND tỉnh Bình Dương Nguyễn Văn Lộc tiếp ông Inoue Jiro, Chủ tịch nhóm nghị sĩ Đảng Dân chủ Tự do tại Hội đồng tỉnh Saitama.
                """, "group.txt");
        assertThat(d.leader().title()).isEqualTo("Chủ tịch nhóm nghị sĩ Đảng Dân chủ Tự do tại Hội đồng tỉnh Saitama");
        assertThat(d.leader().organisation()).startsWith("nhóm nghị sĩ");
    }

    @Test
    void aPostsChainWrittenWithDashesIsOneTitle() {
        Draft d = draftOf("""
                Ngày 26/12, đồng chí Nguyễn Văn Tâm - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh có buổi tiếp, làm việc với ông Kato Ken - Đại sứ Nhật Bản tại Việt Nam.
                """, "dashes.txt");
        assertThat(d.hosts()).first().satisfies(h -> {
            assertThat(h.title()).isEqualTo("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh");
            assertThat(h.address()).isEqualTo("đồng chí");
        });
    }
}

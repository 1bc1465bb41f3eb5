package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.protocolbrief.ingest.Draft.GiftDraft;
import vn.protocolbrief.ingest.Draft.PersonRef;

/**
 * People and gifts as real pages write them: a post straight after a name with no comma, a post's body or a second
 * post after a comma, one form of address for a whole list, a word after "tại" or a clipped last word that is no
 * name, a gift told in a caption that starts "Ảnh:", described gifts exchanged, a gift to "ngài Đại sứ".
 */
class PostsWithoutCommasTest extends BareStoreTest {
    private static PersonRef japanese(Draft d, String family) {
        return d.leader() != null && d.leader().familyName().equals(family) ? d.leader()
                : d.members().stream().filter(m -> m.familyName().equals(family)).findFirst().orElseThrow();
    }

    @Test
    void aPostRightAfterTheNameWithNoCommaEndsTheNameOnBothSides() {
        Draft d = draftOf("""
                Ngày 9/10/2025, ông Sato Kenji, Cố vấn cao cấp Chương trình tình nguyện viên JICA đến chào xã giao lãnh đạo tỉnh Bình Thuận, \
                bà Lê Thị Hoa Giám đốc Sở Ngoại vụ thừa ủy quyền của UBND tỉnh đón tiếp.
                Ông Sato Kenji giới thiệu cô Ono Mika tình nguyện viên JICA thăm tỉnh trong hai năm tới.
                """, "no-comma.txt");
        assertThat(d.hosts()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("Lê Thị Hoa");
            assertThat(h.title()).isEqualTo("Giám đốc Sở Ngoại vụ");
            assertThat(h.address()).isEqualTo("bà");
        });
        assertThat(japanese(d, "Sato").title()).isEqualTo("Cố vấn cao cấp Chương trình tình nguyện viên JICA");
        assertThat(japanese(d, "Ono")).satisfies(v -> {
            assertThat(v.title()).isEqualTo("Tình nguyện viên JICA");
            assertThat(v.address()).isEqualTo("cô");
        });
    }

    @Test
    void aPostsBodyOrASecondPostAfterACommaBelongToTheTitle() {
        Draft d = draftOf("""
                Chiều 5/3/2024, UBND tỉnh Hà Tĩnh làm việc với đoàn JICA do ông Mori Taro - Phó Trưởng đại diện, Văn phòng JICA tại Việt Nam làm trưởng đoàn.
                """, "body-after-comma.txt");
        assertThat(d.leader().title()).isEqualTo("Phó Trưởng đại diện, Văn phòng JICA tại Việt Nam");
        assertThat(d.leader().organisation()).isEqualTo("Văn phòng JICA tại Việt Nam");
        Draft e = draftOf("""
                Ngày 14/10/2024, bà Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh Nam Định, tiếp đoàn Ban Tổ chức Lễ hội Việt Nam tại Osaka \
                do ông Abe Jiro, Trưởng Ban Tổ chức Lễ hội, Lãnh sự danh dự Việt Nam tại Osaka, làm trưởng đoàn.
                """, "second-post.txt");
        assertThat(e.leader().title()).isEqualTo("Trưởng Ban Tổ chức Lễ hội, Lãnh sự danh dự Việt Nam tại Osaka");
    }

    @Test
    void aListAfterCacDongChiIsAddressedAsOne() {
        Draft d = draftOf("""
                Sáng 17/12/2025, đồng chí Trần Văn Quang – Bí thư Tỉnh ủy tiếp xã giao đoàn tỉnh Gunma do ông Yamamoto Ichiro – Thống đốc tỉnh Gunma dẫn đầu; \
                cùng đón tiếp đoàn có các đồng chí: Lê Văn Bình – Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Phạm Văn Tùng - Ủy viên Ban Thường vụ Tỉnh ủy.
                """, "list.txt");
        assertThat(d.hosts()).extracting(PersonRef::name).contains("Lê Văn Bình", "Phạm Văn Tùng");
        assertThat(d.hosts()).allSatisfy(h -> assertThat(h.address()).isEqualTo("đồng chí"));
    }

    @Test
    void aWordAfterTaiAndAClippedLastWordAreNoPeople() {
        Draft d = draftOf("""
                Chiều 12/12/2024, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng tiếp ông Kato Hiroki, Ủy viên Hội hữu nghị Nhật - Việt tại Sakai.
                Ông Kato Hiroki nhắc lại đóng góp của Hội hữu nghị Nhật - Việt tại Sakai cho tỉnh. Ngài Thống đốc Ka
                """, "not-names.txt");
        assertThat(d.members()).isEmpty();
        assertThat(d.leader().familyName()).isEqualTo("Kato");
    }

    @Test
    void aCaptionStartingWithAnhTellsOfAGift() {
        Draft d = draftOf("""
                Ngày 20/5/2025, Phó Chủ tịch UBND tỉnh Hòa Bình Lê Văn Hoa tiếp ông Sato Ken, Thị trưởng thành phố Kofu.
                Ảnh: Phó Chủ tịch UBND tỉnh Lê Văn Hoa trao tặng quà lưu niệm cho ông Sato Ken.
                """, "caption.txt");
        assertThat(d.gifts()).singleElement().satisfies(g -> {
            assertThat(g.direction()).isEqualTo("vn_to_jp");
            assertThat(g.giver()).isEqualTo("Lê Văn Hoa");
            assertThat(g.receiver()).isEqualTo("SATO Ken");
        });
    }

    @Test
    void describedGiftsExchangedGoBothWaysAndAGiftToTheAmbassadorIsHis() {
        Draft d = draftOf("""
                Ngày 4/10/2024, Phó Chủ tịch UBND tỉnh Trà Vinh Nguyễn Văn Minh làm việc với đoàn Đại học Chiba do ông Ito Akira, Hiệu trưởng, dẫn đầu.
                Lãnh đạo tỉnh Trà Vinh và Đại học Chiba đã trao tặng những phần quà mang nét đặc trưng của hai địa phương.
                """, "exchange-described.txt");
        assertThat(d.gifts()).extracting(GiftDraft::direction).containsExactlyInAnyOrder("vn_to_jp", "jp_to_vn");
        Draft e = draftOf("""
                Ngày 3/6/2024, đồng chí Vũ Văn Nam, Bí thư Tỉnh ủy Ninh Bình thăm, gặp gỡ ngài Ito Naoki, Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam.
                Đồng chí Vũ Văn Nam, Bí thư Tỉnh ủy trao quà lưu niệm cho ngài Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam.
                """, "to-the-ambassador.txt");
        assertThat(e.gifts()).singleElement().satisfies(g -> assertThat(g.receiver()).isEqualTo("ITO Naoki"));
    }
}

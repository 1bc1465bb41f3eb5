package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.protocolbrief.ingest.Draft.GiftDraft;

/** Gifts both ways, with giver and receiver, from the story and its photo captions; aid is not a gift. */
class GiftsTest extends BareStoreTest {
    @Test
    void aCaptionTellsOfASouvenirAndTheGuestGivesOneBack() {
        Draft d = draftOf("""
                Chiều 15/7, Chủ tịch HĐND tỉnh Khánh Hòa Trần Văn Lâm tiếp ông Honda Keiji, Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh.
                Chủ tịch HĐND tỉnh Trần Văn Lâm (bên phải) tặng quà lưu niệm đến Tổng Lãnh sự Honda Keiji. Ảnh: M.H
                Tổng Lãnh sự Honda Keiji trao tặng tỉnh Khánh Hòa 50 cây hoa anh đào.
                """, "gifts.txt");
        assertThat(d.gifts()).filteredOn(g -> g.direction().equals("vn_to_jp")).singleElement().satisfies(g -> {
            assertThat(g.item()).isEqualTo("Quà lưu niệm");
            assertThat(g.giver()).isEqualTo("Trần Văn Lâm");
            assertThat(g.receiver()).isEqualTo("HONDA Keiji");
        });
        assertThat(d.gifts()).filteredOn(g -> g.direction().equals("jp_to_vn")).singleElement().satisfies(g -> {
            assertThat(g.item()).isEqualTo("50 cây hoa anh đào");
            assertThat(g.giver()).isEqualTo("HONDA Keiji");
        });
    }

    @Test
    void anExchangeOfGiftsIsAGiftEachWay() {
        Draft d = draftOf("""
                Ngày 4/10, Phó Chủ tịch UBND tỉnh Bến Tre Nguyễn Minh Cảnh làm việc với đoàn Đại học Kochi do ông Mori Akira, Hiệu trưởng, dẫn đầu.
                Lãnh đạo tỉnh Bến Tre và Đại học Kochi đã trao tặng những phần quà lưu niệm.
                """, "exchange.txt");
        assertThat(d.gifts()).extracting(GiftDraft::direction).containsExactlyInAnyOrder("vn_to_jp", "jp_to_vn");
    }

    @Test
    void aidWelcomeFlowersAndAPlannedGiftAreNotGifts() {
        Draft d = draftOf("""
                Ngày 6/8, Chủ tịch UBND tỉnh Sóc Trăng Lâm Văn Mẫn tiếp ông Ueda Shin, Trưởng đại diện JICA Việt Nam.
                Đại diện tỉnh tặng hoa chào mừng đoàn.
                JICA trao tặng tỉnh 5 xe cứu thương trị giá 2 tỷ đồng.
                Hai bên bàn về kế hoạch trao tặng cây giống cho nông dân.
                """, "not-gifts.txt");
        assertThat(d.gifts()).isEmpty();
    }

    @Test
    void theReceiverNamedBeforeTheGiftIsNotPartOfIt() {
        Draft d = draftOf("""
                Sáng 12/5, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm tiếp ông Sato Kenji, Thị trưởng thành phố Kofu.
                Bí thư Tỉnh ủy Hoàng Văn Nghiệm tặng Thị trưởng Sato Kenji quà lưu niệm. Ảnh: T.L
                """, "receiver-first.txt");
        assertThat(d.gifts()).singleElement().satisfies(g -> {
            assertThat(g.item()).isEqualTo("Quà lưu niệm");
            assertThat(g.direction()).isEqualTo("vn_to_jp");
        });
    }

    @Test
    void theGiverIsTheSubjectBeforeTheVerbNotTheWordsOpeningTheSentence() {
        Draft d = draftOf("""
                Ngày 2/4/2025, Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Ngọc tiếp đoàn công tác tỉnh Tochigi (Nhật Bản).
                Nhân dịp này, đoàn tỉnh Tochigi trao tặng tỉnh Ninh Bình 30 cây hoa anh đào.
                """, "giver.txt");
        assertThat(d.gifts()).singleElement().satisfies(g -> {
            assertThat(g.giver()).isEqualTo("đoàn tỉnh Tochigi");
            assertThat(g.direction()).isEqualTo("jp_to_vn");
        });
    }
}

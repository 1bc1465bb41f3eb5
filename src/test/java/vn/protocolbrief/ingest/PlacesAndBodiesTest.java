package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names that hold other names: an ocean holding provinces, a consular office, a body named over a clause. */
class PlacesAndBodiesTest extends BareStoreTest {
    @Test
    void thePacificOceanIsNoProvince() {
        Draft d = draftOf("""
                Quảng Trị tiếp khách Nhật Bản

                Sáng 3/4/2025, Phó Chủ tịch UBND tỉnh Hà Sỹ Đồng tiếp ông Yamashita Makoto, Thống đốc tỉnh Nara, tại Quảng Trị.
                Ông Yamashita mong muốn góp phần vào hòa bình của khu vực châu Á - Thái Bình Dương. Hợp tác vì một Thái \
                Bình Dương rộng mở là mục tiêu của Nara.
                An ninh Thái Bình Dương được hai bên quan tâm.
                """, "ocean.txt");
        assertThat(d.province().id()).isEqualTo("quang-tri");
        assertThat(d.provinceAsWritten()).isEqualTo("Quảng Trị");
    }

    @Test
    void aConsularOfficeIsTheJapanesePostInItsCity() {
        Draft d = draftOf("""
                Sáng 2/3/2025, Phó Chủ tịch UBND thành phố Đà Nẵng Hồ Kỳ Minh tiếp đoàn công tác Văn phòng Lãnh sự Nhật Bản \
                tại Đà Nẵng do ông Ito Naoki, Trưởng Văn phòng làm trưởng đoàn.
                """, "consular-office.txt");
        assertThat(d.partner()).isNotNull();
        assertThat(d.partner().kind()).isEqualTo("consulate_general");
    }

    @Test
    void aBodysNameDoesNotRunOverAClause() {
        var reference = new vn.protocolbrief.store.ImportRecords(store).reference();
        PartnerFinder finder = new PartnerFinder(reference.partners(),
                new Japan(reference.prefectures(), reference.provinces().provinces()), java.util.Map.of());
        String sentence = "Ông Abe bày tỏ vinh dự được tham gia Hiệp hội hữu nghị Việt Nam ở tỉnh Nagano và cho biết với tư cách "
                + "Chủ tịch Hiệp hội Du lịch Nhật Bản, ông sẽ giới thiệu Lâm Đồng với các doanh nghiệp.";
        var found = finder.find(Sentences.of(null, java.util.List.of(new ArticleCleaner.Line(sentence, false))));
        assertThat(found).extracting(c -> c.nameVi).noneMatch(name -> name.contains("cho biết"))
                .contains("Hiệp hội Du lịch Nhật Bản");
    }
}

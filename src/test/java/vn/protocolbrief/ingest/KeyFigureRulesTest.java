package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What is a key figure of the province (texts written for this test): a position in a photo caption is none, a
 * figure about the partner's own place is the partner's, and a label says what is counted without the number.
 */
class KeyFigureRulesTest extends BareStoreTest {
    @Test
    void aPositionInAPhotoCaptionIsNoFigure() {
        Draft d = draftOf("""
                Ngày 12/5/2024, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải tiếp ông Suzuki Yasutomo, Thống đốc tỉnh Shizuoka.
                Tỉnh Hà Tĩnh hiện có hơn 40 dự án của doanh nghiệp nước ngoài.
                Hình 1 Ông Võ Trọng Hải (thứ 4 từ trái sang) và ông Suzuki Yasutomo (người thứ 2 từ phải qua) cùng đại diện doanh nghiệp chụp ảnh lưu niệm.
                """, "caption-positions.txt");
        assertThat(d.keyFigures()).extracting(Draft.FigureDraft::value).contains("hơn 40")
                .noneMatch(v -> v.startsWith("thứ"));
    }

    @Test
    void aFigureAboutThePartnersPlaceIsNotTheProvinces() {
        Draft d = draftOf("""
                Ngày 12/5/2024, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải tiếp ông Suzuki Yasutomo, Thống đốc tỉnh Shizuoka.
                Ông Suzuki Yasutomo cho biết, tỉnh Shizuoka có ngành công nghiệp chế tạo, logistic và có tốc độ tăng trưởng đứng thứ 3 Nhật Bản, với hơn 600 doanh nghiệp có vốn đầu tư ở nước ngoài.
                Ngành chế biến của Shizuoka là thị trường lớn thứ 2 của Nhật Bản.
                Tỉnh Hà Tĩnh hiện có 25 dự án đầu tư trực tiếp nước ngoài.
                """, "partner-rank.txt");
        assertThat(d.keyFigures()).extracting(Draft.FigureDraft::value).contains("25")
                .doesNotContain("thứ 3", "hơn 600", "thứ 2");
    }

    @Test
    void theLabelSaysWhatIsCountedAndNeverRepeatsTheNumber() {
        Draft d = draftOf("""
                Ngày 12/5/2024, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải tiếp ông Suzuki Yasutomo, Thống đốc tỉnh Shizuoka.
                Tỉnh Hà Tĩnh hiện có 25 dự án đầu tư trực tiếp nước ngoài, Nhật Bản là nhà đầu tư lớn thứ 3 của tỉnh.
                Các dự án FDI của tỉnh Hà Tĩnh có tổng vốn đầu tư hơn 1,5 tỉ USD.
                """, "labels.txt");
        assertThat(d.keyFigures()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.label()).doesNotContain(f.value()).isNotBlank();
            assertThat(f.label()).doesNotMatch("(?s).*\\d.*");
        });
        // "tỉ" is how many papers spell "tỷ": the amount keeps its scale and the label does not.
        assertThat(d.keyFigures()).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("hơn 1,5 tỉ USD");
            assertThat(f.label()).endsWith("tổng vốn đầu tư");
        });
        assertThat(d.keyFigures()).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("25");
            assertThat(f.label()).contains("dự án");
        });
    }
}

package vn.protocolbrief.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void foldsCaseDiacriticsAndDStroke() {
        assertThat(Text.fold("Đặng Xuân Phong")).isEqualTo("dang xuan phong");
        assertThat(Text.fold("BƯỞI ĐOAN HÙNG")).isEqualTo("buoi doan hung");
        assertThat(Text.fold("Thừa Thiên Huế")).isEqualTo("thua thien hue");
    }

    @Test
    void foldingKeepsLengthSoOffsetsMapBackToTheOriginal() {
        String original = "Chủ tịch UBND tỉnh Trần Duy Đông tặng biểu tượng Trống đồng cho ngài Ito Naoki (伊藤直樹)";
        String folded = Text.fold(original);
        assertThat(folded).hasSameSizeAs(original);
        int at = folded.indexOf("trong dong");
        assertThat(original.substring(at, at + "trong dong".length())).isEqualTo("Trống đồng");
        assertThat(folded).contains("伊藤直樹");
    }

    @Test
    void decomposedInputIsComposedFirst() {
        String nfd = Normalizer.normalize("Quảng Ninh", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Quảng Ninh");
        assertThat(Text.nfc(nfd)).isEqualTo("Quảng Ninh");
        assertThat(Text.fold(nfd)).isEqualTo("quang ninh");
    }

    @Test
    void keyDropsPunctuationAndCollapsesSpaces() {
        assertThat(Text.key("  Bà Rịa – Vũng Tàu ")).isEqualTo("ba ria vung tau");
        assertThat(Text.key("TP.HCM")).isEqualTo("tp hcm");
        assertThat(Text.words("Tỉnh  Bình Định (cũ)")).containsExactly("tinh", "binh", "dinh", "cu");
    }

    @Test
    void detectsKanjiAndKana() {
        assertThat(Text.hasCjk("栃木県")).isTrue();
        assertThat(Text.hasCjk("ジェトロ")).isTrue();
        assertThat(Text.hasCjk("Tochigi")).isFalse();
    }
}

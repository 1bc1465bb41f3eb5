package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quoted request loses its capital inside our sentence only where its first word is a common word, never a name. */
class LowerFirstTest {
    @Test
    void aCommonFirstWordIsLowerCased() {
        assertThat(SpeechText.lowerFirst("Tiếp tục hỗ trợ đào tạo")).isEqualTo("tiếp tục hỗ trợ đào tạo");
        assertThat(SpeechText.lowerFirst("Hỗ trợ xây dựng trường học")).isEqualTo("hỗ trợ xây dựng trường học");
        assertThat(SpeechText.lowerFirst("Đẩy mạnh giao lưu")).isEqualTo("đẩy mạnh giao lưu");
        assertThat(SpeechText.lowerFirst("Nghiên cứu, khảo sát")).isEqualTo("nghiên cứu, khảo sát");
    }

    @Test
    void aRomanisedNameKeepsItsCapital() {
        assertThat(SpeechText.lowerFirst("Gifu tiếp nhận thêm thực tập sinh"))
                .isEqualTo("Gifu tiếp nhận thêm thực tập sinh");
        assertThat(SpeechText.lowerFirst("Osaka mở văn phòng đại diện")).isEqualTo("Osaka mở văn phòng đại diện");
        assertThat(SpeechText.lowerFirst("Tokyo cử chuyên gia")).isEqualTo("Tokyo cử chuyên gia");
        assertThat(SpeechText.lowerFirst("Kobe, Chiba cùng tham gia")).isEqualTo("Kobe, Chiba cùng tham gia");
    }

    @Test
    void aOneSyllableVietnameseNameKeepsItsCapital() {
        assertThat(SpeechText.lowerFirst("Huế được hỗ trợ kinh phí")).isEqualTo("Huế được hỗ trợ kinh phí");
        assertThat(SpeechText.lowerFirst("Nhật tiếp tục cử tình nguyện viên"))
                .isEqualTo("Nhật tiếp tục cử tình nguyện viên");
        // Names of two words and acronyms keep theirs, as before.
        assertThat(SpeechText.lowerFirst("Phú Thọ được hỗ trợ")).isEqualTo("Phú Thọ được hỗ trợ");
        assertThat(SpeechText.lowerFirst("OCOP được quảng bá")).isEqualTo("OCOP được quảng bá");
        assertThat(SpeechText.lowerFirst("Đại học Osaka Metropolitan tăng cường hợp tác"))
                .isEqualTo("Đại học Osaka Metropolitan tăng cường hợp tác");
    }

    @Test
    void aPromiseKeepsItsAcronymOrNameAsWritten() {
        // "EREX đề xuất …" is a company's name: inside "we will …" it stays "EREX", never "eREX".
        assertThat(SpeechText.promised("Sẽ EREX đề xuất phương án")).isEqualTo("EREX đề xuất phương án");
        assertThat(SpeechText.promised("JICA cử chuyên gia")).isEqualTo("JICA cử chuyên gia");
        assertThat(SpeechText.promised("Tokyo cử chuyên gia")).isEqualTo("Tokyo cử chuyên gia");
        assertThat(SpeechText.promised("Sẽ Tiếp tục hỗ trợ đào tạo")).isEqualTo("tiếp tục hỗ trợ đào tạo");
    }
}

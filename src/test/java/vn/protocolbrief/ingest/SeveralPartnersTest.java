package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A conference with several Japanese public bodies: those who speak for another body are not the partner's delegation. */
class SeveralPartnersTest extends BareStoreTest {
    @Test
    void aGovernorOfAnotherPrefectureIsNoMemberOfTheConsulatesDelegation() {
        Draft d = draftOf("""
                Ngày 12/3/2024, UBND tỉnh Bến Tre tổ chức hội nghị xúc tiến đầu tư với các đối tác Nhật Bản.
                Dự hội nghị có ông Sato Kenji, Tổng Lãnh sự Nhật Bản tại TP.HCM; ông Suzuki Taro, Thống đốc tỉnh Shizuoka.
                Ông Sato Kenji mong muốn tỉnh tiếp tục cải thiện môi trường đầu tư.
                Chủ tịch UBND tỉnh Trần Văn Khoa đã tiếp các đại biểu Nhật Bản bên lề hội nghị.
                """, "conference.txt");
        assertThat(d.partner().kind()).isEqualTo("consulate_general");
        assertThat(d.leader().familyName()).isEqualTo("Sato");
        assertThat(d.members()).extracting(Draft.PersonRef::familyName).doesNotContain("Suzuki");
        assertThat(d.warnings()).extracting(Warning::code).contains("several_partners");
    }

    @Test
    void theAssemblyOfThePartnersOwnPrefectureStaysInItsDelegation() {
        Draft d = draftOf("""
                Ngày 12/3/2024, Chủ tịch UBND tỉnh Bến Tre Trần Văn Khoa tiếp đoàn tỉnh Shizuoka (Nhật Bản).
                Đoàn do ông Suzuki Taro, Thống đốc tỉnh Shizuoka dẫn đầu, cùng ông Tanaka Ichiro, Chủ tịch Hội đồng tỉnh Shizuoka.
                Ông Suzuki Taro mong muốn hai bên hợp tác về đào tạo nhân lực.
                """, "delegation.txt");
        assertThat(d.leader().familyName()).isEqualTo("Suzuki");
        assertThat(d.members()).extracting(Draft.PersonRef::familyName).contains("Tanaka");
        assertThat(d.warnings()).extracting(Warning::code).doesNotContain("several_partners");
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Partners no list holds are drafted, of the right kind, for review; meetings told in other words are meetings. */
class PartnersBeyondListsTest extends BareStoreTest {
    @Test
    void aCompanyMarkedJapaneseThatNoListHas() {
        Draft d = draftOf("""
                Ngày 7/3, Phó Chủ tịch UBND tỉnh Hậu Giang Trương Cảnh Tuyên tiếp ông Ogawa Shiro, Tổng Giám đốc Công ty Kurotake (Nhật Bản),
                đến tìm hiểu cơ hội đầu tư tại tỉnh.
                """, "company.txt");
        assertThat(d.partner().kind()).isEqualTo("company");
        assertThat(d.partner().name()).contains("Kurotake");
        assertThat(d.partner().id()).isNull();
    }

    @Test
    void aShipsVisitIsAMeetingWithItsForce() {
        Draft d = draftOf("""
                Ngày 25/7, tàu huấn luyện Shiratori của Lực lượng Bảo vệ bờ biển Nhật Bản cập cảng Tiên Sa, bắt đầu chuyến thăm hữu nghị thành phố Đà Nẵng.
                Đoàn do Thuyền trưởng Hayashi Masato dẫn đầu.
                """, "ship.txt");
        assertThat(d.partner().kind()).isEqualTo("agency");
        assertThat(d.partner().name()).contains("Bảo vệ bờ biển");
        assertThat(d.leader().familyName()).isEqualTo("Hayashi");
    }

    @Test
    void aFestivalCommitteeIsAPartner() {
        Draft d = draftOf("""
                Ngày 14/10, bà Vũ Thị Thu, Phó Chủ tịch UBND tỉnh Nam Định, tiếp đoàn Ban Tổ chức Lễ hội Việt Nam tại Nagoya (Nhật Bản) do ông Ishida Ken, Trưởng Ban Tổ chức Lễ hội, làm trưởng đoàn.
                """, "festival.txt");
        assertThat(d.partner().kind()).isEqualTo("association");
        assertThat(d.leader().title()).isEqualTo("Trưởng Ban Tổ chức Lễ hội");
    }

    @Test
    void aMeetingToldAsHoiKienOrCuocGapIsAMeeting() {
        Draft a = draftOf("""
                Ngày 2/11, Bí thư Tỉnh ủy Cà Mau Nguyễn Hồ Hải hội kiến ông Nakamura Ryo, Thị trưởng thành phố Sendai.
                """, "hoi-kien.txt");
        assertThat(a.leader().familyName()).isEqualTo("Nakamura");
        Draft b = draftOf("""
                Chiều 1/12, Đại sứ Nhật Bản tại Việt Nam Sato Koji đã có cuộc gặp Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn Thiều.
                """, "cuoc-gap.txt");
        assertThat(b.partner().kind()).isEqualTo("embassy");
    }

    @Test
    void aBodysNameEndsWhereTheSentenceGoesOn() {
        Draft d = draftOf("""
                Ngày 9/5/2025, Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy tiếp ông Sato Jun, Chủ tịch Hiệp hội Thương mại Kamo.
                Tại buổi tiếp, ông Sato Jun chia sẻ về Hiệp hội và những điểm giống nhau giữa Hà Nam với tỉnh Gifu Nhật Bản.
                """, "body-ends.txt");
        assertThat(d.partner().name()).doesNotContain("những").doesNotContain("giữa");
    }
}

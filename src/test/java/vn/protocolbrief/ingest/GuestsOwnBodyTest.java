package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The partner is the guest's own body, not one only named in what they asked or where their leader works. */
class GuestsOwnBodyTest extends BareStoreTest {
    @Test
    void aConsulGeneralIsTheGuestThoughHeNamesAnAssociationInHisRequest() {
        Draft d = draftOf("""
                Ngày 14/10/2021, Tổng Lãnh sự KATO Hiroshi đã chào xã giao Chủ tịch UBND tỉnh Bến Tre Trần Văn Khoa.
                Tổng Lãnh sự KATO mong muốn tỉnh tiếp tục lắng nghe ý kiến của Hiệp hội Thương mại Nhật Bản tại TP.HCM (JTA) và cải thiện môi trường đầu tư.
                Chủ tịch Trần Văn Khoa cảm ơn Tổng Lãnh sự và cho biết tỉnh sẽ tiếp tục hỗ trợ doanh nghiệp.
                """, "consul.txt");
        assertThat(d.partner().kind()).isEqualTo("consulate_general");
        assertThat(d.leader().familyName()).isEqualTo("Kato");
    }

    @Test
    void aBusinessDelegationIsTheGuestNotItsLeadersBank() {
        Draft d = draftOf("""
                Sáng 9/5/2016, Đoàn Doanh nghiệp tỉnh Chiba của Nhật Bản gồm 15 công ty đã đến thăm và tìm hiểu môi trường đầu tư tại Long An. Chủ tịch UBND tỉnh Trần Văn Cần đã tiếp đoàn.
                Thay mặt đoàn, ông Tanaka Ichiro, Giám đốc điều hành Ngân hàng Chiba Kogyo, cho biết các doanh nghiệp rất quan tâm tới tỉnh.
                """, "delegation.txt");
        assertThat(d.partner().name()).startsWith("Đoàn doanh nghiệp").contains("Chiba");
        assertThat(d.partner().kind()).isEqualTo("company");
        assertThat(d.leader().familyName()).isEqualTo("Tanaka");
    }

    @Test
    void aUniversitysNameGoesOnAfterItsPlace() {
        Draft d = draftOf("""
                Chiều 5/11/2023, Phó Chủ tịch UBND tỉnh Cần Thơ Nguyễn Văn Hòa tiếp ông Sato Kenji, Hiệu trưởng Trường Đại học Kyoto Metropolitan (Nhật Bản).
                Hai bên trao đổi về hợp tác đào tạo.
                """, "university.txt");
        assertThat(d.partner().name()).contains("Kyoto Metropolitan");
        assertThat(d.partner().kind()).isEqualTo("university");
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Vietnamese name whose own title names the guest company ("Phó Tổng Giám đốc Tập đoàn X") is one of the guests'
 * staff, never a host of the province (rd13: a Japanese group's Vietnamese executives drafted as the province's hosts).
 */
class PartnersOwnVietnameseStaffTest extends BareStoreTest {
    @Test
    void aVietnameseNamedExecutiveOfTheGuestCompanyIsOfTheGuestsSide() {
        Draft d = draftOf("""
                Chiều 12/4, Bí thư Tỉnh ủy Lào Cai Đặng Xuân Phong tiếp ông Kato Haruto, Chủ tịch Tập đoàn Minatoya (Nhật Bản).
                Cùng đi có ông Trần Văn Khánh, Phó Tổng Giám đốc Tập đoàn Minatoya và bà Lê Thu Hà, Giám đốc khối Khoáng sản Tập đoàn Minatoya.
                Tham dự buổi tiếp có ông Nguyễn Thành Sinh, Phó Chủ tịch UBND tỉnh.
                """, "company-staff.txt");
        assertThat(d.partner().name()).contains("Minatoya");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name)
                .contains("Đặng Xuân Phong", "Nguyễn Thành Sinh")
                .doesNotContain("Trần Văn Khánh", "Lê Thu Hà");
        assertThat(d.members()).extracting(Draft.PersonRef::name).contains("Trần Văn Khánh", "Lê Thu Hà");
        assertThat(d.members()).allMatch(m -> "jp".equals(m.side()));
    }

    @Test
    void vietnameseNamesListedAfterTheCompanysHeadWithCompanyPostsAreItsStaff() {
        Draft d = draftOf("""
                Chiều 20/5, Chủ tịch UBND tỉnh Thái Nguyên Trịnh Việt Hùng làm việc với Tập đoàn Kaminoyama (Nhật Bản).
                Đoàn công tác của Tập đoàn có ông Sato Ren, Chủ tịch Tập đoàn Kaminoyama; ông Phạm Minh Đức, Phó Tổng Giám đốc, Thành viên Hội đồng quản trị và bà Vũ Thị Lan, Giám đốc khối Đầu tư.
                Cùng dự có bà Đỗ Thu Trang, Giám đốc Sở Ngoại vụ.
                """, "company-list.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name)
                .contains("Trịnh Việt Hùng", "Đỗ Thu Trang")
                .doesNotContain("Phạm Minh Đức", "Vũ Thị Lan");
        assertThat(d.members()).extracting(Draft.PersonRef::name).contains("Phạm Minh Đức", "Vũ Thị Lan");
    }

    @Test
    void aProvincialBodyNamedAfterAJapaneseFundedProjectStaysOurs() {
        Draft d = draftOf("""
                Sáng 3/6, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung tiếp ông Suzuki Taro, Trưởng đại diện Văn phòng JICA Việt Nam.
                Cùng dự có ông Hồ Văn Tâm, Giám đốc Ban quản lý các dự án ODA của tỉnh.
                """, "pmu.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).contains("Nguyễn Đức Trung", "Hồ Văn Tâm");
    }
}

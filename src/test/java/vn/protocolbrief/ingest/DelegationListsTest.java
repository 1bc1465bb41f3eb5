package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who was there, with which title, where: a title belongs to the name it is written next to in a list; a title ends
 * where another act begins; a second meeting told at another place lends neither its place nor its people; a
 * composed headline says what happened.
 */
class DelegationListsTest extends BareStoreTest {
    private static Draft.PersonRef member(Draft d, String family) {
        return d.members().stream().filter(m -> m.familyName().equalsIgnoreCase(family)).findFirst().orElseThrow();
    }

    @Test
    void eachListedMemberKeepsTheTitleWrittenAfterTheirName() {
        Draft d = draftOf("""
                Ngày 5/11/2025, đoàn đại biểu tỉnh Tottori (Nhật Bản) do ông Aoki Jun – Thống đốc tỉnh Tottori làm Trưởng đoàn đến thăm tỉnh Lạng Sơn.
                Về phía đoàn tỉnh Tottori có ông Aoki Jun – Thống đốc tỉnh, ông Suzuki Kenta - Chủ tịch Hội đồng tỉnh, ông Tanaka Hiroshi - Phó Thống đốc tỉnh, cùng các đại biểu.
                Tiếp đoàn có ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn.
                """, "list.txt");
        assertThat(member(d, "Suzuki").title()).isEqualTo("Chủ tịch Hội đồng tỉnh");
        assertThat(member(d, "Tanaka").title()).isEqualTo("Phó Thống đốc tỉnh");
    }

    @Test
    void aTitleWrittenAfterTheLastNameIsNotTheNextNamesTitle() {
        Draft d = draftOf("""
                Ngày 5/11/2025, Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu tiếp đoàn tỉnh Tottori (Nhật Bản).
                Tham dự có ông Aoki Jun - Thống đốc tỉnh Tottori, ông Suzuki Kenta và các đại biểu Hội đồng tỉnh.
                """, "bare.txt");
        assertThat(member(d, "Suzuki").title()).isNull();
    }

    @Test
    void aHostsTitleEndsWhereAnotherActBegins() {
        Draft d = draftOf("""
                Ngày 5/11/2025, đoàn thành phố Tottori (Nhật Bản) do ông Aoki Jun, Thị trưởng làm trưởng đoàn đã tới thăm tỉnh Lạng Sơn, trao đổi với ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn và đi thăm nhiều địa điểm trong tỉnh.
                """, "act.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::title).containsExactly("Chủ tịch UBND tỉnh Lạng Sơn");
    }

    @Test
    void aBodysNameJoinedByVaCacStaysWhole() {
        Draft d = draftOf("""
                Ngày 5/11/2025, Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu tiếp ông Aoki Jun, Thống đốc tỉnh Tottori (Nhật Bản).
                Cùng dự có ông Lê Văn Minh, Trưởng Ban quản lý Khu kinh tế và các khu công nghiệp tỉnh Lạng Sơn.
                """, "va-cac.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::title)
                .contains("Trưởng Ban quản lý Khu kinh tế và các khu công nghiệp tỉnh Lạng Sơn");
    }

    @Test
    void aCaptionsPositionMarkStandsBetweenNameAndTitle() {
        Draft d = draftOf("""
                Ông Hồ Tiến Thiệu (phải), Chủ tịch UBND tỉnh Lạng Sơn và ông Aoki Jun (trái), Thống đốc tỉnh Tottori, Nhật Bản ký kết biên bản ghi nhớ.
                Ông Hồ Tiến Thiệu cho biết tỉnh mong muốn tăng cường hợp tác với tỉnh Tottori trong buổi làm việc.
                """, "caption.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).containsExactly("Hồ Tiến Thiệu");
        assertThat(d.hosts().get(0).title()).isEqualTo("Chủ tịch UBND tỉnh Lạng Sơn");
    }

    @Test
    void aTitleEndsWhereTheHoldersCompanionsBegin() {
        Draft d = draftOf("""
                Ngày 5/11/2025, ông Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn và các thành viên trong đoàn công tác đã làm việc với ông Aoki Jun, Thống đốc tỉnh Tottori (Nhật Bản).
                """, "companions.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::title)
                .containsExactly("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn");
    }

    @Test
    void aSecondMeetingAtAnotherPlaceLendsNeitherItsPlaceNorItsPeople() {
        Draft d = draftOf("""
                Từ ngày 5 đến ngày 8 tháng 11, đoàn thành phố Tottori (Nhật Bản) do ông Aoki Jun, Thị trưởng làm trưởng đoàn đã tới thăm tỉnh Lạng Sơn, trao đổi với ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn.
                Tại Hà Nội, đoàn đã có buổi làm việc với ông Đặng Văn Kiên, Bộ trưởng Bộ Nội vụ vào ngày 8 tháng 11.
                """, "two-meetings.txt");
        assertThat(d.venue()).isNull();
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).containsExactly("Hồ Tiến Thiệu");
    }

    @Test
    void aTitleEndsBeforeTheDayItsHolderActed() {
        Draft d = draftOf("""
                Đoàn thành phố Tottori (Nhật Bản) do ông Aoki Jun, Thị trưởng làm trưởng đoàn đã làm việc với ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn vào ngày 8 tháng 11.
                """, "vao-ngay.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::title).containsExactly("Chủ tịch UBND tỉnh Lạng Sơn");
    }

    @Test
    void ourDelegationAbroadWorksWithItsHostsInTheComposedHeadline() {
        Draft d = draftOf("""
                Ngày 2/4, tại thành phố Osaka, Nhật Bản, đoàn công tác tỉnh Lạng Sơn do ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh làm trưởng đoàn đã làm việc với ông Aoki Jun, Chủ tịch Tập đoàn Aoki Shoji.
                """, "abroad.txt");
        assertThat(MeetingTitles.of(d)).isEqualTo("Chủ tịch UBND tỉnh Hồ Tiến Thiệu làm việc với Chủ tịch Tập đoàn Aoki Shoji AOKI Jun");
    }

    @Test
    void aCoChairedSeminarIsTitledAsOne() {
        Draft d = draftOf("""
                Ngày 2/4, nhân chuyến thăm và làm việc của đoàn tỉnh Tottori (Nhật Bản), tỉnh Lạng Sơn tổ chức hội thảo xúc tiến đầu tư.
                Ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh và ông Aoki Jun, Phó Thống đốc tỉnh Tottori cùng chủ trì hội thảo.
                """, "seminar.txt");
        assertThat(MeetingTitles.of(d))
                .isEqualTo("Chủ tịch UBND tỉnh Hồ Tiến Thiệu và Phó Thống đốc tỉnh Tottori AOKI Jun đồng chủ trì hội thảo");
    }

    /** A colon ends a title: a caption quoting the guest ("…, Văn phòng JICA: Sẽ …") gives his post, not his words. */
    @Test
    void aTitleEndsAtAColon() {
        Draft d = draftOf("""
                Chiều 15/7/2022, Phó Chủ tịch UBND tỉnh Nghệ An Lê Văn An tiếp ông Sato Kenji, Phó Trưởng đại diện                 Văn phòng JICA Việt Nam: Sẽ thực hiện tốt vai trò cầu nối cho các dự án của tỉnh.
                """, "colon.txt");
        assertThat(d.leader()).isNotNull();
        assertThat(d.leader().title()).doesNotContain(":").doesNotContain("thực hiện");
    }
}

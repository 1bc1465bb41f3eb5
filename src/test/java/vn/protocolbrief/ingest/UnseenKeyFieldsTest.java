package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Key fields on phrasings a tuning set did not need to have: the same post spelt out and abbreviated, Viet Nam's
 * own missions in Japan, a known body named with the place of its office. Short texts written for the test.
 */
class UnseenKeyFieldsTest extends BareStoreTest {
    private static Draft.PersonRef host(Draft d, String name) {
        return d.hosts().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPostSpeltOutFirstKeepsItsWordingWhenLaterAbbreviated() {
        Draft d = draftOf("""
                Ngày 5/3/2024, ông Tanaka Ichiro – Thống đốc tỉnh Shiga đã đến thăm tỉnh Bình Định và có buổi hội đàm cùng với ông Lê Văn Tâm – Chủ tịch Ủy ban nhân dân tỉnh.
                Chủ tịch UBND tỉnh Bình Định Lê Văn Tâm giới thiệu tiềm năng du lịch của tỉnh.
                """, "ubnd.txt");
        assertThat(host(d, "Lê Văn Tâm").title()).isEqualTo("Chủ tịch Ủy ban nhân dân tỉnh");
    }

    @Test
    void vietNamsOwnConsulInJapanMeetingAPrefectureIsNoProvincesMeeting() {
        assertThatThrownBy(() -> draftOf("""
                Ngày 12/6/2024, Tổng Lãnh sự Việt Nam tại Fukuoka Trần Văn Bình thăm tỉnh Saga, gặp Phó Thống đốc Yamaguchi Kenji.
                Tổng Lãnh sự Trần Văn Bình đề nghị Phó Thống đốc Yamaguchi Kenji tiếp tục làm việc với các địa phương Việt Nam.
                """, "tls.txt")).isInstanceOf(ImportException.class)
                .satisfies(x -> assertThat(((ImportException) x).problem()).isEqualTo(ImportException.Problem.NATIONAL));
    }

    @Test
    void aKnownBodysOfficeInVietNamIsThatBody() {
        Draft d = draftOf("""
                Chiều 8/4/2024, UBND tỉnh Hà Tĩnh làm việc với đoàn công tác Cơ quan Hợp tác Quốc tế Nhật Bản tại Việt Nam.
                Đoàn công tác Cơ quan Hợp tác Quốc tế Nhật Bản tại Việt Nam khảo sát hệ thống thủy lợi của tỉnh.
                """, "jica-office.txt");
        assertThat(d.partner().id()).isEqualTo("jica");
    }

    @Test
    void anAssociationNamedAfterItsJapanesePlaceIsThePartnerItsChairLeads() {
        Draft d = draftOf("""
                Sáng 4/10/2024, Phó Chủ tịch UBND tỉnh Quảng Bình Trần Văn Minh tiếp Đoàn hữu nghị Kakegawa - Việt Nam do ông Suzuki Taro, Chủ tịch Hội hữu nghị Kakegawa - Việt Nam làm trưởng đoàn.
                Ông Suzuki Taro cho biết người dân thành phố Kakegawa luôn quan tâm tới Việt Nam.
                Thành phố Kakegawa đã tổ chức nhiều hoạt động giao lưu với tỉnh.
                """, "kakegawa.txt");
        assertThat(d.partner().kind()).isEqualTo("association");
        assertThat(d.partner().nameEn()).isEqualTo("Kakegawa–Vietnam Friendship Association");
    }

    @Test
    void aNameOneLetterFromRomajiInANamesFrameIsTheLeaderWithAWarning() {
        Draft d = draftOf("""
                Chiều 20/11/2024, Chủ tịch UBND tỉnh Hưng Yên Nguyễn Văn Phong tiếp đoàn lãnh đạo tỉnh Gunma do ông Tkahashi Kenji – Phó Thống đốc làm trưởng đoàn.
                Hai bên trao đổi về hợp tác trong lĩnh vực nông nghiệp.
                """, "typo.txt");
        assertThat(d.leader().familyName()).isEqualTo("Tkahashi");
        assertThat(d.leader().title()).isEqualTo("Phó Thống đốc");
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("name_spelling"));
    }

    @Test
    void aMeetingToldWithPlainEncounterVerbsIsAMeeting() {
        Draft d = draftOf("""
                Ngày 3/5/2024, Thống đốc tỉnh Gifu Furuta Hajime gặp Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy tại thành phố Gifu.
                Hai bên bàn về hợp tác lao động.
                """, "gap.txt");
        assertThat(d.province().id()).isEqualTo("ninh-binh");
        assertThat(d.leader().familyName()).isEqualTo("Furuta");
    }

    @Test
    void aJapaneseEventWithNoEncounterIsStillNoMeeting() {
        assertThatThrownBy(() -> draftOf("""
                Từ ngày 5 đến 7/4/2024, Lễ hội Nhật Bản diễn ra tại tỉnh Bình Dương với sự phối hợp của Tổng Lãnh sự quán Nhật Bản tại TP.HCM.
                Lễ hội có các gian hàng ẩm thực, trà đạo và thư pháp Nhật Bản.
                """, "le-hoi.txt")).isInstanceOf(ImportException.class);
    }

    @Test
    void visitingAPartysStallAtAFestivalIsNoEncounterWithIt() {
        assertThatThrownBy(() -> draftOf("""
                Tối 5/4/2024, Lễ hội Nhật Bản khai mạc tại tỉnh Bình Dương.
                Phó Chủ tịch UBND tỉnh Bình Dương Nguyễn Văn Lộc đã thăm các gian hàng của Tổng Lãnh sự quán Nhật Bản tại TP.HCM.
                """, "gian-hang.txt")).isInstanceOf(ImportException.class);
    }

    @Test
    void aFormOfAddressGluedToAGivenNameSplitAtASyllableStillNamesTheLeader() {
        Draft d = draftOf("""
                Ngày 14/5/2024, đồng chí Lê Văn Khải - Chủ tịch UBND tỉnh Hòa Bình có buổi tiếp, làm việc với NgàiHide-ki Tanabe - Đại sứ Nhật Bản tại Việt Nam.
                """, "glued.txt");
        assertThat(d.leader().familyName()).isEqualTo("Tanabe");
        assertThat(d.leader().givenName()).isEqualTo("Hideki");
    }

    @Test
    void aJapanesePartyNamedOnlyInWhatIsYetToHappenIsNoMeeting() {
        assertThatThrownBy(() -> draftOf("""
                Ngày 3-9, Phó Chủ tịch UBND tỉnh Tây Ninh Lê Văn Hòa làm việc với các sở, ngành về chuyến công tác sắp tới.
                Khi sang Nhật Bản, đoàn sẽ dự hội nghị do chính quyền tỉnh Gunma tổ chức.
                """, "planned.txt")).isInstanceOf(ImportException.class);
    }
}

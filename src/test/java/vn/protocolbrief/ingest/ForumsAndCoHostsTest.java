package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.protocolbrief.ingest.Draft.PersonRef;

/** A title shared by co-hosts; a province's promotion conference in Japan and what it signs there with investors. */
class ForumsAndCoHostsTest extends BareStoreTest {
    @Test
    void aTitleBeforeTwoNamesJoinedByVaIsEachOnes() {
        Draft d = draftOf("""
                Chiều 20/5/2024, Phó Chủ tịch UBND tỉnh Hà Nam Nguyễn Văn Minh và Trần Thị Lan đã tiếp đoàn công tác \
                tỉnh Toyama do ông Suzuki Kenji, Phó Thống đốc tỉnh Toyama làm trưởng đoàn.
                """, "co-hosts.txt");
        assertThat(d.hosts()).extracting(PersonRef::name).containsExactly("Nguyễn Văn Minh", "Trần Thị Lan");
        assertThat(d.hosts()).extracting(PersonRef::title).containsOnly("Phó Chủ tịch UBND tỉnh Hà Nam");
    }

    @Test
    void aSecondNameWithItsOwnTitleKeepsIt() {
        Draft d = draftOf("""
                Chiều 20/5/2024, Chủ tịch UBND tỉnh Hà Nam Nguyễn Văn Minh và Trần Thị Lan, Giám đốc Sở Ngoại vụ, đã tiếp \
                đoàn công tác tỉnh Toyama do ông Suzuki Kenji, Phó Thống đốc tỉnh Toyama làm trưởng đoàn.
                """, "own-title.txt");
        assertThat(d.hosts()).filteredOn(h -> h.name().equals("Trần Thị Lan")).extracting(PersonRef::title)
                .containsExactly("Giám đốc Sở Ngoại vụ");
    }

    @Test
    void aConferenceInJapanIsAMeetingWithItsJapaneseHostAndItsInvestorsSignOnlyForThemselves() {
        Draft d = draftOf("""
                Ngày 15/6/2024, tại thành phố Osaka, UBND tỉnh Hà Nam phối hợp với Tổ chức Xúc tiến Thương mại Nhật Bản \
                (JETRO) tổ chức Hội nghị xúc tiến đầu tư tỉnh Hà Nam tại Nhật Bản.
                Tham dự hội nghị có ông Trương Quốc Huy, Chủ tịch UBND tỉnh Hà Nam; ông Tanaka Hiroshi, Phó Chủ tịch JETRO \
                cùng hơn 200 doanh nghiệp Nhật Bản.
                Tại hội nghị, tỉnh Hà Nam đã trao giấy chứng nhận đăng ký đầu tư và ký kết biên bản ghi nhớ hợp tác với \
                6 nhà đầu tư Nhật Bản.
                """, "forum.txt");
        assertThat(d.partner().nameEn()).contains("JETRO");
        assertThat(d.leader().familyName()).isEqualTo("Tanaka");
        assertThat(d.agreements()).singleElement().satisfies(a -> {
            assertThat(a.signedAtMeeting()).isTrue();
            assertThat(a.parties()).isEqualTo("6 nhà đầu tư Nhật Bản");
        });
    }

    @Test
    void aPhotosCreditAfterTheInvestorsIsNoParty() {
        Draft d = draftOf("""
                Chiều 2/8/2024, UBND tỉnh Hà Nam tổ chức Hội nghị xúc tiến đầu tư Nhật Bản với sự tham dự của ông \
                Tanaka Hiroshi, Phó Chủ tịch JETRO, cùng đại diện nhiều nhà đầu tư Nhật Bản.
                Lễ ký kết biên bản ghi nhớ giữa tỉnh Hà Nam với các nhà đầu tư Nhật Bản NGUYỄN AN
                Ông Tanaka Hiroshi cho biết JETRO sẽ tiếp tục hỗ trợ doanh nghiệp Nhật Bản đầu tư vào tỉnh.
                """, "credit.txt");
        assertThat(d.agreements()).extracting(Draft.AgreementDraft::parties).containsExactly("các nhà đầu tư Nhật Bản");
    }

    @Test
    void vietnamsOwnConsulateVisitingAPrefectureIsNoProvincesMeeting() {
        assertThatThrownBy(() -> draftOf("""
                Ngày 20/9/2024, đoàn công tác Tổng Lãnh sự quán Việt Nam tại Fukuoka do ông Lê Văn Hùng dẫn đầu đã đến \
                thăm và làm việc tại tỉnh Oita, gặp Phó Thống đốc tỉnh Oita Sato Ichiro.
                Phó Thống đốc Sato Ichiro cảm ơn sự hợp tác của Tổng Lãnh sự quán và mong muốn tăng cường giao lưu.
                """, "own-consulate.txt")).isInstanceOf(ImportException.class);
    }
}

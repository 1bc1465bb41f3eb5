package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A meeting held at an event both sides attend — an inauguration, a groundbreaking, a festival, a co-chaired or
 * online conference, a planting, an award, a province's delegation at the partner's event abroad — is drafted though
 * no reception verb tells it; what is not a province meeting a Japanese partner stays refused (issue 18).
 */
class MeetingAtEventsTest extends BareStoreTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            inauguration|quang-tri|Sáng 14/3/2026, tại huyện Cam Lộ, lễ khánh thành trường mầm non do Chính phủ Nhật Bản tài trợ đã diễn ra. Tham dự có ông Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh Quảng Trị; ông Mori Takero, Tổng Lãnh sự Nhật Bản tại Đà Nẵng cùng lãnh đạo các sở, ngành.
            groundbreaking|bac-ninh|Sáng 20/4/2026, Bí thư Tỉnh ủy Bắc Ninh Nguyễn Văn Lâm; ông Suzuki Ken, Tổng Giám đốc Công ty Canon Việt Nam cùng đại diện các sở, ngành tham dự lễ khởi công nhà máy mới tại khu công nghiệp Quế Võ.
            festival|vinh-long|Tối 2/10/2026, UBND tỉnh Vĩnh Long tổ chức chương trình giao lưu văn hóa Việt - Nhật. Chương trình có sự tham dự của ông Ono Masuo, Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh; ông Trần Văn Dũng, Chủ tịch UBND tỉnh Vĩnh Long.
            co-chaired conference|phu-tho|Ngày 4/4/2026, UBND tỉnh Phú Thọ và chính quyền tỉnh Tochigi tổ chức hội thảo xúc tiến đầu tư. Ông Trần Duy Đông, Chủ tịch UBND tỉnh Phú Thọ và ông Amari Kazunori, Phó Thống đốc tỉnh Tochigi đồng chủ trì hội thảo.
            online conference|thanh-hoa|Chiều 12/5/2026, UBND tỉnh Thanh Hóa và tỉnh Shizuoka tổ chức hội nghị trực tuyến về đào tạo nhân lực. Hội nghị do ông Đỗ Minh Tuấn, Chủ tịch UBND tỉnh Thanh Hóa và ông Suzuki Yasutomo, Thống đốc tỉnh Shizuoka đồng chủ trì.
            planting together|bac-ninh|Chiều 26/11/2026, Đại sứ Nhật Bản tại Việt Nam Ito Naoki cùng lãnh đạo tỉnh Bắc Ninh trồng 200 cây hoa anh đào tại công viên trung tâm.
            award|dong-nai|Sáng 9/9/2026, tại tỉnh Đồng Nai, Công ty Ajinomoto Việt Nam trao 300 suất học bổng cho học sinh nghèo. Tham dự lễ trao học bổng có ông Kaneko Keiji, Tổng Giám đốc Công ty Ajinomoto Việt Nam và bà Huỳnh Thị Lan, Giám đốc Sở Giáo dục và Đào tạo tỉnh Đồng Nai.
            attendance told in two sentences|phu-tho|Ngày 25/11/2026, tại tỉnh Quảng Ninh, diễn đàn hợp tác địa phương Việt - Nhật được tổ chức. Dự diễn đàn có ông Ito Naoki, Đại sứ Nhật Bản tại Việt Nam. Về phía tỉnh Phú Thọ có ông Trần Duy Đông, Chủ tịch UBND tỉnh.
            """)
    void aMeetingAtAnEventIsDrafted(String kind, String province, String text) {
        Draft d = draftOf(text, kind + ".txt");
        assertThat(d.province().id()).isEqualTo(province);
        assertThat(d.partner()).isNotNull();
    }

    @Test
    void aNationalFigureBesideTheProvincesLeadersDoesNotMakeItNational() {
        Draft d = draftOf("""
                Ngày 7/4/2026, tại thành phố Nagoya, lễ hội Việt Nam tại Aichi được khai mạc. Tham dự lễ khai mạc có Đại sứ \
                Việt Nam tại Nhật Bản Phạm Quang Hiệu; ông Nguyễn Văn Được, Chủ tịch UBND Thành phố Hồ Chí Minh; ông Omura \
                Hideaki, Thống đốc tỉnh Aichi.
                """, "abroad.txt");
        assertThat(d.province().id()).isEqualTo("ho-chi-minh");
        assertThat(d.partner().id()).isEqualTo("pref-aichi");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a ministry alone|NO_MEETING|Ngày 10/6/2026, tại Hà Nội, Bộ Công Thương phối hợp với Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức diễn đàn doanh nghiệp. Tham dự có Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân và ông Takeya Atsusuke, Trưởng đại diện JETRO Hà Nội.
            a province's event with another country|FOREIGN|Tối 27/11/2026, UBND tỉnh Hà Giang tổ chức khai mạc liên hoan ẩm thực. Dự lễ khai mạc có ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Hà Giang; Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam.
            our consulate abroad with no province|NO_MEETING|Ngày 15/4/2026, tại thành phố Fukuoka, Tổng Lãnh sự quán Việt Nam tại Fukuoka tổ chức Lễ hội Việt Nam. Tham dự có bà Vũ Chi Mai, Tổng Lãnh sự Việt Nam tại Fukuoka và ông Shojima Ryosuke, Phó Thống đốc tỉnh Fukuoka.
            an event yet to come|NO_MEETING|Ngày 26/8/2026, Phó Chủ tịch UBND tỉnh Đồng Nai Trần Văn Vĩnh họp chuẩn bị chuyến xúc tiến đầu tư. Khi đến Nhật Bản, đoàn sẽ tham dự diễn đàn doanh nghiệp do chính quyền tỉnh Hokkaido tổ chức.
            the same day is no company|NO_MEETING|Ngày 3/3/2026, Chủ tịch UBND tỉnh Nam Định Phạm Đình Nghị kiểm tra công trình đê biển. Cùng ngày, Tập đoàn Toyota công bố kết quả kinh doanh tại Tokyo.
            """)
    void whatIsNotAProvinceMeetingAJapanesePartnerStaysRefused(String kind, String problem, String text) {
        assertThatThrownBy(() -> draftOf(text, "neg.txt")).isInstanceOf(ImportException.class)
                .satisfies(x -> assertThat(((ImportException) x).problem().name()).isEqualTo(problem));
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.Person;

/**
 * Issue 19: forms of address follow rank — "Ngài" for an ambassador, a governor, a mayor (and the other heads of a
 * mission, a government, a prefecture or city and its assembly); "Ông / Bà / Cô" with the post's word otherwise, as
 * the records say, never a guessed gender. In English the post's title leads the name whatever the rank, and every
 * person of our side has Mr/Ms or a post's title.
 */
class FormsOfAddressByRankTest {
    static Person guest(String honorific) {
        return new Person("p1", "SAITO", "Ken", null, Nationality.JP, honorific, null, List.of());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam | -   | Ngài Đại sứ Xai-tô Ken          | H.E. SAITO Ken
            Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh         | -   | Ngài Tổng Lãnh sự Xai-tô Ken    | Consul-General SAITO Ken
            Thống đốc tỉnh Hokkaido                          | -   | Ngài Thống đốc Xai-tô Ken       | Governor SAITO Ken
            Thị trưởng thành phố Ashikaga                    | -   | Ngài Thị trưởng Xai-tô Ken      | Mayor SAITO Ken
            Chủ tịch Hội đồng tỉnh Tochigi                   | -   | Ngài Chủ tịch Xai-tô Ken        | Speaker SAITO Ken
            Bộ trưởng Bộ Ngoại giao                          | -   | Ngài Bộ trưởng Xai-tô Ken       | H.E. SAITO Ken
            Nghị sĩ Hạ viện                                  | -   | Ngài Nghị sĩ Xai-tô Ken         | Hon. SAITO Ken
            Trưởng đại diện JICA tại Việt Nam                | -   | Trưởng đại diện Xai-tô Ken      | Chief Representative SAITO Ken
            Trưởng đại diện JICA tại Việt Nam                | ông | Ông Trưởng đại diện Xai-tô Ken  | Chief Representative SAITO Ken
            Trưởng đại diện JETRO Hà Nội                     | bà  | Bà Trưởng đại diện Xai-tô Ken   | Chief Representative SAITO Ken
            Phó Trưởng đại diện JICA                         | -   | Phó Trưởng đại diện Xai-tô Ken  | Deputy Chief Representative SAITO Ken
            Giám đốc JETRO Hà Nội                            | ông | Ông Giám đốc Xai-tô Ken         | Director SAITO Ken
            Tổng giám đốc Công ty Aeon Việt Nam              | ông | Ông Tổng Giám đốc Xai-tô Ken    | President SAITO Ken
            Chủ tịch Tập đoàn Sojitz                         | -   | Chủ tịch Xai-tô Ken             | Chair SAITO Ken
            Giáo sư Đại học Osaka                            | bà  | Bà Giáo sư Xai-tô Ken           | Professor SAITO Ken
            Hiệu trưởng Đại học Asahikawa                    | -   | Hiệu trưởng Xai-tô Ken          | President SAITO Ken
            Phó Thống đốc tỉnh Gunma                         | ông | Ông Phó Thống đốc Xai-tô Ken    | Vice-Governor SAITO Ken
            Phó Thị trưởng thành phố Sakai                   | -   | Phó Thị trưởng Xai-tô Ken       | Deputy Mayor SAITO Ken
            Công sứ Đại sứ quán Nhật Bản                     | ông | Ông Công sứ Xai-tô Ken          | Minister SAITO Ken
            Cố vấn đặc biệt Liên minh Nghị sĩ                | -   | Cố vấn Xai-tô Ken               | Adviser SAITO Ken
            """)
    void aJapaneseGuestIsAddressedByRank(String title, String honorific, String vi, String en) {
        assertThat(new Addressing("vi").address(guest(honorific), "SAITO Ken", title, true, "Xai-tô Ken"))
                .isEqualTo(vi);
        assertThat(new Addressing("en").address(guest(honorific), "SAITO Ken", title, true, null)).isEqualTo(en);
        // In a sentence of the speech: "Ngài" only for the high ranks.
        assertThat(new Addressing("vi").inSpeech(guest(honorific), title).startsWith("Ngài"))
                .isEqualTo(vi.startsWith("Ngài"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Bí thư Tỉnh ủy                                              | -   | Party Secretary Nguyen Van An
            Bí thư Tỉnh ủy Quảng Ninh                                   | -   | Party Secretary Nguyen Van An
            Bí thư Thành ủy Hải Phòng                                   | -   | Party Secretary Nguyen Van An
            Phó Bí thư Thường trực Tỉnh ủy                              | -   | Deputy Party Secretary Nguyen Van An
            Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh                      | -   | Chair Nguyen Van An
            Chủ tịch HĐND tỉnh                                          | -   | Chair Nguyen Van An
            Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh       | -   | Vice-Chair Nguyen Van An
            Giám đốc Sở Ngoại vụ                                        | -   | Director Nguyen Van An
            Phó Giám đốc Sở Công Thương                                 | -   | Deputy Director Nguyen Van An
            Giám đốc Sở Ngoại vụ                                        | bà  | Ms Nguyen Van An
            """)
    void aPersonOfOurSideHasATitleInEnglishAndIsNeverNgai(String title, String honorific, String en) {
        assertThat(new Addressing("en").ours(honorific, "Nguyễn Văn An", title)).isEqualTo(en);
        assertThat(new Addressing("vi").ours(honorific, "Nguyễn Văn An", title)).doesNotStartWith("Ngài");
    }
}

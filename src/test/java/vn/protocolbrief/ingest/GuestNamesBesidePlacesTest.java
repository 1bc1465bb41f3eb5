package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Japanese guest whose name or title sits beside a place: a place of the gazetteer alone after a title is the
 * place, never a family name ("đề nghị Thị trưởng Nagoya tổ chức đoàn doanh nghiệp Nagoya …"); an academic form of
 * address after a comma keeps the title written before it ("…, giáo sư Tanaka Hiroshi"); a family name alone after
 * "Ông" that a city also bears is the person. Short texts written for the test.
 */
class GuestNamesBesidePlacesTest extends BareStoreTest {
    /** Our delegation at JICA's head office, received by a vice-president named by family name alone. */
    static final String AT_JICA = """
            Sáng 28/1/2024, ông Phạm Anh Tuấn, Chủ tịch UBND tỉnh Bình Định dẫn đầu đoàn đại biểu đến làm việc tại trụ sở Cơ quan Hợp tác Quốc tế Nhật Bản (JICA).
            Phó Chủ tịch JICA – Ông Ichikawa đã chào đón đoàn và đánh giá cao tiềm năng của tỉnh.
            """;

    static Stream<Arguments> guests() {
        return Stream.of(
                guest("a city after a head's title and a verb is no family name", """
                        Sáng 9/6/2024, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn tiếp ông Suzuki Kenji, Trưởng đoàn doanh nghiệp tỉnh Aichi.
                        Chủ tịch UBND tỉnh đề nghị Thị trưởng Nagoya tổ chức đoàn doanh nghiệp Nagoya sang thăm tỉnh.
                        """, "Suzuki",
                        d -> assertThat(d.members()).extracting(Draft.PersonRef::familyName).doesNotContain("Nagoya")),
                guest("an academic form of address after a comma keeps the title before it", """
                        Sáng 9/6/2024, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn tiếp Lãnh sự danh dự Việt Nam tại Osaka, giáo sư Tanaka Hiroshi.
                        Hai bên trao đổi về hợp tác đào tạo.
                        """, "Tanaka",
                        d -> assertThat(d.leader().title()).isEqualTo("Lãnh sự danh dự Việt Nam tại Osaka")),
                guest("a family name alone after 'Ông' is the person even when a city bears it", AT_JICA, "Ichikawa",
                        d -> assertThat(d.leader().title()).isEqualTo("Phó Chủ tịch JICA")),
                guest("a guest named only in a photo's caption does not outrank the one the story names", AT_JICA + """

                        Ông Tanaka Hiroshi (bên trái), Thị trưởng thành phố Kobe tặng quà lưu niệm cho ông Phạm Anh Tuấn.

                        Đoàn chụp hình lưu niệm cùng Thị trưởng thành phố Kobe – Ông Tanaka Hiroshi (thứ 3 từ phải sang)
                        """, "Ichikawa",
                        d -> assertThat(d.partner().id()).isEqualTo("jica")));
    }

    /** A case: the article, the family name of the guest who leads, and what else it must hold of the draft. */
    static Arguments guest(String rule, String article, String leaderFamilyName, Consumer<Draft> also) {
        return Arguments.of(rule, article, leaderFamilyName, also);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guests")
    void theGuestWhoLeadsIsAPersonNeverThePlaceBesideTheName(String rule, String article, String leaderFamilyName,
                                                             Consumer<Draft> also) {
        Draft d = draftOf(article, "guest.txt");
        assertThat(d.leader()).as("leader").isNotNull();
        assertThat(d.leader().familyName()).isEqualTo(leaderFamilyName);
        also.accept(d);
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Japanese guest whose name or title sits beside a place: a place of the gazetteer alone after a title is the
 * place, never a family name ("đề nghị Thị trưởng Nagoya tổ chức đoàn doanh nghiệp Nagoya …"); an academic form of
 * address after a comma keeps the title written before it ("…, giáo sư Tanaka Hiroshi"); a family name alone after
 * "Ông" that a city also bears is the person. Short texts written for the test.
 */
class GuestNamesBesidePlacesTest extends BareStoreTest {

    @Test
    void aCityAfterAHeadsTitleAndAVerbIsNoFamilyName() {
        Draft d = draftOf("""
                Sáng 9/6/2024, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn tiếp ông Suzuki Kenji, Trưởng đoàn doanh nghiệp tỉnh Aichi.
                Chủ tịch UBND tỉnh đề nghị Thị trưởng Nagoya tổ chức đoàn doanh nghiệp Nagoya sang thăm tỉnh.
                """, "nagoya.txt");
        assertThat(d.leader().familyName()).isEqualTo("Suzuki");
        assertThat(d.members()).extracting(Draft.PersonRef::familyName).doesNotContain("Nagoya");
    }

    @Test
    void anAcademicFormOfAddressAfterACommaKeepsTheTitleBeforeIt() {
        Draft d = draftOf("""
                Sáng 9/6/2024, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn tiếp Lãnh sự danh dự Việt Nam tại Osaka, giáo sư Tanaka Hiroshi.
                Hai bên trao đổi về hợp tác đào tạo.
                """, "gs.txt");
        assertThat(d.leader().familyName()).isEqualTo("Tanaka");
        assertThat(d.leader().title()).isEqualTo("Lãnh sự danh dự Việt Nam tại Osaka");
    }

    @Test
    void aFamilyNameAloneAfterOngIsThePersonEvenWhenACityBearsIt() {
        Draft d = draftOf("""
                Sáng 28/1/2024, ông Phạm Anh Tuấn, Chủ tịch UBND tỉnh Bình Định dẫn đầu đoàn đại biểu đến làm việc tại trụ sở Cơ quan Hợp tác Quốc tế Nhật Bản (JICA).
                Phó Chủ tịch JICA – Ông Ichikawa đã chào đón đoàn và đánh giá cao tiềm năng của tỉnh.
                """, "jica.txt");
        assertThat(d.leader()).as("leader").isNotNull();
        assertThat(d.leader().familyName()).isEqualTo("Ichikawa");
        assertThat(d.leader().title()).isEqualTo("Phó Chủ tịch JICA");
    }

    @Test
    void aGuestNamedOnlyInAPhotosCaptionDoesNotOutrankTheOneTheStoryNames() {
        Draft d = draftOf("""
                Sáng 28/1/2024, ông Phạm Anh Tuấn, Chủ tịch UBND tỉnh Bình Định dẫn đầu đoàn đại biểu đến làm việc tại trụ sở Cơ quan Hợp tác Quốc tế Nhật Bản (JICA).
                Phó Chủ tịch JICA – Ông Ichikawa đã chào đón đoàn và đánh giá cao tiềm năng của tỉnh.

                Ông Tanaka Hiroshi (bên trái), Thị trưởng thành phố Kobe tặng quà lưu niệm cho ông Phạm Anh Tuấn.

                Đoàn chụp hình lưu niệm cùng Thị trưởng thành phố Kobe – Ông Tanaka Hiroshi (thứ 3 từ phải sang)
                """, "caption.txt");
        assertThat(d.leader().familyName()).isEqualTo("Ichikawa");
        assertThat(d.partner().id()).isEqualTo("jica");
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.protocolbrief.ingest.Draft.PersonRef;

/** What a page prints around the story (its date, a photo's caption) and words that only look like Japanese names. */
class PageFurnitureAndNamesTest extends BareStoreTest {
    @Test
    void aPageDateWrittenYearFirstGivesTheMeetingItsYear() {
        Draft d = draftOf("""
                Tổng Lãnh sự KATO chào xã giao Chủ tịch UBND tỉnh Bến Tre

                2021/10/5

                Ngày 4 tháng 10, Tổng Lãnh sự KATO Hiroshi đã chào xã giao Chủ tịch UBND tỉnh Bến Tre Trần Văn Khoa và hai bên đã trao đổi ý kiến về hợp tác.
                """, "year-first.txt");
        assertThat(d.date()).isEqualTo("2021-10-04");
    }

    @Test
    void aCapitalisedVietnameseWordInsideABodysNameIsNoJapaneseName() {
        Draft d = draftOf("""
                Ngày 4/10/2021, Tổng Lãnh sự KATO Hiroshi đã chào xã giao Chủ tịch Ủy Ban Nhân dân tỉnh Bến Tre Trần Văn Khoa.
                Tổng Lãnh sự KATO mong muốn Ủy Ban Nhân dân tỉnh tiếp tục hỗ trợ doanh nghiệp Nhật Bản.
                """, "uy-ban.txt");
        assertThat(d.leader().familyName()).isEqualTo("Kato");
        assertThat(d.members()).extracting(PersonRef::familyName).doesNotContain("Ban", "BAN");
    }

    @Test
    void aBankNamedAfterAPlaceIsNoPerson() {
        Draft d = draftOf("""
                Sáng 12/4/2015, Chủ tịch UBND tỉnh Long An Trần Văn Cần tiếp Đoàn doanh nghiệp tỉnh Chiba.
                Thay mặt đoàn, ông Tanaka Ichiro, Giám đốc điều hành Ngân hàng Chiba Kogyo, cảm ơn tỉnh đã đón tiếp.
                """, "bank.txt");
        assertThat(d.leader().familyName()).isEqualTo("Tanaka");
        assertThat(d.members()).extracting(PersonRef::familyName).doesNotContain("Chiba", "Kogyo");
    }

    @Test
    void aPhotoCaptionWithItsCreditIsNeverTheHeadline() {
        Draft d = draftOf("""
                source: https://example.vn/tin/a.html

                 date 2024-03-06 Chủ tịch HĐND Đà Nẵng Lê Văn Minh tặng Thống đốc Ota Kenji quà lưu niệm. Ảnh: MINH ANH

                Tại buổi tiếp, Thống đốc Ota Kenji cảm ơn lãnh đạo Đà Nẵng đã dành sự đón tiếp trọng thị và nồng hậu.
                """, "caption.txt");
        assertThat(d.source().title()).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).doesNotContain("Ảnh"));
        assertThat(MeetingTitles.of(d)).doesNotContain("Ảnh").contains("OTA Kenji");
        // The caption still tells who was there and what was given.
        assertThat(d.hosts()).extracting(PersonRef::name).contains("Lê Văn Minh");
        assertThat(d.gifts()).isNotEmpty();
    }
}

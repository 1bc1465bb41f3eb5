package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Where a project is is not where the meeting was, and a sentence about a project's amount is not a project (issue
 * 18, rd15; texts written for this test): a headline's "ở X" names the project's place, the story's "tại Hà Nội" the
 * meeting's; "tổng số tiền … cho dự án là …" gives the amount of the project just named.
 */
class ProjectSiteAndAmountTest extends BareStoreTest {
    @Test
    void theStorysVenueWinsOverTheHeadlinesProjectSite() {
        Draft d = draftOf("""
                title: Nhật Bản giúp xây trường tiểu học ở Tiền Giang

                Chiều 20/12/2024, tại Hà Nội, Đại sứ Nhật Bản tại Việt Nam Ito Naoki và Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam đã ký kết hợp đồng viện trợ không hoàn lại cho dự án "Xây dựng Trường Tiểu học Tân Phước".
                """, "site.txt");
        assertThat(d.venue()).isEqualTo("Hà Nội");
    }

    @Test
    void aSentenceAboutTheAmountGivesTheNamedProjectItsAmount() {
        Draft d = draftOf("""
                Chiều 20/12/2024, tại Hà Nội, Đại sứ Nhật Bản tại Việt Nam Ito Naoki và Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam đã ký kết hợp đồng viện trợ không hoàn lại cho dự án "Xây dựng Trường Tiểu học Tân Phước".
                Tổng số tiền viện trợ không hoàn lại dành cho dự án là hơn 90 nghìn USD.
                """, "amount.txt");
        assertThat(d.aidProjects()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Xây dựng Trường Tiểu học Tân Phước");
            assertThat(a.amount()).isEqualByComparingTo(new BigDecimal("90000"));
        });
        assertThat(d.keyFigures()).extracting(Draft.FigureDraft::value).doesNotContain("hơn 90 nghìn USD");
    }

    @Test
    void aTotalOverSeveralProjectsSaysSoBesideTheAmount() {
        Draft d = draftOf("""
                Chiều 20/12/2024, tại Hà Nội, Đại sứ Nhật Bản tại Việt Nam Ito Naoki và Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam đã ký kết hợp đồng viện trợ không hoàn lại cho dự án "Xây dựng Trường Tiểu học Tân Phước" và một dự án cấp nước.
                Tổng số tiền viện trợ không hoàn lại dành cho hai dự án là hơn 150 nghìn USD.
                """, "total.txt");
        assertThat(d.aidProjects()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Xây dựng Trường Tiểu học Tân Phước");
            assertThat(a.amountNote()).isEqualTo("dành cho hai dự án");
        });
    }
}

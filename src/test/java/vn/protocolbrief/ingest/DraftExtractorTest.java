package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.protocolbrief.ingest.ArticleFixtures.CAO_BANG;
import static vn.protocolbrief.ingest.ArticleFixtures.GIA_LAI;
import static vn.protocolbrief.ingest.ArticleFixtures.NINH_BINH;
import static vn.protocolbrief.ingest.ArticleFixtures.PHU_THO;
import static vn.protocolbrief.ingest.ArticleFixtures.QUANG_NINH;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fields a careful reader takes from each founding article, read from a store without demo records. */
class DraftExtractorTest extends BareStoreTest {

    static Draft draft(String name) {
        return service.draft(new ArticleReader().read(ArticleFixtures.text(name).getBytes(StandardCharsets.UTF_8), name));
    }

    @Test
    void ninhBinh() {
        Draft d = draft(NINH_BINH);
        assertThat(d.date()).isNull();
        assertThat(d.datePrecision()).isEqualTo("unknown");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w.text()).contains("does not say when").contains("04/10/2025"));
        assertThat(d.province().id()).isEqualTo("ninh-binh");
        assertThat(d.partner().id()).isEqualTo("embassy-of-japan");
        assertThat(d.leader().name()).isEqualTo("ITO Naoki");
        assertThat(d.leader().title()).isEqualTo("Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam");
        assertThat(d.hosts()).first().satisfies(h -> {
            assertThat(h.name()).isEqualTo("Đặng Xuân Phong");
            assertThat(h.title()).contains("Bí thư Tỉnh ủy");
        });
        assertThat(d.requests()).anySatisfy(r -> {
            assertThat(r.direction()).isEqualTo("jp_to_vn");
            assertThat(r.text()).contains("đào tạo nguồn nhân lực", "bảo tồn di sản");
            assertThat(r.categories()).contains("training_hr", "tourism_culture", "investment")
                    .doesNotContain("disaster_aid");
        });
        assertThat(d.requests()).anySatisfy(r -> {
            assertThat(r.direction()).isEqualTo("vn_to_jp");
            assertThat(r.text()).contains("khu công nghệ cao kiểu mẫu");
        });
        assertThat(d.aidProjects()).singleElement().satisfies(a -> {
            assertThat(a.title()).contains("Trường Cao đẳng Cơ giới Ninh Bình");
            assertThat(a.amount()).isNull();
            assertThat(a.channel()).containsIgnoringCase("không hoàn lại cấp cơ sở");
        });
        assertThat(d.source().published()).isEqualTo("2025-10-04");
    }

    @Test
    void phuThoMeetingHeldInQuangNinh() {
        Draft d = draft(PHU_THO);
        assertThat(d.date()).isEqualTo("2025-11-25");
        assertThat(d.datePrecision()).isEqualTo("day");
        assertThat(d.evidence().get("date")).contains("trưa 25/11");
        assertThat(d.province().id()).isEqualTo("phu-tho");
        assertThat(d.venue()).contains("Quảng Ninh");
        assertThat(d.leader().name()).isEqualTo("ITO Naoki");
        assertThat(d.hosts()).first().satisfies(h -> {
            assertThat(h.name()).isEqualTo("Trần Duy Đông");
            assertThat(h.title()).isEqualTo("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh");
        });
        assertThat(d.requests()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(d.requests()).anySatisfy(r -> {
            assertThat(r.text()).contains("bưởi Đoan Hùng");
            assertThat(r.direction()).isEqualTo("vn_to_jp");
            assertThat(r.categories()).contains("ocop_trade", "agriculture");
        });
        assertThat(d.requests()).anySatisfy(r -> {
            assertThat(r.text()).contains("ô tô, xe máy");
            assertThat(r.direction()).isEqualTo("jp_to_vn");
            assertThat(r.categories()).contains("investment");
        });
        assertThat(d.requests()).anySatisfy(r -> assertThat(r.text()).contains("cảnh báo sớm"));
        assertThat(d.gifts()).singleElement().satisfies(g -> {
            assertThat(g.item()).isEqualTo("Biểu tượng Trống đồng");
            assertThat(g.giver()).isEqualTo("Trần Duy Đông");
            assertThat(g.receiver()).isEqualTo("ITO Naoki");
            assertThat(g.direction()).isEqualTo("vn_to_jp");
        });
        assertThat(d.keyFigures()).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("thứ 5");
            assertThat(f.label()).contains("lao động");
        });
        assertThat(d.localities()).extracting(Draft.LocalityDraft::partnerId)
                .contains("pref-nara", "pref-akita", "pref-tochigi");
        assertThat(d.localities()).extracting(Draft.LocalityDraft::name).contains("Thành phố Ichinoseki");
    }

    @Test
    void giaLaiWithANewJapaneseCityAndTwoAgreements() {
        Draft d = draft(GIA_LAI);
        assertThat(d.date()).isEqualTo("2025-10-27");
        assertThat(d.evidence().get("date")).contains("Chiều 27-10");
        assertThat(d.province().id()).isEqualTo("gia-lai");
        assertThat(d.partner().id()).isNull();
        assertThat(d.partner().name()).isEqualTo("Thành phố Ashikaga");
        assertThat(d.partner().kind()).isEqualTo("municipality");
        assertThat(d.partner().prefectureCode()).isEqualTo("09");
        assertThat(d.leader().name()).isEqualTo("HAYAKAWA Naohide");
        assertThat(d.leader().familyName()).isEqualTo("Hayakawa");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).containsExactly("Nguyễn Tuấn Thanh", "Huỳnh Thúy Vân");
        assertThat(d.agreements()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Bản ghi nhớ hợp tác đào tạo và trao đổi nguồn nhân lực");
            assertThat(a.signedAtMeeting()).isTrue();
        });
        assertThat(d.earlierAgreements()).singleElement().satisfies(a -> {
            assertThat(a.title()).containsIgnoringCase("quan hệ hữu nghị");
            assertThat(a.signedAtMeeting()).isFalse();
            assertThat(a.date()).isEqualTo("2024");
            assertThat(a.parties()).contains("Quy Nhơn");
        });
        assertThat(d.requests()).allSatisfy(r -> assertThat(r.direction()).isEqualTo("jp_to_vn"));
        // Japan's investment in Viet Nam as a whole is no figure of Gia Lai's.
        assertThat(d.keyFigures()).extracting(Draft.FigureDraft::value).doesNotContain("trên 77 tỷ USD", "hơn 5.400", "2");
    }

    @Test
    void quangNinhPageWithoutItsChrome() {
        Draft d = draft(QUANG_NINH);
        assertThat(d.source().published()).isEqualTo("2023-11-17");
        assertThat(d.source().title()).isEqualTo("Quảng Ninh (Việt Nam) và tỉnh Hokkaido (Nhật Bản) ký thoả thuận hợp tác");
        assertThat(d.date()).isEqualTo("2023-11");
        assertThat(d.datePrecision()).isEqualTo("month");
        assertThat(d.province().id()).isEqualTo("quang-ninh");
        assertThat(d.partner().id()).isEqualTo("pref-hokkaido");
        assertThat(d.leader().name()).isEqualTo("SUZUKI Naomichi");
        assertThat(d.leader().title()).isEqualTo("Thống đốc tỉnh Hokkaido");
        assertThat(d.members()).extracting(Draft.PersonRef::name).containsExactly("TAKEBE Tsutomu");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).containsExactly("Nguyễn Xuân Ký");
        assertThat(d.agreements()).hasSize(2).allSatisfy(a -> assertThat(a.signedAtMeeting()).isTrue());
        assertThat(d.keyFigures()).extracting(Draft.FigureDraft::value).contains("12", "trên 2,3 tỷ USD", "thứ 3", "thứ 2");
        // The unrelated articles listed after the story (Bình Dương, Thanh Hóa, Thái Bình…) are gone.
        assertThat(d.evidence().values()).noneSatisfy(e -> assertThat(e).contains("Bình Dương"));
        assertThat(d.requests()).isEmpty();
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w.text()).contains("No request"));
    }

    @Test
    void caoBangWithoutHeadlineOrDate() {
        Draft d = draft(CAO_BANG);
        assertThat(d.date()).isNull();
        assertThat(d.province().id()).isEqualTo("cao-bang");
        assertThat(d.partner().id()).isEqualTo("embassy-of-japan");
        assertThat(d.leader().name()).isEqualTo("ITO Naoki");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name)
                .containsExactly("Quản Minh Cường", "Hoàng Văn Thạch", "Bế Thanh Tịnh");
        assertThat(d.aidProjects()).singleElement().satisfies(a -> {
            assertThat(a.amount()).isEqualByComparingTo(new BigDecimal("1260400"));
            assertThat(a.currency()).isEqualTo("USD");
            assertThat(a.amountNote()).isEqualTo("tương đương 31 tỷ đồng");
            assertThat(a.channel()).isEqualTo("UNICEF");
            assertThat(a.title()).startsWith("Hỗ trợ tỉnh Cao Bằng khắc phục hậu quả của bão số 3");
        });
        assertThat(d.requests()).filteredOn(r -> r.direction().equals("vn_to_jp")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(d.requests()).anySatisfy(r -> {
            assertThat(r.text()).contains("học bổng");
            assertThat(r.categories()).contains("training_hr");
        });
        assertThat(d.source().publication()).isEqualTo("Báo Cao Bằng"); // "Nguồn tin: baocaobang.vn", named from the address
    }

    @Test
    void anArticleNoRuleWasWrittenFor() {
        // Written for this test: a prefecture delegation, a date with its year, an amount in yen, given name first.
        String article = """
                Sáng 12/3/2026, tại trụ sở UBND tỉnh, đồng chí Lê Văn Hải - Phó Chủ tịch UBND tỉnh Nghệ An đã tiếp \
                Đoàn công tác tỉnh Gifu (Nhật Bản) do Phó Thống đốc tỉnh Gifu Yasushi Kono dẫn đầu.

                Phó Chủ tịch Lê Văn Hải đề nghị tỉnh Gifu hỗ trợ tỉnh đào tạo điều dưỡng và tiếp nhận lao động; \
                kết nối doanh nghiệp chế biến thủy sản với các nhà phân phối tại Nhật Bản.

                Phó Thống đốc Yasushi Kono mong muốn tỉnh Nghệ An tạo điều kiện cho doanh nghiệp Gifu khảo sát \
                đầu tư khu công nghiệp. Dịp này, Chính phủ Nhật Bản phê duyệt dự án "Cải tạo trạm y tế xã vùng \
                lũ" với ngân sách viện trợ 69.999.983 Yên.
                """;
        Draft d = service.draft(new ArticleReader().read(article.getBytes(StandardCharsets.UTF_8), "gifu.txt"));
        assertThat(d.date()).isEqualTo("2026-03-12");
        assertThat(d.province().id()).isEqualTo("nghe-an");
        assertThat(d.partner().id()).isEqualTo("pref-gifu");
        assertThat(d.leader().name()).isEqualTo("KONO Yasushi");
        assertThat(d.leader().title()).isEqualTo("Phó Thống đốc tỉnh Gifu");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).containsExactly("Lê Văn Hải");
        assertThat(d.requests()).hasSize(3);
        assertThat(d.requests().get(0).categories()).contains("training_hr");
        assertThat(d.requests().get(1).categories()).contains("ocop_trade", "agriculture");
        assertThat(d.requests().get(2).direction()).isEqualTo("jp_to_vn");
        assertThat(d.aidProjects()).singleElement().satisfies(a -> {
            assertThat(a.amount()).isEqualByComparingTo(new BigDecimal("69999983"));
            assertThat(a.currency()).isEqualTo("JPY");
            assertThat(a.title()).isEqualTo("Cải tạo trạm y tế xã vùng lũ");
        });
    }
}

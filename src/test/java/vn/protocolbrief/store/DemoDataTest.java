package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.DatePrecision;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.domain.Text;

/** The five founding articles, curated: the facts a careful reader takes from them. */
class DemoDataTest {
    private final Archive demo = DemoData.archive();

    private Meeting meeting(String id) {
        return demo.meetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyArticleIsASourceWithItsFullText() throws IOException {
        assertThat(demo.sources()).hasSize(5);
        for (String name : List.of("000_6ef85c27b7f35592", "001_a194596996ba649d", "002_430b03be67878ace",
                "003_8c066f77a224faa5", "004_9a62c270164c21e6")) {
            String article;
            try (InputStream in = getClass().getResourceAsStream("/articles/" + name + ".txt")) {
                article = Text.nfc(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertThat(demo.sources()).extracting(Source::fullText).contains(article);
        }
    }

    @Test
    void everyFactPointsAtASourceThatExists() {
        Set<String> sources = new HashSet<>();
        demo.sources().forEach(s -> sources.add(s.id()));
        demo.meetings().forEach(m -> {
            assertThat(m.sourceIds()).isNotEmpty();
            assertThat(sources).containsAll(m.sourceIds());
            m.requests().forEach(r -> assertThat(sources).contains(r.sourceId()));
            m.gifts().forEach(g -> assertThat(sources).contains(g.sourceId()));
        });
        demo.agreements().forEach(a -> assertThat(sources).contains(a.sourceId()));
        demo.aidProjects().forEach(a -> assertThat(sources).contains(a.sourceId()));
        demo.keyFigures().forEach(k -> assertThat(sources).contains(k.sourceId()));
        demo.persons().forEach(p -> p.positions().forEach(pos -> assertThat(sources).contains(pos.sourceId())));
    }

    @Test
    void datesAreAsPreciseAsTheArticlesAllowAndNoMore() {
        assertThat(meeting("m-2025-11-25-phu-tho-embassy").date().iso()).isEqualTo("2025-11-25");
        assertThat(meeting("m-2025-10-27-gia-lai-ashikaga").date().iso()).isEqualTo("2025-10-27");
        assertThat(meeting("m-2023-11-quang-ninh-hokkaido").date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(meeting("m-2024-binh-dinh-ashikaga").date().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(meeting("m-cao-bang-embassy").date().precision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void thePhuThoMeetingHeldInQuangNinhBelongsToPhuTho() {
        Meeting m = meeting("m-2025-11-25-phu-tho-embassy");
        assertThat(m.provinceId()).isEqualTo("phu-tho");
        assertThat(m.venue()).contains("Quảng Ninh");
        assertThat(m.leader()).get().extracting(p -> p.personId()).isEqualTo("ito-naoki");
        assertThat(m.gifts()).singleElement().satisfies(g -> assertThat(g.item()).isEqualTo("Biểu tượng Trống đồng"));
        assertThat(m.requests()).hasSize(10);
        assertThat(m.requests()).filteredOn(r -> r.categories().contains("ocop_trade")).hasSize(3);
    }

    @Test
    void theUnicefProjectCarriesItsAmountAndCurrency() {
        var aid = demo.aidProjects().stream().filter(a -> "UNICEF".equals(a.channel())).findFirst().orElseThrow();
        assertThat(aid.amount()).isEqualByComparingTo(new BigDecimal("1260400"));
        assertThat(aid.currency()).isEqualTo("USD");
        assertThat(aid.amountNote()).contains("31 tỷ đồng");
        assertThat(aid.provinceId()).isEqualTo("cao-bang");
    }

    @Test
    void theGiaLaiHistoryKeepsTheBinhDinhFriendshipUnderItsOldName() {
        assertThat(demo.agreements()).filteredOn(a -> a.provinceAsWritten() != null
                        && a.provinceAsWritten().contains("Bình Định"))
                .singleElement()
                .satisfies(a -> assertThat(a.signedOn().iso()).isEqualTo("2024"))
                .satisfies(a -> assertThat(a.provinceId()).isEqualTo("gia-lai"));
        Meeting gialai = meeting("m-2025-10-27-gia-lai-ashikaga");
        assertThat(gialai.participants()).filteredOn(p -> p.role() == ParticipantRole.LEADER)
                .singleElement().satisfies(p -> assertThat(p.personId()).isEqualTo("hayakawa-naohide"));
    }

    @Test
    void japaneseNamesKeepFamilyAndGivenApart() {
        var hayakawa = demo.persons().stream().filter(p -> p.id().equals("hayakawa-naohide")).findFirst().orElseThrow();
        assertThat(hayakawa.protocolName()).isEqualTo("HAYAKAWA Naohide");
        var ito = demo.persons().stream().filter(p -> p.id().equals("ito-naoki")).findFirst().orElseThrow();
        // The articles give no kanji: the demo data does not add any (issue 11: it said more than its sources).
        assertThat(ito.displayName()).isEqualTo("ITO Naoki");
        assertThat(demo.persons()).allSatisfy(p -> assertThat(p.kanji()).isNull());
    }

    @Test
    void saysNoMoreThanTheArticles() {
        // Cầu Bãi Cháy and Cung Văn hóa Lao động Việt – Nhật are symbols of friendship in the article, not aid.
        assertThat(demo.aidProjects()).extracting(vn.protocolbrief.domain.AidProject::id)
                .containsExactlyInAnyOrder("aid-ninh-binh-grassroots-cooking", "aid-cao-bang-unicef-yagi");
        assertThat(demo.aidProjects()).allSatisfy(a -> assertThat(a.donor()).isNotBlank());
        // No notes to staff in text a pack prints; only the headlines the articles carry as titles.
        assertThat(demo.meetings()).allSatisfy(m -> assertThat(m.summary()).doesNotContain("Bài báo", "Nguồn chỉ"));
        assertThat(demo.sensitivities()).allSatisfy(s -> assertThat(s.text()).doesNotContain("cần được nhắc lại"));
        assertThat(demo.sources()).filteredOn(s -> s.title() != null).extracting(vn.protocolbrief.domain.Source::id)
                .containsExactlyInAnyOrder("src-001-phu-tho-embassy", "src-003-quang-ninh-hokkaido");
        // Takebe Tsutomu spoke at the talks; he is not recorded as a member of the Governor's delegation.
        var qn = demo.meetings().stream().filter(m -> m.id().equals("m-2023-11-quang-ninh-hokkaido")).findFirst()
                .orElseThrow();
        assertThat(qn.participants()).filteredOn(p -> p.personId().equals("takebe-tsutomu"))
                .extracting(vn.protocolbrief.domain.Participant::role)
                .containsExactly(vn.protocolbrief.domain.ParticipantRole.ATTENDEE);
    }
}

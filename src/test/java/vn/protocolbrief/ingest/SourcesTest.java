package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sources a reader can check: a page's own metadata; a text's headline, never the page's furniture. */
class SourcesTest extends BareStoreTest {
    private static final String STORY = "Ngày 20/5, Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu tiếp ông Aoki Jun, "
            + "Thống đốc tỉnh Tottori, cùng đoàn công tác đến thăm và làm việc tại tỉnh.";

    @Test
    void aPageGivesItsCanonicalAddressHeadlineSiteAndDate() {
        String html = """
                <html><head><title>Lạng Sơn tiếp Thống đốc Tottori - Báo Xứ Lạng</title>
                <link rel="canonical" href="https://baoxulang.example/lang-son-tiep-tottori.html">
                <meta property="og:url" content="https://m.baoxulang.example/x">
                <meta property="og:site_name" content="Báo Xứ Lạng">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                 "headline":"Lạng Sơn tiếp Thống đốc tỉnh Tottori","datePublished":"2025-05-21T08:00:00+07:00",
                 "publisher":{"@type":"Organization","name":"Báo Xứ Lạng"}}</script>
                </head><body><p>%s</p></body></html>
                """.formatted(STORY);
        Draft d = draftOf(html, "page.html");
        assertThat(d.source().url()).isEqualTo("https://baoxulang.example/lang-son-tiep-tottori.html");
        assertThat(d.source().title()).isEqualTo("Lạng Sơn tiếp Thống đốc tỉnh Tottori");
        assertThat(d.source().publication()).isEqualTo("Báo Xứ Lạng");
        assertThat(d.source().published()).isEqualTo("2025-05-21");
    }

    @Test
    void aPageTitleLosesTheSiteNameAfterIt() {
        String html = """
                <html><head><title>Lạng Sơn tiếp Thống đốc Tottori | Báo Xứ Lạng</title>
                <meta property="og:site_name" content="Báo Xứ Lạng">
                <meta property="article:published_time" content="2025-05-22T07:00:00+07:00">
                </head><body><p>%s</p></body></html>
                """.formatted(STORY);
        Draft d = draftOf(html, "page2.html");
        assertThat(d.source().title()).isEqualTo("Lạng Sơn tiếp Thống đốc Tottori");
        assertThat(d.source().published()).isEqualTo("2025-05-22");
    }

    @Test
    void headerLinesAndAPageDateAreNeverTheHeadline() {
        Draft d = draftOf("""
                source: https://tin.example/lang-son-tottori

                date 2025-05-20 Chính trị Lạng Sơn tiếp Thống đốc tỉnh Tottori

                %s
                """.formatted(STORY), "furniture.txt");
        assertThat(d.source().url()).isEqualTo("https://tin.example/lang-son-tottori");
        assertThat(d.source().title()).doesNotContain("date").doesNotContain("2025");
        assertThat(d.source().published()).isEqualTo("2025-05-20");
    }

    @Test
    void aTitleHeaderLineIsTheHeadline() {
        Draft d = draftOf("""
                source: https://tin.example/a
                title: Lạng Sơn và Tottori tăng cường hợp tác

                %s
                """.formatted(STORY), "titled.txt");
        assertThat(d.source().title()).isEqualTo("Lạng Sơn và Tottori tăng cường hợp tác");
    }

    @Test
    void aTextWithoutHeadlineIsTitledByWhoMetWhomNeverByItsFirstSentence() {
        Draft d = draftOf(STORY + "\nHai bên trao đổi về hợp tác nông nghiệp và du lịch.\n", "no-headline.txt");
        assertThat(d.source().title()).isNull();
        var saved = service.save(d, false);
        assertThat(saved.status()).isEqualTo("saved");
        String title = store.reads(r -> r.meeting(saved.meetingId())).orElseThrow().title();
        assertThat(title).isEqualTo("Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu tiếp Thống đốc tỉnh Tottori AOKI Jun");
    }

    @Test
    void theGuestsPostInTheTitleLeavesOutTheCountry() {
        Draft d = draftOf("Sáng 12/3/2025, Phó Chủ tịch UBND tỉnh Phú Thọ Nguyễn Thanh Hải tiếp ông Fukuda Tomikazu, "
                + "Thống đốc tỉnh Tochigi (Nhật Bản), cùng đoàn công tác.\n", "country.txt");
        assertThat(MeetingTitles.of(d))
                .isEqualTo("Phó Chủ tịch UBND tỉnh Phú Thọ Nguyễn Thanh Hải tiếp Thống đốc tỉnh Tochigi FUKUDA Tomikazu");
    }

    @Test
    void withoutAHostNamedTheProvinceReceivesThePartnersDelegation() {
        Draft d = draftOf("Ngày 20/5, tỉnh Lạng Sơn đón đoàn công tác tỉnh Tottori (Nhật Bản) đến thăm và làm việc.\n",
                "no-host.txt");
        assertThat(MeetingTitles.of(d)).isEqualTo("Tỉnh Lạng Sơn tiếp đoàn tỉnh Tottori");
    }

    @Test
    void aPageStampOfAMonthDatesADayWithoutYear() {
        Draft d = draftOf("date 2025-05 Chiều 20/5, Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu tiếp ông Aoki Jun, "
                + "Thống đốc tỉnh Tottori, cùng đoàn công tác đến thăm và làm việc tại tỉnh.\n", "month-stamp.txt");
        assertThat(d.source().published()).isEqualTo("2025-05");
        assertThat(d.date()).isEqualTo("2025-05-20");
        assertThat(MeetingTitles.of(d)).doesNotContain("date");
    }
}

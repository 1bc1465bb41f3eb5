package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calendar's own written forms of a date, general data rather than any article's words: a page's date line with
 * the month in words ("Thứ Hai, 12 tháng 5, 2025", "Thứ hai, ngày 12 tháng 5 năm 2025") or in English ("Nov 5, 2024",
 * "Monday, 12 May 2025"), and a day of the month's first ten written after "mùng"/"mồng" ("sáng mùng 4/11"). The
 * meeting's date is also read, with any foreign partner, for benchmark-import --any-partner.
 */
class CalendarWrittenDatesTest extends BareStoreTest {
    private static final String LEAD = "Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy tiếp ông Suzuki Kenji, Thống đốc tỉnh "
            + "Toyama, cùng đoàn công tác đến thăm và làm việc tại tỉnh.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the month in words, a comma before the year|Thứ Hai, 12 tháng 5, 2025 10:15|2025-05-12
            the month and year in words|Thứ hai, ngày 12 tháng 5 năm 2025|2025-05-12
            English, month first|Nov 5, 2024 10:15 GMT+7|2024-11-05
            English, day first with the weekday|Monday, 12 May 2025|2025-05-12
            English, the month in full|Published: November 5, 2024|2024-11-05
            """)
    void aPageDateLineInWordsGivesTheYear(String kind, String line, String published) {
        String day = published.substring(8, 10).replaceFirst("^0", "") + "/" + published.substring(5, 7).replaceFirst("^0", "");
        Draft d = draftOf("""
                Hà Nam tiếp Thống đốc tỉnh Toyama
                %s

                Sáng %s, %s
                """.formatted(line, day, LEAD), "words.txt");
        assertThat(d.date()).isEqualTo(published);
        assertThat(d.source().published()).isEqualTo(published);
    }

    @Test
    void proseWithTheMonthInWordsIsNoPageLine() {
        Draft d = draftOf("""
                Hà Nam tiếp Thống đốc tỉnh Toyama
                Ngày 12 tháng 5 năm 2025, %s
                """.formatted(LEAD), "prose.txt");
        assertThat(d.date()).isEqualTo("2025-05-12");
        assertThat(d.source().published()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            after a part of the day|Sáng mùng 4/11, %s|2024-11-04
            the northern spelling|Chiều mồng 4/11, %s|2024-11-04
            opening the sentence|Mùng 4/11, %s|2024-11-04
            with ngày|Ngày mồng 4 tháng 11 năm 2024, %s|2024-11-04
            """)
    void aDayWrittenAfterMungIsThatDay(String kind, String lead, String date) {
        Draft d = draftOf("""
                Hà Nam tiếp Thống đốc tỉnh Toyama
                05/11/2024 10:15

                %s
                """.formatted(lead.formatted(LEAD)), "mung.txt");
        assertThat(d.date()).isEqualTo(date);
    }

    @Test
    void aMeetingWithAnotherCountrysPartnerIsDatedForTheBenchmark() {
        String text = """
                Sáng 5/5/2024, Chủ tịch UBND tỉnh Lạng Sơn Hoàng Văn Nam tiếp ông Kim Min Su, Tổng Lãnh sự Hàn Quốc tại \
                Hà Nội. Ông Hoàng Văn Nam đề nghị Tổng Lãnh sự quán hỗ trợ tỉnh quảng bá du lịch.
                """;
        Draft d = service.statementsWithAnyPartner(new ArticleReader().read(text.getBytes(StandardCharsets.UTF_8), "korea.txt"));
        assertThat(d.date()).isEqualTo("2024-05-05");
    }
}

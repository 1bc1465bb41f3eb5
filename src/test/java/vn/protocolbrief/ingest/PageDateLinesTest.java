package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The page's own date line, in the layouts news sites print it above or below the headline, completes a day and
 * month the story gives without a year, and dates "sáng nay" or "hôm qua"; it is never the meeting's date by itself.
 */
class PageDateLinesTest extends BareStoreTest {
    private static final String LEAD_NO_YEAR = "Sáng 11/3, Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy tiếp ông Suzuki "
            + "Kenji, Thống đốc tỉnh Toyama, cùng đoàn công tác đến thăm và làm việc tại tỉnh.";

    @Test
    void aDateLineWithItsWeekdayAndTimeAboveTheHeadlineGivesTheYear() {
        Draft d = draftOf("""
                Thứ Ba, 12/03/2024 10:15
                Hà Nam tiếp Thống đốc tỉnh Toyama

                %s
                """.formatted(LEAD_NO_YEAR), "weekday.txt");
        assertThat(d.date()).isEqualTo("2024-03-11");
        assertThat(d.source().published()).isEqualTo("2024-03-12");
    }

    @Test
    void aDateLineWithItsTimeZoneBelowTheHeadlineGivesTheYear() {
        Draft d = draftOf("""
                Hà Nam tiếp Thống đốc tỉnh Toyama
                12/03/2024 | 10:15 GMT+7

                %s
                """.formatted(LEAD_NO_YEAR), "gmt.txt");
        assertThat(d.date()).isEqualTo("2024-03-11");
    }

    @Test
    void aDateLineFollowedByALowerCaseLineIsNotJoinedIntoIt() {
        Draft d = draftOf("""
                Hà Nam tiếp Thống đốc tỉnh Toyama
                12/3/2024
                anh-hoi-dam-1.jpg ảnh đoàn
                %s
                """.formatted(LEAD_NO_YEAR), "joined.txt");
        assertThat(d.date()).isEqualTo("2024-03-11");
    }

    @Test
    void aDateLineLabelledAsTheUpdateGivesTheYear() {
        Draft d = draftOf("""
                Hà Nam tiếp Thống đốc tỉnh Toyama
                Ngày cập nhật 12/03/2024

                %s
                """.formatted(LEAD_NO_YEAR), "updated.txt");
        assertThat(d.date()).isEqualTo("2024-03-11");
    }

    @Test
    void aDateAloneOnItsLineNearTheHeadlineIsThePagesDate() {
        Draft d = draftOf("""
                Hà Nam tiếp Thống đốc tỉnh Toyama
                (12/03/2024)

                %s
                """.formatted(LEAD_NO_YEAR), "alone.txt");
        assertThat(d.date()).isEqualTo("2024-03-11");
    }

    @Test
    void aDateStampOpeningTheHeadlineLineIsThePagesDateNotTheHeadline() {
        Draft d = draftOf("""
                Thứ Ba, 12/03/2024 10:15 Hà Nam tiếp Thống đốc tỉnh Toyama cùng đoàn công tác

                %s
                """.formatted(LEAD_NO_YEAR), "glued.txt");
        assertThat(d.date()).isEqualTo("2024-03-11");
        assertThat(d.source().title()).doesNotContain("2024");
    }

    @Test
    void aDayAfterThePublicationIsOfTheYearBefore() {
        Draft d = draftOf("""
                Thứ Năm, 04/01/2024 08:00
                %s
                """.formatted(LEAD_NO_YEAR.replace("Sáng 11/3", "Chiều 28/12")), "year-before.txt");
        assertThat(d.date()).isEqualTo("2023-12-28");
    }

    @Test
    void aLaterDayOfThePagesOwnMonthIsOfTheYearBefore() {
        Draft d = draftOf("""
                Thứ Ba, 05/03/2024 08:00
                %s
                """.formatted(LEAD_NO_YEAR.replace("Sáng 11/3", "Chiều 28/3")), "same-month.txt");
        assertThat(d.date()).isEqualTo("2023-03-28");
    }

    @Test
    void thisMorningAndYesterdayAreDatedFromThePage() {
        Draft today = draftOf("""
                12/03/2024 | 10:15 GMT+7
                %s
                """.formatted(LEAD_NO_YEAR.replace("Sáng 11/3", "Sáng nay")), "today.txt");
        assertThat(today.date()).isEqualTo("2024-03-12");
        Draft yesterday = draftOf("""
                12/03/2024 | 10:15 GMT+7
                %s
                """.formatted(LEAD_NO_YEAR.replace("Sáng 11/3", "Tối qua")), "yesterday.txt");
        assertThat(yesterday.date()).isEqualTo("2024-03-11");
    }

    @Test
    void thePagesDateIsNeverTheMeetingsWhenTheStorySaysNone() {
        Draft d = draftOf("""
                Thứ Ba, 12/03/2024 10:15
                %s
                """.formatted(LEAD_NO_YEAR.replace("Sáng 11/3, ", "")), "undated.txt");
        assertThat(d.date()).isNull();
        assertThat(d.source().published()).isEqualTo("2024-03-12");
    }

    /** The date lines of the news sites' layouts looked at (a weekday, a time, a time zone, a label, or alone). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
        "Thứ năm - 09/02/2023 08:43; 2023-02-09",
        "16:01, 23/09/2023 (GMT+7); 2023-09-23",
        "19:45 - 21/11/2023; 2023-11-21",
        "2020/9/8; 2020-09-08",
        "Thứ 3, Ngày 20/06/2023, 14:00; 2023-06-20",
        "20/06/2023; 2023-06-20",
        "Ngày cập nhật 29/11/2019; 2019-11-29",
        "(04/06/2017); 2017-06-04",
        "12/03/2024 | 10:15 GMT+7; 2024-03-12",
        "Cập nhật: 08:15 ngày 05/07/2022; 2022-07-05"})
    void aSitesDateLineIsThePagesDate(String line, String iso) {
        assertThat(PageDates.of(line).iso()).isEqualTo(iso);
    }

    @Test
    void proseWithADateIsNoDateLine() {
        assertThat(PageDates.of("Ngày 12/03/2024, Chủ tịch UBND tỉnh Hà Nam tiếp đoàn công tác tỉnh Toyama.")).isNull();
        assertThat(PageDates.splitLeadingStamp("Thứ Ba, 12/03/2024, Chủ tịch UBND tỉnh Hà Nam tiếp đoàn Toyama")).isNull();
    }
}

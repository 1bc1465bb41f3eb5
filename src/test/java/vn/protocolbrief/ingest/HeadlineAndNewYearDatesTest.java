package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where the meeting's day is written when the lead does not give it — the headline ("Ngày 12/5: …") — and which year a
 * greeting for the new year belongs to: a visit in November or December to wish a good "năm mới 2024" is of 2023.
 */
class HeadlineAndNewYearDatesTest extends BareStoreTest {
    private static final String LEAD = "Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy tiếp ông Suzuki Kenji, Thống đốc tỉnh "
            + "Toyama, cùng đoàn công tác đến thăm và làm việc tại tỉnh.";

    @Test
    void aDayOnlyInTheHeadlineIsTheMeetingsDay() {
        Draft d = draftOf("""
                Ngày 11/3: Hà Nam tiếp Thống đốc tỉnh Toyama
                12/03/2024 10:15

                %s
                """.formatted(LEAD), "headline.txt");
        assertThat(d.date()).isEqualTo("2024-03-11");
    }

    @Test
    void theLeadsDayWinsOverTheHeadlines() {
        Draft d = draftOf("""
                Ngày 11/3: Hà Nam tiếp Thống đốc tỉnh Toyama
                12/03/2024 10:15

                Sáng 10/3, %s
                """.formatted(LEAD), "both.txt");
        assertThat(d.date()).isEqualTo("2024-03-10");
    }

    @Test
    void aNewYearsGreetingLateInTheYearIsOfTheYearBefore() {
        Draft d = draftOf("""
                Nhân dịp đón chào năm mới 2024, chiều 28/12, %s
                """.formatted(LEAD), "newyear.txt");
        assertThat(d.date()).isEqualTo("2023-12-28");
    }

    @Test
    void aNewYearsGreetingInJanuaryIsOfThatYear() {
        Draft d = draftOf("""
                Nhân dịp đón chào năm mới 2024, chiều 10/01, %s
                """.formatted(LEAD), "january.txt");
        assertThat(d.date()).isEqualTo("2024-01-10");
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Key fields on constructions found in articles nobody tuned on (issue 18): a province meeting another country's
 * partner with Japan never named is refused, whatever looks Japanese in it; a visit of several days whose first
 * meeting is told on its first day gives that day.
 */
class KeyFieldGrammarTest extends BareStoreTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another country's consul at a Japanese consulate's seat|Chiều 12/8/2026, tại Thành phố Hồ Chí Minh, ông Trần Văn Bình, Chủ tịch UBND tỉnh Hậu Giang, làm việc với Ngài Lim Jae Hoon, Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh. Ông Trần Văn Bình cảm ơn Ngài Tổng Lãnh sự và mong Tổng Lãnh sự quán tại Thành phố Hồ Chí Minh hỗ trợ tỉnh.
            another country's guest with a name of Japanese shape|Sáng 3/3/2026, Phó Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng tiếp đoàn công tác thành phố Suwon (Hàn Quốc). Dịp này, tỉnh tặng Bằng khen cho ông Cho Min Ho, Chủ tịch Hội hữu nghị Suwon (Hàn Quốc).
            """)
    void aProvinceMeetingAnotherCountryIsRefused(String kind, String text) {
        assertThatThrownBy(() -> draftOf(text, "neg.txt")).isInstanceOf(ImportException.class)
                .satisfies(x -> assertThat(((ImportException) x).problem()).isEqualTo(ImportException.Problem.FOREIGN));
    }

    @Test
    void aJapanesePartnerBesideAnotherCountrysGuestIsStillDrafted() {
        Draft d = draftOf("""
                Chiều 12/8/2026, Chủ tịch UBND tỉnh Hậu Giang Trần Văn Bình tiếp ông Sato Taro, Tổng Lãnh sự Nhật Bản tại \
                Thành phố Hồ Chí Minh. Cùng ngày, ông tiếp Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh.
                """, "both.txt");
        assertThat(d.partner()).isNotNull();
    }

    @Test
    void aVisitsFirstMeetingOnItsFirstDayGivesThatDay() {
        Draft d = draftOf("""
                Từ ngày 20 đến 24/10/2026, đoàn công tác tỉnh Nghệ An do ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh làm trưởng \
                đoàn thăm và làm việc tại Nhật Bản.
                Ngày 20/10, đoàn làm việc với Công ty Shimizu tại Tokyo.
                Sáng 21/10, đoàn làm việc với ông Suzuki Ichiro, Thống đốc tỉnh Gifu.
                """, "visit.txt");
        assertThat(d.date()).isEqualTo("2026-10-20");
    }
}

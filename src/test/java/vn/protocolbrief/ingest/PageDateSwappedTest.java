package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page's date line whose day and month are the story's day and month swapped ("11/03/2025 10:15" above
 * "Sáng 3/11, …"): the same day written the other way round by the page or its store, so its year is the
 * meeting's — not the year before, as a day after the page's date would be. Short texts written for the test.
 */
class PageDateSwappedTest extends BareStoreTest {

    @ParameterizedTest(name = "page dated {0}: the meeting of 3/11 is {1} ({2})")
    @CsvSource({
            "11/03/2025, 2025-11-03, day and month swapped: the year of the page",
            "12/03/2025, 2024-11-03, a day after an unswapped page date: the year before"})
    void theStorysDayTakesItsYearFromThePageDate(String pageDate, String meeting, String why) {
        Draft d = draftOf(pageDate + " 10:15\n" + """
                Sáng 3/11, Bí thư Tỉnh ủy Bình Định Hồ Quốc Dũng tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.
                Hai bên trao đổi về hợp tác đầu tư.
                """, "page.txt");
        assertThat(d.date()).as(why).hasToString(meeting);
    }
}

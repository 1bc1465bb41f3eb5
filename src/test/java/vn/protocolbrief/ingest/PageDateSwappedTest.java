package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page's date line whose day and month are the story's day and month swapped ("11/03/2025 10:15" above
 * "Sáng 3/11, …"): the same day written the other way round by the page or its store, so its year is the
 * meeting's — not the year before, as a day after the page's date would be. Short texts written for the test.
 */
class PageDateSwappedTest extends BareStoreTest {

    @Test
    void aPageDateWithDayAndMonthSwappedGivesItsOwnYear() {
        Draft d = draftOf("""
                11/03/2025 10:15
                Sáng 3/11, Bí thư Tỉnh ủy Bình Định Hồ Quốc Dũng tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.
                Hai bên trao đổi về hợp tác đầu tư.
                """, "swapped.txt");
        assertThat(d.date()).hasToString("2025-11-03");
    }

    @Test
    void aDayAfterAnUnswappedPageDateIsStillOfTheYearBefore() {
        Draft d = draftOf("""
                12/03/2025 10:15
                Sáng 3/11, Bí thư Tỉnh ủy Bình Định Hồ Quốc Dũng tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.
                Hai bên trao đổi về hợp tác đầu tư.
                """, "later.txt");
        assertThat(d.date()).hasToString("2024-11-03");
    }
}

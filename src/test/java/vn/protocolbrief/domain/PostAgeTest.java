package vn.protocolbrief.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostAgeTest {
    static Position post(String from, String to) {
        return new Position("p1", "Thị trưởng", null, "x", null, PartialDate.of(from), PartialDate.of(to), "s1");
    }

    @Test
    void aPostReadMoreThanAYearBeforeTheDayIsDatedToItsMonth() {
        assertThat(PostAge.asOf(post(null, null), PartialDate.of("2023-11-17"), LocalDate.of(2026, 12, 3)))
                .contains(PartialDate.of("2023-11"));
        assertThat(PostAge.asOf(post(null, null), PartialDate.of("2024"), LocalDate.of(2026, 12, 3)))
                .contains(PartialDate.of("2024"));
    }

    @Test
    void aRecentRecordAnEndedPostOrAnUndatedOneIsNotDated() {
        assertThat(PostAge.asOf(post(null, null), PartialDate.of("2025-12-04"), LocalDate.of(2026, 12, 3))).isEmpty();
        assertThat(PostAge.asOf(post(null, null), PartialDate.of("2025-12"), LocalDate.of(2026, 12, 3))).isEmpty();
        assertThat(PostAge.asOf(post("2019", "2021"), PartialDate.of("2021-01-01"), LocalDate.of(2026, 12, 3)))
                .isEmpty();
    }

    /** rd9: a post read in an undated article was printed "– nay" with no warning; it may be years old. */
    @Test
    void aPostReadInAnUndatedArticleIsUndatedNotCurrentButOneTypedByHandIsNotJudged() {
        assertThat(PostAge.asOf(post(null, null), PartialDate.UNKNOWN, LocalDate.of(2026, 12, 3)))
                .contains(PartialDate.UNKNOWN);
        Position byHand = new Position("p2", "Thị trưởng", null, "x", null, PartialDate.UNKNOWN, PartialDate.UNKNOWN,
                null);
        assertThat(PostAge.asOf(byHand, PartialDate.UNKNOWN, LocalDate.of(2026, 12, 3))).isEmpty();
    }

    @Test
    void withoutTheRecordsDateTheDayThePostBeganCounts() {
        assertThat(PostAge.asOf(post("2022-04", null), PartialDate.UNKNOWN, LocalDate.of(2026, 12, 3)))
                .contains(PartialDate.of("2022-04"));
    }
}

package vn.protocolbrief.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void precisionFollowsTheIsoText() {
        assertThat(PartialDate.of("2025-11-25").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.of("2025-11").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.of("2025").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.of(null).precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(PartialDate.of(" ").known()).isFalse();
    }

    @Test
    void displaysVietnameseStyle() {
        assertThat(PartialDate.of("2025-11-25").display()).isEqualTo("25/11/2025");
        assertThat(PartialDate.of("2023-11").display()).isEqualTo("11/2023");
        assertThat(PartialDate.of("2024").display()).isEqualTo("2024");
        assertThat(PartialDate.UNKNOWN.display()).isEmpty();
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThatThrownBy(() -> PartialDate.of("2025-13-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.of("25/11/2025")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownSortsFirstThenChronologically() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.of("2025-11-25"), PartialDate.UNKNOWN,
                PartialDate.of("2024"), PartialDate.of("2025-10-27")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::iso).containsExactly(null, "2024", "2025-10-27", "2025-11-25");
    }
}

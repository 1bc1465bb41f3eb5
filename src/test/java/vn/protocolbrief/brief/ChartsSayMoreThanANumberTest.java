package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 (rd18): a bar chart of counts 2, 3 and 1 says nothing the numbers do not; the annexes give those counts
 * already (the requests grouped by category with their number, the meetings listed). A chart is drawn only where the
 * lengths tell apart what a glance at the numbers would not.
 */
class ChartsSayMoreThanANumberTest {
    @Test
    void smallCountsAreNoChart() {
        assertThat(ChartCounts.saysMoreThanANumber(List.of(2, 3, 1))).isFalse();
        assertThat(ChartCounts.saysMoreThanANumber(List.of(1, 2, 2, 1))).isFalse();
        assertThat(ChartCounts.saysMoreThanANumber(List.of(9, 2))).as("two bars are two numbers").isFalse();
    }

    @Test
    void countsThatDifferWidelyAreACharts() {
        assertThat(ChartCounts.saysMoreThanANumber(List.of(8, 2, 1, 5))).isTrue();
        assertThat(ChartCounts.saysMoreThanANumber(List.of(6, 3, 1))).isTrue();
    }
}

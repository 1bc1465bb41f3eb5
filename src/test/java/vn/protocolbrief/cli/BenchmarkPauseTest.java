package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: `benchmark --pause MS` measures officers who read an answer before asking again (beside the back-to-back
 * figure, which stays the default); the pause is not timed, and the form measured is said with the figures.
 */
class BenchmarkPauseTest {
    @TempDir
    Path dir;

    @Test
    void pausedClientsSayHowTheyWereRunAndLeaveThePauseOutOfTheTimes() {
        String[] small = {"benchmark", "--meetings", "40", "--requests", "80", "--queries", "4", "--clients", "2"};
        CliRun backToBack = CliRun.on(dir.resolve("a.db"), small);
        assertThat(backToBack.code()).as(backToBack.err()).isZero();
        assertThat(backToBack.out()).contains("2 clients searching and reading histories at once, back to back");

        String[] paused = java.util.Arrays.copyOf(small, small.length + 2);
        paused[small.length] = "--pause";
        paused[small.length + 1] = "400";
        long start = System.nanoTime();
        CliRun run = CliRun.on(dir.resolve("b.db"), paused);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("each pausing 400 ms on average before each query (not timed)");
        // Eight timed queries a client, 400 ms apart on average: the run took them, the percentiles did not.
        assertThat(seconds).isGreaterThan(1.0);
        // Figures are printed in the machine's locale ("1,10 ms" where the decimal mark is a comma).
        double searchP95 = Double.parseDouble(run.out().replaceAll("(?s).*search +p50 +[0-9.,]+ ms +p95 +([0-9.,]+) ms.*", "$1")
                .replace(',', '.'));
        assertThat(searchP95).isLessThan(400);
    }
}

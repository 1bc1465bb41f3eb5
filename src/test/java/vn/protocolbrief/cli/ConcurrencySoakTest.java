package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: ten officers on one SQLite file: only "changed by …" refusals, nothing lost, every undo their own. */
class ConcurrencySoakTest {
    @TempDir
    Path dir;

    @Test
    void tenOfficersOnOneFileLoseNothingAndUndoOnlyTheirOwn() throws Exception {
        ConcurrencySoak.Result r = new ConcurrencySoak(dir.resolve("soak.db"), 10, 8).run();
        assertThat(r.firstErrors()).isEmpty();
        assertThat(r.errors()).isZero();
        assertThat(r.lost()).isZero();
        assertThat(r.undoOfAnother()).isZero();
        assertThat(r.sharedCount()).isEqualTo(r.expectedCount());
        assertThat(r.saves()).isGreaterThan(20);
        assertThat(r.undos()).isPositive();
    }

    /**
     * Officers as operating-system processes (benchmark-concurrency --processes): each process tells its own counts
     * and the totals are checked against the store, as the threads' are.
     */
    @Test
    void officersInProcessesOfTheirOwnAddUpTheirCountsAgainstTheStore() throws Exception {
        ConcurrencySoak.Result r = new ConcurrencyProcesses(dir.resolve("processes.db").toString(), 2, 3).run();
        assertThat(r.firstErrors()).isEmpty();
        assertThat(r.errors()).isZero();
        assertThat(r.lost()).isZero();
        assertThat(r.undoOfAnother()).isZero();
        assertThat(r.sharedCount()).isEqualTo(r.expectedCount());
        // (how many operations each did depends on how soon its Java started on a loaded machine: not asserted)
    }
}

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
}

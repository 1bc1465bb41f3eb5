package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.protocolbrief.store.EmbeddedOffice;

/** Issue 20: ten officers on one office store (PostgreSQL): only "changed by …" refusals, nothing lost, own undos. */
class ConcurrencySoakOnPostgresTest {
    @Test
    void tenOfficersOnOneOfficeStoreLoseNothingAndUndoOnlyTheirOwn() throws Exception {
        String office = EmbeddedOffice.server().freshDatabase("ConcurrencySoakOnPostgresTest");
        ConcurrencySoak.Result r = new ConcurrencySoak(office, 10, 8).run();
        assertThat(r.firstErrors()).isEmpty();
        assertThat(r.errors()).isZero();
        assertThat(r.lost()).isZero();
        assertThat(r.undoOfAnother()).isZero();
        assertThat(r.sharedCount()).isEqualTo(r.expectedCount());
        assertThat(r.saves()).isGreaterThan(20);
        assertThat(r.undos()).isPositive();
    }
}

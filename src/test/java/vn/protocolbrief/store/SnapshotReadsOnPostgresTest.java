package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 20: on an office store a snapshot's statements (a search's word counts, candidates and hits) all see one
 * committed state, whatever another connection commits between them, though no statement asks for it: the read
 * connections log in with REPEATABLE READ as their default (ServerStore.snapshotReads). Writes keep read committed.
 */
class SnapshotReadsOnPostgresTest {
    @Test
    void aSnapshotSeesOneStateWhileAnotherConnectionCommits() {
        try (Store office = Store.open(EmbeddedOffice.server().freshDatabase("SnapshotReadsOnPostgresTest"))) {
            office.write(h -> h.execute("CREATE TABLE snapshot_probe (n integer)"));
            int[] seen = office.snapshot(h -> {
                int before = h.createQuery("SELECT count(*) FROM snapshot_probe").mapTo(Integer.class).one();
                office.write(w -> w.execute("INSERT INTO snapshot_probe VALUES (1)"));
                int after = h.createQuery("SELECT count(*) FROM snapshot_probe").mapTo(Integer.class).one();
                return new int[]{before, after};
            });
            assertThat(seen).as("counted before and after another connection's commit").containsExactly(0, 0);
            int afterwards = office.read(h -> h.createQuery("SELECT count(*) FROM snapshot_probe").mapTo(Integer.class)
                    .one());
            assertThat(afterwards).as("a read after the snapshot").isEqualTo(1);
            String reads = office.snapshot(h -> h.createQuery("SHOW transaction_isolation").mapTo(String.class).one());
            String writes = office.write(h -> h.createQuery("SHOW transaction_isolation").mapTo(String.class).one());
            assertThat(reads).isEqualTo("repeatable read");
            assertThat(writes).as("writes").isEqualTo("read committed");
        }
    }
}

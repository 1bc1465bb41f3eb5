package vn.protocolbrief.store;

import org.junit.jupiter.api.BeforeEach;

/** {@link OwnChangeUndoTest} with the two officers on one office store (the embedded PostgreSQL server). */
class OwnChangeUndoOnPostgresTest extends OwnChangeUndoTest {
    @Override
    @BeforeEach
    void open() {
        String office = EmbeddedOffice.server().freshDatabase("OwnChangeUndoOnPostgresTest");
        lan = Store.open(office).actingAs(new Actor("Lan", "window-1"));
        minh = Store.open(office).actingAs(new Actor("Minh", "cli-1"));
    }
}

package vn.protocolbrief.store;

import org.junit.jupiter.api.BeforeEach;

/** {@link OwnChangeUndoTest} with the two officers on one office store (the embedded PostgreSQL server). */
class OwnChangeUndoOnPostgresTest extends OwnChangeUndoTest {
    @Override
    @BeforeEach
    void open() {
        TwoOfficers two = TwoOfficers.onOffice("OwnChangeUndoOnPostgresTest");
        lan = two.lan();
        minh = two.minh();
    }
}

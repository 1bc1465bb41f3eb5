package vn.protocolbrief.store;

/** {@link OwnChangeUndoTest} with the two officers on one office store (the embedded PostgreSQL server). */
class OwnChangeUndoOnPostgresTest extends OwnChangeUndoTest {
    @Override
    TwoOfficers officers() {
        return TwoOfficers.onOffice("OwnChangeUndoOnPostgresTest");
    }
}

package vn.protocolbrief.store;

/** {@link StatementsKeptAndReplacedTest} on an office store (embedded PostgreSQL), Lan and Minh two of its logins. */
class StatementsKeptAndReplacedOnPostgresTest extends StatementsKeptAndReplacedTest {
    @Override
    TwoOfficers officers() {
        return TwoOfficers.onOffice("StatementsKeptAndReplacedOnPostgresTest");
    }
}

package vn.protocolbrief.store;

import org.junit.jupiter.api.BeforeEach;

/** {@link StatementsKeptAndReplacedTest} on an office store (embedded PostgreSQL), Lan and Minh two of its logins. */
class StatementsKeptAndReplacedOnPostgresTest extends StatementsKeptAndReplacedTest {
    @Override
    @BeforeEach
    void open() {
        TwoOfficers two = TwoOfficers.onOffice("StatementsKeptAndReplacedOnPostgresTest");
        lan = two.lan();
        minh = two.minh();
    }
}

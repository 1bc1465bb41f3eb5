package vn.protocolbrief.store;

import org.junit.jupiter.api.BeforeEach;

/** {@link ImportJsonOverColleagueTest} with the two officers as two logins of an office store (embedded PostgreSQL). */
class ImportJsonOverColleagueOnPostgresTest extends ImportJsonOverColleagueTest {
    @Override
    @BeforeEach
    void open() {
        TwoOfficers two = TwoOfficers.onOffice("ImportJsonOverColleagueOnPostgresTest");
        lan = two.lan();
        minh = two.minh();
    }
}

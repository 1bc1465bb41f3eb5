package vn.protocolbrief.store;

/** {@link ImportJsonOverColleagueTest} with the two officers as two logins of an office store (embedded PostgreSQL). */
class ImportJsonOverColleagueOnPostgresTest extends ImportJsonOverColleagueTest {
    @Override
    TwoOfficers officers() {
        return TwoOfficers.onOffice("ImportJsonOverColleagueOnPostgresTest");
    }
}

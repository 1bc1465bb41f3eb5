package vn.protocolbrief.store;

/** {@link ReviewsAfterColleagueTest} with the two officers as two logins of an office store (embedded PostgreSQL). */
class ReviewsAfterColleagueOnPostgresTest extends ReviewsAfterColleagueTest {
    @Override
    TwoOfficers officers() {
        return TwoOfficers.onOffice("ReviewsAfterColleagueOnPostgresTest");
    }
}

package vn.protocolbrief.travel;

import vn.protocolbrief.store.EmbeddedOffice;

/** The same travel copy with the office on PostgreSQL (an embedded server; the copy is a SQLite file as always). */
class TravelOnPostgresTest extends TravelCopyTest {
    @Override
    String officeLocation() {
        return EmbeddedOffice.server().freshDatabase("TravelOnPostgresTest");
    }

    /** On an office store the officer is the login (issue 20: --as is refused there). */
    @Override
    String[] officeOfficer(String... args) {
        return args;
    }

    @Override
    String officeOfficerName() {
        return "postgres";
    }

    /**
     * The office's triggers log the login that synced the copy as the change's officer, and (V019) who made it on the
     * road: both are in the history.
     */
    @Override
    String roadOfficerAtTheOffice() {
        return "Lan";
    }
}

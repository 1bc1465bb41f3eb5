package vn.protocolbrief.travel;

import vn.protocolbrief.store.EmbeddedOffice;

/** The same travel copy with the office on PostgreSQL (an embedded server; the copy is a SQLite file as always). */
class TravelOnPostgresTest extends TravelCopyTest {
    @Override
    String officeLocation() {
        return EmbeddedOffice.server().freshDatabase("TravelOnPostgresTest");
    }
}

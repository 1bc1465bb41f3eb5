package vn.protocolbrief.travel;

import vn.protocolbrief.store.EmbeddedOffice;

/** The same sensitive meetings with the office on PostgreSQL (an embedded server). */
class SensitiveTravelOnPostgresTest extends SensitiveTravelTest {
    @Override
    String officeLocation() {
        return EmbeddedOffice.server().freshDatabase("SensitiveTravelOnPostgresTest");
    }
}

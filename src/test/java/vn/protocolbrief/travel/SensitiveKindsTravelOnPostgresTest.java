package vn.protocolbrief.travel;

import vn.protocolbrief.store.EmbeddedOffice;

/** The same sensitive records and synced history with the office on PostgreSQL (an embedded server). */
class SensitiveKindsTravelOnPostgresTest extends SensitiveKindsTravelTest {
    @Override
    String officeLocation() {
        return EmbeddedOffice.server().freshDatabase("SensitiveKindsTravelOnPostgresTest");
    }

    /** On an office store the officer is the login (--as is refused there): the one that synced. */
    @Override
    String syncedBy() {
        return "postgres";
    }

    @Override
    String[] syncer(String... args) {
        return args;
    }
}

package vn.protocolbrief.ui;

import vn.protocolbrief.store.EmbeddedOffice;

/** {@link StoreReadAgainTest} on an office store (the embedded PostgreSQL server), where the tester first saw it. */
class StoreReadAgainOnPostgresTest extends StoreReadAgainTest {
    @Override
    String location() {
        return EmbeddedOffice.server().freshDatabase("StoreReadAgain");
    }
}

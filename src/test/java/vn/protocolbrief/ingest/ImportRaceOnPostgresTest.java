package vn.protocolbrief.ingest;

import vn.protocolbrief.store.EmbeddedOffice;

/** {@link ImportRaceTest} on office stores (the embedded PostgreSQL server): one meeting however two officers race. */
class ImportRaceOnPostgresTest extends ImportRaceTest {
    @Override
    String store(String name) {
        return EmbeddedOffice.server().emptyDatabase("ImportRace_" + name);
    }
}

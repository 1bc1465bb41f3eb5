package vn.protocolbrief.store;

/** {@link SearchDuringWritesTest} on an office store (the embedded PostgreSQL server). */
class SearchDuringWritesOnPostgresTest extends SearchDuringWritesTest {
    @Override
    String location() {
        return EmbeddedOffice.server().freshDatabase("SearchDuringWritesOnPostgresTest");
    }
}

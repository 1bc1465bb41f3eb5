package vn.protocolbrief.store;


/** The same takes with the office on PostgreSQL (an embedded server): the whole take goes table by table too. */
class TableTakeOnPostgresTest extends TableTakeTest {
    @Override
    String officeLocation() {
        return EmbeddedOffice.server().freshDatabase("TableTakeOnPostgresTest");
    }
}

package vn.protocolbrief.store;

import org.junit.jupiter.api.BeforeEach;

/** {@link ImportJsonOverColleagueTest} with the two officers as two logins of an office store (embedded PostgreSQL). */
class ImportJsonOverColleagueOnPostgresTest extends ImportJsonOverColleagueTest {
    @Override
    @BeforeEach
    void open() {
        String office = EmbeddedOffice.server().freshDatabase("ImportJsonOverColleagueOnPostgresTest");
        try (Store owner = Store.open(office)) {
            new Office(owner).init();
            new Office(owner).addUser("Lan", Office.Role.EDITOR, null);
            new Office(owner).addUser("Minh", Office.Role.EDITOR, null);
        }
        lan = Store.open(office.replace("postgresql://postgres@", "postgresql://Lan@")).actingAs(new Actor("Lan", "window-1"));
        minh = Store.open(office.replace("postgresql://postgres@", "postgresql://Minh@")).actingAs(new Actor("Minh", "cli-1"));
    }
}

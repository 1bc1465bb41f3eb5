package vn.protocolbrief.store;

import org.junit.jupiter.api.BeforeEach;

/** {@link OwnChangeUndoTest} with the two officers on one office store (the embedded PostgreSQL server). */
class OwnChangeUndoOnPostgresTest extends OwnChangeUndoTest {
    @Override
    @BeforeEach
    void open() {
        String office = EmbeddedOffice.server().freshDatabase("OwnChangeUndoOnPostgresTest");
        // On an office store the officer is the login (the database writes it into the change log): Lan and Minh
        // are two logins of the server, editors of this office.
        try (Store owner = Store.open(office)) {
            new Office(owner).init();
            new Office(owner).addUser("Lan", Office.Role.EDITOR, null);
            new Office(owner).addUser("Minh", Office.Role.EDITOR, null);
        }
        lan = Store.open(office.replace("postgresql://postgres@", "postgresql://Lan@")).actingAs(new Actor("Lan", "window-1"));
        minh = Store.open(office.replace("postgresql://postgres@", "postgresql://Minh@")).actingAs(new Actor("Minh", "cli-1"));
    }
}

package vn.protocolbrief.store;

import java.nio.file.Path;

/** Two officers, Lan (in the window) and Minh (at the command line), on one store: a SQLite file or an office store. */
record TwoOfficers(Store lan, Store minh) {
    static TwoOfficers onFile(Path file) {
        return new TwoOfficers(Store.open(file).actingAs(new Actor("Lan", "window-1")),
                Store.open(file).actingAs(new Actor("Minh", "cli-1")));
    }

    /**
     * On an office store the officer is the login (the database writes it into the change log): Lan and Minh are two
     * logins of the embedded server, editors of a fresh office database named after {@code testName}.
     */
    static TwoOfficers onOffice(String testName) {
        String office = EmbeddedOffice.server().freshDatabase(testName);
        try (Store owner = Store.open(office)) {
            new Office(owner).init();
            new Office(owner).addUser("Lan", Office.Role.EDITOR, null);
            new Office(owner).addUser("Minh", Office.Role.EDITOR, null);
        }
        return new TwoOfficers(
                Store.open(office.replace("postgresql://postgres@", "postgresql://Lan@")).actingAs(new Actor("Lan", "window-1")),
                Store.open(office.replace("postgresql://postgres@", "postgresql://Minh@")).actingAs(new Actor("Minh", "cli-1")));
    }
}

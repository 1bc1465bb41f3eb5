package vn.protocolbrief.travel;

import vn.protocolbrief.store.Actor;
import vn.protocolbrief.store.EmbeddedOffice;
import vn.protocolbrief.store.Office;
import vn.protocolbrief.store.Store;

/** The same with the office on PostgreSQL (an embedded server): Ha and Minh are two editor logins. */
class ConfirmedPostsTravelOnPostgresTest extends ConfirmedPostsTravelTest {
    @Override
    String office() {
        String office = EmbeddedOffice.server().freshDatabase("ConfirmedPostsTravelOnPostgresTest");
        try (Store owner = Store.open(office)) {
            new Office(owner).init();
            new Office(owner).addUser("Ha", Office.Role.EDITOR, null);
            new Office(owner).addUser("Minh", Office.Role.EDITOR, null);
        }
        return office;
    }

    @Override
    Store as(String office, String officer) {
        return Store.open(office.replace("postgresql://postgres@", "postgresql://" + officer + "@"))
                .actingAs(Actor.named(officer));
    }
}

package vn.protocolbrief.store;

import org.junit.jupiter.api.BeforeAll;
import vn.protocolbrief.service.HistoryService;

/** {@link SearchTest} on an office store (the embedded PostgreSQL server): the same findings, the same order. */
class SearchOnPostgresTest extends SearchTest {
    @BeforeAll
    static void open() {
        store = Store.open(EmbeddedOffice.server().freshDatabase("SearchOnPostgresTest"));
        history = new HistoryService(store);
    }
}

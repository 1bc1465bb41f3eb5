package vn.protocolbrief.store;

import org.junit.jupiter.api.BeforeEach;
import vn.protocolbrief.service.RecordService;

/** {@link UndoTest} on an office store (the embedded PostgreSQL server). */
class UndoOnPostgresTest extends UndoTest {
    @Override
    @BeforeEach
    void open() {
        store = Store.open(EmbeddedOffice.server().freshDatabase("UndoOnPostgresTest"));
        records = new RecordService(store);
    }
}

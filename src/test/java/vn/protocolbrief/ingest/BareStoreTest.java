package vn.protocolbrief.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;

/**
 * The importer's tests read articles against a store with reference data and no demo records, so that nothing
 * found can come from a stored meeting. Each test class gets its own store.
 */
abstract class BareStoreTest {
    @TempDir
    static Path dir;
    static Store store;
    static ImportService service;

    @BeforeAll
    static void openBareStore() {
        store = Store.open(dir.resolve("bare.db"), false);
        service = new ImportService(store);
    }

    @AfterAll
    static void closeBareStore() {
        store.close();
    }

    /** The draft of a text as if it were a file of that name. */
    static Draft draftOf(String text, String name) {
        return service.draft(new ArticleReader().read(text.getBytes(StandardCharsets.UTF_8), name));
    }
}

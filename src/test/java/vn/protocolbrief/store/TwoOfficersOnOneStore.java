package vn.protocolbrief.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up of the tests where two officers, Lan and Minh, work on one store: a SQLite file in a temporary folder,
 * or, in the "OnPostgres" variants that override {@link #officers()}, two logins of an office store.
 */
abstract class TwoOfficersOnOneStore {
    @TempDir
    Path dir;
    Store lan;
    Store minh;

    /** Opens the two officers' store (a SQLite file here). */
    TwoOfficers officers() {
        return TwoOfficers.onFile(dir.resolve("office.db"));
    }

    @BeforeEach
    void open() {
        TwoOfficers two = officers();
        lan = two.lan();
        minh = two.minh();
    }

    @AfterEach
    void close() {
        lan.close();
        minh.close();
    }
}

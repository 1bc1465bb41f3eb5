package vn.protocolbrief.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on a new scratch store per test, as a script would call it ({@link CliRun}). */
abstract class OnScratchStore {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void scratch() {
        db = dir.resolve("scratch.db");
    }

    CliRun run(String... args) {
        return CliRun.on(db, args);
    }
}

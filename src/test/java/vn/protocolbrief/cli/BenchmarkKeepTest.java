package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault campaign fc9 (issue 20): {@code benchmark --keep FILE} builds its synthetic store in a new file; the officer's
 * store, a colleague's store, a read-only file or a folder at that name is refused in one line and left as it was
 * (the benchmark deleted it to start empty), and so is a folder that does not exist (it was created).
 */
class BenchmarkKeepTest {
    @TempDir
    Path dir;

    @Test
    void aBenchmarkNeverBuildsOverAFileThatIsThere() throws Exception {
        Path db = dir.resolve("s.db");
        assertThat(CliRun.on(db, "provinces").code()).isZero();
        Path other = dir.resolve("colleague.db");
        assertThat(CliRun.on(other, "provinces").code()).isZero();
        Path readOnly = Files.writeString(dir.resolve("kept.db"), "kept");
        readOnly.toFile().setWritable(false, false);
        Path folder = Files.createDirectory(dir.resolve("stores"));
        String store = OutputTargetsTest.sha256(db);
        String colleague = OutputTargetsTest.sha256(other);

        for (Path keep : List.of(db, other, readOnly, folder, dir.resolve("no/such/folder/b.db"))) {
            CliRun bench = CliRun.on(db, "benchmark", "--meetings", "20", "--requests", "5", "--queries", "3",
                    "--keep", keep.toString());
            assertThat(bench.code()).as("benchmark --keep " + keep).isEqualTo(1);
            assertThat(bench.err().strip().lines()).as(keep.toString()).singleElement().asString()
                    .startsWith("error: ");
        }
        assertThat(OutputTargetsTest.sha256(db)).isEqualTo(store);
        assertThat(OutputTargetsTest.sha256(other)).isEqualTo(colleague);
        assertThat(Files.readString(readOnly)).isEqualTo("kept");
        assertThat(folder).isDirectory();
        assertThat(dir.resolve("no")).doesNotExist();
        CliRun soak = CliRun.on(db, "benchmark-concurrency", "--clients", "1", "--seconds", "0.1", "--keep",
                dir.resolve("no/such/folder/c.db").toString());
        assertThat(soak.code()).isEqualTo(1);
        assertThat(dir.resolve("no")).doesNotExist();
    }
}

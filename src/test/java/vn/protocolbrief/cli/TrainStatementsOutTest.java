package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault campaign fc9 (issue 20): {@code train-statements --out} is refused in one line, before any training, at the
 * store, another store, a folder or a missing folder; the file there stays as it was.
 */
class TrainStatementsOutTest {
    @TempDir
    Path dir;

    @Test
    void theModelIsNeverWrittenOverAStore() throws Exception {
        Path db = dir.resolve("s.db");
        assertThat(CliRun.on(db, "provinces").code()).isZero();
        Path other = dir.resolve("colleague.db");
        assertThat(CliRun.on(other, "provinces").code()).isZero();
        Path folder = Files.createDirectory(dir.resolve("models"));
        List<String> sets = List.of("--corpus", set("a").toString(), "--corpus", set("b").toString());
        String store = OutputTargetsTest.sha256(db);
        String colleague = OutputTargetsTest.sha256(other);

        for (Path out : List.of(db, other, folder, dir.resolve("no/such/folder/m.tsv"))) {
            List<String> args = new java.util.ArrayList<>(List.of("train-statements"));
            args.addAll(sets);
            args.addAll(List.of("--out", out.toString()));
            CliRun train = CliRun.on(db, args.toArray(String[]::new));
            assertThat(train.code()).as("--out " + out).isEqualTo(1);
            assertThat(train.err().strip().lines()).as(out.toString()).singleElement().asString()
                    .startsWith("error: Cannot write");
        }
        assertThat(OutputTargetsTest.sha256(db)).isEqualTo(store);
        assertThat(OutputTargetsTest.sha256(other)).isEqualTo(colleague);
    }

    private Path set(String name) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name).resolve("articles"));
        Files.writeString(d.resolveSibling("expected.tsv"), "");
        Files.writeString(d.resolveSibling("statements.tsv"), "");
        return d.getParent();
    }
}

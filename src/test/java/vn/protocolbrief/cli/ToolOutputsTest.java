package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault campaign fc9 (issue 20): the files the measuring and training commands write. {@code benchmark --keep FILE}
 * builds its synthetic store in a new file (it deleted whatever was there: the officer's store, a colleague's, a
 * read-only file, a folder; and it created missing folders); {@code train-statements --out} wrote its model straight
 * over whatever was named, the store included. Both are refused in one line and every file is left as it was.
 */
class ToolOutputsTest {
    @TempDir
    Path dir;
    Path db;
    Path other;
    Path folder;
    String store;
    String colleague;

    @BeforeEach
    void stores() throws Exception {
        db = dir.resolve("s.db");
        assertThat(CliRun.on(db, "provinces").code()).isZero();
        other = dir.resolve("colleague.db");
        assertThat(CliRun.on(other, "provinces").code()).isZero();
        folder = Files.createDirectory(dir.resolve("kept"));
        store = OutputTargetsTest.sha256(db);
        colleague = OutputTargetsTest.sha256(other);
    }

    @Test
    void aBenchmarkNeverBuildsOverAFileThatIsThere() throws Exception {
        Path readOnly = Files.writeString(dir.resolve("kept.db"), "kept");
        readOnly.toFile().setWritable(false, false);
        for (Path keep : List.of(db, other, readOnly, folder, dir.resolve("no/such/folder/b.db"))) {
            refused(keep, "benchmark", "--meetings", "20", "--requests", "5", "--queries", "3", "--keep", keep.toString());
        }
        assertThat(Files.readString(readOnly)).isEqualTo("kept");
        refused(dir.resolve("no/such/folder/c.db"), "benchmark-concurrency", "--clients", "1", "--seconds", "0.1",
                "--keep", dir.resolve("no/such/folder/c.db").toString());
    }

    @Test
    void theModelIsNeverWrittenOverAStore() throws Exception {
        for (Path out : List.of(db, other, folder, dir.resolve("no/such/folder/m.tsv"))) {
            List<String> args = new ArrayList<>(List.of("train-statements", "--corpus", set("a").toString(),
                    "--corpus", set("b").toString(), "--out", out.toString()));
            refused(out, args.toArray(String[]::new));
        }
    }

    private void refused(Path target, String... args) throws Exception {
        CliRun run = CliRun.on(db, args);
        assertThat(run.code()).as(args[0] + " at " + target).isEqualTo(1);
        assertThat(run.err().strip().lines()).as(target.toString()).singleElement().asString().startsWith("error: ");
        assertThat(OutputTargetsTest.sha256(db)).isEqualTo(store);
        assertThat(OutputTargetsTest.sha256(other)).isEqualTo(colleague);
        assertThat(folder).isDirectory();
        assertThat(dir.resolve("no")).doesNotExist();
    }

    /** An annotated set with nothing in it: enough to reach the target's check, which comes before training. */
    private Path set(String name) throws Exception {
        Path articles = Files.createDirectories(dir.resolve(name).resolve("articles"));
        Files.writeString(articles.resolveSibling("expected.tsv"), "");
        Files.writeString(articles.resolveSibling("statements.tsv"), "");
        return articles.getParent();
    }
}

package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault campaign fc7 (issue 20): every command that writes a file refuses, in one line and before anything is
 * written, another store, another store's write-ahead log, and (for the letter) the store itself; a refused
 * {@code --xhtml} leaves no pack written.
 */
class OutputTargetsTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void store() {
        db = dir.resolve("s.db");
        assertThat(run("provinces").code()).isZero();
    }

    CliRun run(String... args) {
        return CliRun.on(db, args);
    }

    @Test
    void anotherStoreIsNeverWrittenOverByAnExportOrAPack() throws Exception {
        // A colleague's store (or a travel copy) beside ours, named like an output.
        for (String name : List.of("colleague.json", "colleague.pdf", "colleague.docx")) {
            Path other = dir.resolve(name);
            assertThat(CliRun.on(other, "provinces").code()).isZero();
        }
        String json = sha256(dir.resolve("colleague.json"));
        String pdf = sha256(dir.resolve("colleague.pdf"));
        String docx = sha256(dir.resolve("colleague.docx"));

        CliRun export = run("export", "--out", dir.resolve("colleague.json").toString());
        assertThat(export.code()).isEqualTo(1);
        assertThat(export.err().strip().lines()).singleElement().asString().contains("it is a store");
        CliRun brief = run("brief", "--province", "Phú Thọ", "--partner", "Embassy of Japan", "--out",
                dir.resolve("colleague.pdf").toString());
        assertThat(brief.code()).isEqualTo(1);
        assertThat(brief.err().strip().lines()).singleElement().asString().contains("it is a store");
        CliRun word = run("brief", "--province", "Phú Thọ", "--partner", "Embassy of Japan", "--format", "docx",
                "--out", dir.resolve("colleague.docx").toString());
        assertThat(word.code()).isEqualTo(1);

        assertThat(sha256(dir.resolve("colleague.json"))).isEqualTo(json);
        assertThat(sha256(dir.resolve("colleague.pdf"))).isEqualTo(pdf);
        assertThat(sha256(dir.resolve("colleague.docx"))).isEqualTo(docx);
        assertThat(CliRun.on(dir.resolve("colleague.json"), "meetings", "--province", "Phú Thọ").code()).isZero();
    }

    @Test
    void anotherStoresWriteAheadLogIsNotAnOutput() throws Exception {
        Path other = dir.resolve("colleague.db");
        assertThat(CliRun.on(other, "provinces").code()).isZero();
        Path wal = dir.resolve("colleague.db-wal");
        CliRun export = run("export", "--out", wal.toString());
        assertThat(export.code()).isEqualTo(1);
        assertThat(export.err()).contains("colleague.db");
        // A log holding a store's latest commits, whatever its name.
        Path log = Files.write(dir.resolve("kept.log"), new byte[] {0x37, 0x7f, 0x06, (byte) 0x82, 0, 0, 0, 0});
        assertThat(run("export", "--out", log.toString()).code()).isEqualTo(1);
        assertThat(Files.size(log)).isEqualTo(8);
    }

    @Test
    void aRefusedXhtmlLeavesNoPackWritten() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        Path pack = dir.resolve("pack.pdf");
        CliRun brief = run("brief", "--province", "Phú Thọ", "--partner", "Embassy of Japan", "--out", pack.toString(),
                "--xhtml", folder.toString());
        assertThat(brief.code()).isEqualTo(1);
        assertThat(brief.err().strip().lines()).singleElement().asString().contains("it is a folder");
        assertThat(pack).doesNotExist();
        CliRun missing = run("brief", "--province", "Phú Thọ", "--partner", "Embassy of Japan", "--out",
                pack.toString(), "--xhtml", dir.resolve("no/such/folder/p.xhtml").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(pack).doesNotExist();
    }

    @Test
    void aLetterIsNeverWrittenOverTheStoreOrAnotherStore() throws Exception {
        // The store named as a letter could be: a careless --out that repeats the --db.
        Path store = dir.resolve("letters.pdf");
        CliRun add = CliRun.on(store, "visit", "add", "--province", "Gia Lai", "--partner", "Ashikaga", "--date",
                "10/01/2026", "--leader", "Hayakawa Naohide", "--host", "Nguyễn Văn An", "--json");
        assertThat(add.code()).as(add.err()).isZero();
        String visit = add.json().get("id").asText();
        assertThat(CliRun.on(store, "visit", "done", visit, "--outcome", "Hai bên nhất trí.").code()).isZero();
        String before = sha256(store);
        Path other = dir.resolve("colleague.docx");
        assertThat(CliRun.on(other, "provinces").code()).isZero();
        String otherBefore = sha256(other);
        Path readOnly = Files.writeString(dir.resolve("signed.docx"), "signed");
        readOnly.toFile().setWritable(false);
        Path folder = Files.createDirectory(dir.resolve("letters.docx"));

        for (Path out : List.of(store, dir.resolve("letters.pdf-wal"), other, folder, readOnly,
                dir.resolve("no/such/folder/letter.pdf"))) {
            CliRun letter = CliRun.on(store, "letter", "--visit", visit, "--out", out.toString());
            assertThat(letter.code()).as("letter --out " + out).isEqualTo(1);
            assertThat(letter.err().strip().lines()).as(out.toString()).singleElement().asString()
                    .startsWith("error: Cannot write");
        }
        assertThat(sha256(store)).isEqualTo(before);
        assertThat(sha256(other)).isEqualTo(otherBefore);
        assertThat(dir.resolve("no")).doesNotExist();
        assertThat(CliRun.on(store, "letter", "--visit", visit, "--out", dir.resolve("ok.docx").toString()).code())
                .isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("ok.docx");
        }
    }

    @Test
    void aRefusedExportLeavesTheStoreAsItWas() throws Exception {
        // fc9: an export gives the store its identity (for the versions in the file) only once the target is known good.
        Path other = dir.resolve("colleague.json");
        assertThat(CliRun.on(other, "provinces").code()).isZero();
        Path readOnly = Files.writeString(dir.resolve("kept.json"), "kept");
        readOnly.toFile().setWritable(false, false);
        Path folder = Files.createDirectory(dir.resolve("exports"));
        String before = sha256(db);
        for (Path out : List.of(folder, readOnly, dir.resolve("no/such/folder/x.json"), other)) {
            CliRun export = run("export", "--out", out.toString());
            assertThat(export.code()).as("export --out " + out).isEqualTo(1);
            assertThat(export.err().strip().lines()).as(out.toString()).singleElement().asString()
                    .startsWith("error: Cannot write");
            assertThat(sha256(db)).as("the store after export --out " + out).isEqualTo(before);
        }
        assertThat(run("export", "--out", dir.resolve("ok.json").toString()).code()).isZero();
    }

    @Test
    void aTravelCopyInAFolderThatDoesNotExistIsRefusedInWords() throws Exception {
        String before = sha256(db);
        CliRun take = run("travel", "take", "--out", dir.resolve("no/such/folder/copy.db").toString());
        assertThat(take.code()).isEqualTo(1);
        assertThat(take.err().strip().lines()).singleElement().asString()
                .contains("does not exist").doesNotContain("Exception");
        assertThat(dir.resolve("no")).doesNotExist();
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void aTravelCopyAtAFolderOrAReadOnlyFileSaysWhyItIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("copies"));
        CliRun atFolder = run("travel", "take", "--out", folder.toString());
        assertThat(atFolder.code()).isEqualTo(1);
        assertThat(atFolder.err().strip().lines()).singleElement().asString().contains("is a folder")
                .doesNotContain("the file exists");
        Path readOnly = Files.writeString(dir.resolve("old-copy.db"), "kept");
        readOnly.toFile().setWritable(false, false);
        CliRun atReadOnly = run("travel", "take", "--out", readOnly.toString());
        assertThat(atReadOnly.code()).isEqualTo(1);
        assertThat(atReadOnly.err().strip().lines()).singleElement().asString().contains("read-only")
                .contains("never written over");
        assertThat(Files.readString(readOnly)).isEqualTo("kept");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}

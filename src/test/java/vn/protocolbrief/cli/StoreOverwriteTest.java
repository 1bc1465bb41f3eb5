package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Issue 23, findings 1, 5 and 8: an output never lands on the store, never follows a planted link, stays private. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions and links")
class StoreOverwriteTest {
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
    void anOutputThatIsTheStoreOrReachesItIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path symlink = Files.createSymbolicLink(dir.resolve("link.pdf"), db.getFileName());
        Path hardLink = Files.createLink(dir.resolve("hard.json"), db);
        Path walLink = Files.createSymbolicLink(dir.resolve("wal.json"), Path.of("s.db-wal"));
        Path viaFolder = Files.createSymbolicLink(dir.resolve("alias"), dir).resolve("s.db");
        String before = sha256(db);
        for (Path out : List.of(db, symlink, hardLink, walLink, viaFolder, dir.resolve("s.db-shm"),
                dir.resolve("s.db.backup-v3-20260101"))) {
            CliRun export = run("export", "--out", out.toString());
            assertThat(export.code()).as("export --out " + out).isEqualTo(1);
            assertThat(export.err().strip().lines()).as(out.toString()).singleElement().asString()
                    .contains("it is the store s.db");
            CliRun brief = run("brief", "--province", "Phú Thọ", "--partner", "Embassy of Japan", "--out", out.toString());
            assertThat(brief.code()).as("brief --out " + out).isEqualTo(1);
            assertThat(brief.err()).contains("it is the store s.db").doesNotContain("Unexpected");
        }
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(symlink)).isTrue();
        assertThat(run("provinces", "--json").code()).isZero();
    }

    @Test
    void aLinkPlantedAtTheOutputIsReplacedAndTheFileItNamesIsUntouched() throws Exception {
        Path victim = Files.writeString(dir.resolve("someone-elses.txt"), "theirs");
        Path planted = Files.createSymbolicLink(dir.resolve("export.json"), victim);
        assertThat(run("export", "--out", planted.toString()).code()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("theirs");
        assertThat(Files.isSymbolicLink(planted)).isFalse();
        assertThat(Files.readString(planted)).startsWith("{");
    }

    @Test
    void newFilesHoldingRecordsAreOwnerOnlyAndAnExistingFileKeepsItsPermissions() throws Exception {
        Path fresh = dir.resolve("new-folder").resolve("fresh.db");
        assertThat(CliRun.on(fresh, "provinces").code()).isZero();
        assertThat(mode(fresh)).isEqualTo("rw-------");
        assertThat(mode(fresh.getParent())).isEqualTo("rwx------");
        Path export = dir.resolve("e.json");
        assertThat(run("export", "--out", export.toString()).code()).isZero();
        assertThat(mode(export)).isEqualTo("rw-------");
        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(run("export", "--out", export.toString()).code()).isZero();
        assertThat(mode(export)).isEqualTo("rw-r-----");
        Path pack = dir.resolve("p.pdf");
        assertThat(run("brief", "--province", "Phú Thọ", "--partner", "Embassy of Japan", "--out", pack.toString())
                .code()).isZero();
        assertThat(mode(pack)).isEqualTo("rw-------");
    }

    @Test
    void aTemporaryFileLeftByAKilledExportIsRemovedByTheNextWriteThere() throws Exception {
        // What a kill -9 mid-export leaves: an unlocked temporary file of ours beside the target.
        Path left = Files.writeString(dir.resolve(".export-0123456789abcdef.pbtmp"), "{\"format\": 1, \"partn");
        assertThat(run("export", "--out", dir.resolve("again.json").toString()).code()).isZero();
        assertThat(left).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pbtmp") || n.endsWith(".tmp"));
        }
    }

    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}

package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;

/** Issue 23, finding 7: a full disk, an overlong search, a missing reference and a repeated key, said in words. */
class MessagesInWordsTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void store() {
        db = dir.resolve("s.db");
        assertThat(CliRun.on(db, "provinces").code()).isZero();
    }

    @Test
    void aFullDiskIsSaidAsSuch() {
        try (Store store = Store.open(db)) {
            // SQLite's own page limit gives the same SQLITE_FULL a full disk does.
            assertThatThrownBy(() -> store.write(h -> {
                long pages = h.createQuery("PRAGMA page_count").mapTo(Long.class).one();
                h.execute("PRAGMA max_page_count = " + pages);
                h.execute("CREATE TABLE filler(x)");
                h.execute("INSERT INTO filler VALUES (randomblob(1000000))");
                return null;
            })).isInstanceOf(StoreException.class).hasMessageStartingWith("The disk holding the store")
                    .hasMessageContaining("is full").hasMessageNotContaining("SQLITE_");
        }
    }

    @Test
    void aSearchOfAThousandCjkWordsGetsOneLineWithoutSql() {
        CliRun r = CliRun.on(db, "search", "東京 大阪 ".repeat(500));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString().contains("at most").doesNotContain("SELECT")
                .doesNotContain("search_index");
    }

    @Test
    void aMissingReferenceInAnArchiveIsNamedWithItsField() throws Exception {
        Path export = dir.resolve("e.json");
        assertThat(CliRun.on(db, "export", "--out", export.toString()).code()).isZero();
        String json = Files.readString(export, StandardCharsets.UTF_8);
        int source = json.indexOf("\"sourceId\" : \"", json.indexOf("\"positions\""));
        int start = source + "\"sourceId\" : \"".length();
        String broken = json.substring(0, start) + "src-nowhere" + json.substring(json.indexOf('"', start));
        Files.writeString(export, broken, StandardCharsets.UTF_8);
        CliRun r = CliRun.on(dir.resolve("fresh.db"), "import-json", export.toString());
        assertThat(r.code()).isEqualTo(1);
        // Named before anything is written (the archive's references are checked first): the record, the position
        // and the source it names.
        assertThat(r.err().strip().lines()).singleElement().asString().contains("'src-nowhere'")
                .contains("be-thanh-tinh").contains("position").contains("source").doesNotContain("SQLITE_");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAndNamed() throws Exception {
        Path export = dir.resolve("e.json");
        assertThat(CliRun.on(db, "export", "--out", export.toString()).code()).isZero();
        String json = Files.readString(export, StandardCharsets.UTF_8);
        Files.writeString(export, json.replaceFirst("\"familyName\" : ", "\"familyName\" : \"Khác\", \"familyName\" : "),
                StandardCharsets.UTF_8);
        CliRun r = CliRun.on(dir.resolve("fresh.db"), "import-json", export.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString().contains("'familyName'").contains("twice");
    }
}

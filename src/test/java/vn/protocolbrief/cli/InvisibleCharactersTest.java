package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Text;

/**
 * Issue 23, finding 9: bidirectional controls and zero-width characters are dropped on the way in (articles,
 * archives, forms all pass through Text) and folded away in search.
 */
class InvisibleCharactersTest {
    static final String INVISIBLE = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"
            + "\u200B\u200C\u200D\u2060\uFEFF";
    @TempDir
    Path dir;

    @Test
    void textDropsEveryBidiControlAndZeroWidthCharacter() {
        for (char c : INVISIBLE.toCharArray()) {
            assertThat(Text.clean("Sa" + c + "to")).as("U+%04X", (int) c).isEqualTo("Sato");
            assertThat(Text.key("Sa" + c + "to")).isEqualTo("sato");
        }
        assertThat(Text.nfc("\u202Eotas\u202C Kenji")).isEqualTo("otas Kenji");
    }

    @Test
    void anArchivesNamesLoseTheirControlsAndAreFoundBySearch() throws Exception {
        Path db = dir.resolve("a.db");
        Path export = dir.resolve("e.json");
        assertThat(CliRun.on(db, "export", "--out", export.toString()).code()).isZero();
        String json = Files.readString(export, StandardCharsets.UTF_8);
        assertThat(json).contains("\"Đặng\"");
        Files.writeString(export, json.replace("\"Đặng\"", "\"\\u202EĐặ\\u200Bng\\u2066\""), StandardCharsets.UTF_8);
        Path other = dir.resolve("b.db");
        assertThat(CliRun.on(other, "provinces").code()).isZero();
        CliRun imported = CliRun.on(other, "import-json", export.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        CliRun found = CliRun.on(other, "search", "dang xuan phong");
        assertThat(found.out()).contains("Đặng Xuân Phong");
        for (char c : INVISIBLE.toCharArray()) {
            assertThat(found.out()).doesNotContain(String.valueOf(c));
        }
    }

    @Test
    void anArticlesControlsNeverReachTheDraftOrTheTerminal() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Chiều 5/3/2025, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức"
                + " Trung tiếp ông \u202ETanaka\u202C Ta\u200Bro, Thị trưởng thành phố Nagoya (Nhật Bản) sang thăm và"
                + " làm việc.", StandardCharsets.UTF_8);
        CliRun r = CliRun.on(dir.resolve("c.db"), "import", article.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("TANAKA Taro");
        for (char c : INVISIBLE.toCharArray()) {
            assertThat(r.out()).doesNotContain(String.valueOf(c));
        }
        assertThat(Output.visible(Text.nfc("a\u202Eb"))).isEqualTo("ab");
    }
}

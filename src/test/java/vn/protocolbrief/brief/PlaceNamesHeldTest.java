package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;

/**
 * Issue 19 (line breaks the readers saw): "TP. Hồ Chí / Minh" in a pack's title, "Japan– / Vietnam" in a post. A
 * city's whole name after its abbreviated unit, and the two countries joined by a dash, are held on one line, in the
 * PDF (a span that does not wrap) and in Word (no-break spaces, a word joiner after the dash).
 */
class PlaceNamesHeldTest {
    @TempDir
    Path dir;

    @Test
    void aCitysWholeNameAndTheTwoCountriesJoinedByADashAreHeld() throws Exception {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            Unbreakable u = new Unbreakable(Packs.service(store).assemble(new BriefRequest("phu-tho",
                    "embassy-of-japan", null, null, "vi", null, List.of("brief"), null, false)));
            assertThat(u.text("Tổng Lãnh sự quán tại TP. Hồ Chí Minh")).endsWith("TP.\u00A0Hồ\u00A0Chí\u00A0Minh");
            String xhtml = u.xhtml("<html><body><p>Cố vấn Liên minh Japan–Viet Nam và Việt Nam – Nhật Bản, đến TP. Hồ"
                    + " Chí Minh</p></body></html>");
            // Each held in one span of its own: a span inside another is an edge the renderer may break at (rd18).
            assertThat(xhtml).contains("<span class=\"nw\">Japan–Viet\u00A0Nam</span>")
                    .contains("<span class=\"nw\">Việt\u00A0Nam\u00A0–\u00A0Nhật\u00A0Bản,</span>")
                    .contains("<span class=\"nw\">TP.\u00A0Hồ\u00A0Chí\u00A0Minh</span>")
                    .doesNotContain("<span class=\"nw\"><span");
            assertThat(u.word("Special Adviser to the Japan–Viet Nam Alliance")).contains("Japan–\u2060Viet");
        }
    }
}

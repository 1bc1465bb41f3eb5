package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.service.EnglishRenderingService;

/**
 * Issue 19: an agreement's parties and fields, a key figure's label, value and unit, a gift's item and a locality
 * link's note each take an English rendering of their own, kept in the store (V020), carried by export and
 * import-json unchanged, and refused when the record has no such text.
 */
class EnglishRenderingKindsTest {
    @TempDir
    Path dir;

    /** One record of each new kind in the demo store, with a rendering this test writes. */
    static final Map<String, String> RECORDS = Map.of(
            "parties", "ag-2025-10-27-gia-lai-ashikaga",
            "fields", "ag-2025-10-27-gia-lai-ashikaga",
            "figure", "kf-quang-ninh-jp-capital",
            "figure_value", "kf-quang-ninh-jp-capital",
            "figure_unit", "kf-quang-ninh-jp-capital",
            "gift", "g-phu-tho-1",
            "link", "ll-quang-ninh-hokkaido");

    private static String json(Archive a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveJson.write(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachNewKindIsKeptExportedAndImportedUnchanged() throws Exception {
        String exported;
        List<EnglishRendering> kept;
        try (Store a = EnglishRenderingTest.plain(Store.open(dir.resolve("a.db")))) {
            EnglishRenderingService english = new EnglishRenderingService(a);
            RECORDS.forEach((kind, id) -> english.set(kind, id, 0, "English " + kind + " of " + id));
            kept = new ArchiveService(a).export().englishRenderings();
            exported = json(new ArchiveService(a).export());
            assertThat(english.get("gift", "g-phu-tho-1", 0)).map(EnglishRendering::text)
                    .contains("English gift of g-phu-tho-1");
        }
        assertThat(kept).extracting(EnglishRendering::kind).containsExactlyInAnyOrderElementsOf(RECORDS.keySet());
        try (Store b = EnglishRenderingTest.plain(Store.open(dir.resolve("b.db")))) {
            new ArchiveService(b).importArchive(ArchiveJson.read(new ByteArrayInputStream(
                    exported.getBytes(StandardCharsets.UTF_8)), "a.json"));
            assertThat(new ArchiveService(b).export().englishRenderings()).containsExactlyElementsOf(kept);
            assertThat(ExportRecords.of(json(new ArchiveService(b).export()))).isEqualTo(ExportRecords.of(exported));
        }
    }

    @Test
    void aFigureIsPrintedWithTheEnglishOfItsValueAndUnitTogether() {
        try (Store s = EnglishRenderingTest.plain(Store.open(dir.resolve("c.db")))) {
            EnglishRenderingService english = new EnglishRenderingService(s);
            english.set("figure_value", "kf-quang-ninh-jp-capital", 0, "over 2.3");
            english.set("figure_unit", "kf-quang-ninh-jp-capital", 0, "billion USD");
            Map<String, String> byOriginal = s.reads(Reads::englishByOriginal);
            assertThat(byOriginal).containsEntry(EnglishRendering.key("trên 2,3 tỷ USD"), "over 2.3 billion USD")
                    .containsEntry(EnglishRendering.key("tỷ USD"), "billion USD");
        }
    }
}

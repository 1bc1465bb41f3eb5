package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.brief.Packs.Pack;
import vn.protocolbrief.ingest.ArticleText;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.store.Store;

/**
 * Issue 19, pk11 (rd11): a partner whose row the importer made from an article nobody reviewed was named on the cover
 * without the ◇ mark, even with --reviewed-only. Its name is marked like every unreviewed fact, in the PDF and the
 * Word file; with --reviewed-only what only the unreviewed meeting says is left out, and the partner is still named,
 * marked.
 */
class ImportedPartnerMarkedTest {
    static final String ARTICLE = """
            Chủ tịch UBND tỉnh Quảng Trị tiếp Đoàn công tác thành phố Kasama (Nhật Bản)

            Ngày 14/11/2026, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Quảng Trị Lê Đức Tiến đã tiếp Đoàn công tác \
            thành phố Kasama (Nhật Bản) do ông Yamaguchi Nobuyuki, Thị trưởng thành phố Kasama làm trưởng đoàn.

            Chủ tịch UBND tỉnh đề nghị thành phố Kasama hỗ trợ đào tạo nguồn nhân lực ngành gốm sứ cho tỉnh.
            """;

    @TempDir
    Path dir;

    @Test
    void thePartnerOfAnUnreviewedImportIsMarkedAndStillNamedWithReviewedOnly() throws Exception {
        try (Store store = Store.open(dir.resolve("imported.db"))) {
            ImportService importer = new ImportService(store);
            var saved = importer.save(importer.draft(new ArticleText("a.txt", "text", ARTICLE, null, null, null)), false);
            assertThat(saved.meetingId()).as(saved.message()).contains("jp-");
            String partner = saved.meetingId().substring(saved.meetingId().indexOf("jp-"));
            BriefService service = Packs.service(store);
            for (boolean reviewedOnly : new boolean[] {false, true}) {
                BriefRequest request = new BriefRequest("quang-tri", partner, null, LocalDate.of(2026, 12, 3), "vi",
                        null).withReviewedOnly(reviewedOnly);
                Pack p = Packs.build(service, request, dir, "kasama-" + reviewedOnly);
                String pdf = p.pdfText().replaceAll("\\s+", " ");
                assertThat(pdf).containsPattern("Đoàn (?:công tác )?[Tt]hành phố Kasama ◇");
                assertThat(p.docx().getParagraphs().stream().map(x -> x.getText().replace('\u00A0', ' '))
                        .filter(t -> t.contains("Kasama")).findFirst().orElseThrow()).endsWith("Kasama ◇");
                assertThat(pdf).contains("◇ chưa được kiểm tra:");
                assertThat(pdf.contains("gốm sứ")).as("the unreviewed meeting's request").isEqualTo(!reviewedOnly);
            }
        }
    }
}

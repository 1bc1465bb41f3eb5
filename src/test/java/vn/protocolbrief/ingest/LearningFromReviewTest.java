package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.LearnedWord;
import vn.protocolbrief.store.ArchiveJson;
import vn.protocolbrief.store.ArchiveService;
import vn.protocolbrief.store.ImportRecords;
import vn.protocolbrief.store.Store;

/**
 * Article A names a partner the importer cannot place, a title it does not know and a name it orders wrongly;
 * the officer corrects the three in review; article B, written the same way, is then read right — also in a
 * store that received the vocabulary through export and import-json.
 */
class LearningFromReviewTest {
    @TempDir
    Path dir;

    // Two given-leaning words written given name first: without a capital word the importer keeps the order as
    // written (family "Takumi"), which the officer corrects once.
    static final String ARTICLE_A = """
            Chiều 3/4/2025, Phó Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn Phong tiếp đoàn Quỹ Học bổng Hoa Anh Đào \
            do ông Takumi Izumi, Chủ nhiệm dự án làm trưởng đoàn, đến làm việc về chương trình học bổng.

            Phó Chủ tịch UBND tỉnh đề nghị Quỹ tiếp tục trao học bổng cho sinh viên nghèo của tỉnh.
            """;
    static final String ARTICLE_B = """
            Sáng 10/9/2025, Chủ tịch UBND tỉnh Thái Nguyên Phạm Hoàng Sơn tiếp Chủ nhiệm dự án Takumi Izumi \
            cùng đoàn Quỹ Học bổng Hoa Anh Đào sang thăm và làm việc tại tỉnh.

            Chủ tịch UBND tỉnh mong muốn Quỹ hỗ trợ tỉnh đào tạo điều dưỡng viên.
            """;

    private static Draft read(ImportService service, String text, String name) {
        return service.draft(new ArticleReader().read(text.getBytes(StandardCharsets.UTF_8), name));
    }

    @Test
    void correctionsInReviewAreReadRightInTheNextArticle() throws Exception {
        try (Store store = Store.open(dir.resolve("office.db"), false)) {
            ImportService service = new ImportService(store);
            Draft proposed = read(service, ARTICLE_A, "a.txt");
            // What the importer cannot know on its own.
            assertThat(proposed.partner()).isNull();
            assertThat(proposed.leader().familyName()).isEqualTo("Takumi");
            assertThat(proposed.leader().title()).isNull();

            Draft reviewed = corrected(proposed);
            ImportService.Saved saved = service.save(reviewed, proposed, false);
            assertThat(saved.status()).isEqualTo("saved");
            assertThat(saved.learned()).extracting(LearnedWord::kind).containsExactlyInAnyOrder(
                    LearnedWord.Kind.PARTNER_NAME, LearnedWord.Kind.NAME_PART, LearnedWord.Kind.NAME_PART,
                    LearnedWord.Kind.TITLE);
            String partnerId = store.read(h -> h.createQuery("SELECT partner_id FROM meeting").mapTo(String.class).one());

            Draft next = read(new ImportService(store), ARTICLE_B, "b.txt");
            assertThat(next.partner().id()).isEqualTo(partnerId);
            assertThat(next.leader().familyName()).isEqualTo("Izumi");
            assertThat(next.leader().name()).isEqualTo("IZUMI Takumi");
            assertThat(next.leader().title()).startsWith("Chủ nhiệm dự án");

            // The vocabulary travels with the office's export.
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ArchiveJson.write(new ArchiveService(store).export(), out);
            Archive archive = ArchiveJson.read(new ByteArrayInputStream(out.toByteArray()), "export.json");
            assertThat(archive.vocabulary()).hasSize(4);
            try (Store other = Store.open(dir.resolve("other.db"), false)) {
                new ArchiveService(other).importArchive(archive);
                assertThat(new ImportRecords(other).vocabulary()).hasSize(4);
                Draft there = read(new ImportService(other), ARTICLE_B, "b.txt");
                assertThat(there.partner().id()).isEqualTo(partnerId);
                assertThat(there.leader().name()).isEqualTo("IZUMI Takumi");
            }
        }
    }

    @Test
    void anUncorrectedDraftTeachesNothing() {
        try (Store store = Store.open(dir.resolve("plain.db"), false)) {
            ImportService service = new ImportService(store);
            Draft d = read(service, ARTICLE_B.replace("Quỹ Học bổng Hoa Anh Đào", "thành phố Sakai (Nhật Bản)"), "c.txt");
            ImportService.Saved saved = service.save(d, d, false);
            assertThat(saved.learned()).isEmpty();
            assertThat(new ImportRecords(store).vocabulary()).isEmpty();
        }
    }

    /** What the officer types in review: the partner, the leader's name in the right order, the title. */
    private static Draft corrected(Draft d) {
        Draft.PartnerRef partner = new Draft.PartnerRef(null, "Quỹ Học bổng Hoa Anh Đào", "Sakura Scholarship Fund",
                "agency", null, "Quỹ Học bổng Hoa Anh Đào");
        Draft.PersonRef leader = new Draft.PersonRef("IZUMI Takumi", "Izumi", "Takumi", "jp",
                "Chủ nhiệm dự án Quỹ Học bổng Hoa Anh Đào", d.leader().evidence());
        return new Draft(d.date(), d.datePrecision(), d.province(), d.provinceAsWritten(), d.venue(), partner, leader,
                List.of(), d.hosts(), d.requests(), d.agreements(), d.earlierAgreements(), d.aidProjects(), d.gifts(), d.keyFigures(),
                d.localities(), d.warnings(), d.evidence(), d.confidence(), d.source(), d.commitments(), d.thanks());
    }
}

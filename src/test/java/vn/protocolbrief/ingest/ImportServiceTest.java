package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.protocolbrief.ingest.ArticleFixtures.CAO_BANG;
import static vn.protocolbrief.ingest.ArticleFixtures.GIA_LAI;
import static vn.protocolbrief.ingest.ArticleFixtures.PHU_THO;
import static vn.protocolbrief.ingest.ArticleFixtures.QUANG_NINH;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.store.ArchiveJson;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.store.Store;

/** Every form an article arrives in, bad input, and saving without duplicates. */
class ImportServiceTest {
    @TempDir
    Path dir;
    Store store;
    ImportService service;
    final ArticleReader reader = new ArticleReader();

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("bare.db"), false);
        service = new ImportService(store);
    }

    private Draft draft(byte[] bytes, String name) {
        return service.draft(reader.read(bytes, name));
    }

    /** The draft without what legitimately differs between forms of one article (its text and name). */
    private static ObjectNode essence(Draft d) {
        ObjectNode n = new ObjectMapper().valueToTree(d);
        n.remove("source");
        return n;
    }

    @Test
    void decomposedTextGivesTheSameDraft() {
        String nfc = ArticleFixtures.text(PHU_THO);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        Draft a = draft(nfc.getBytes(StandardCharsets.UTF_8), "a.txt");
        Draft b = draft(nfd.getBytes(StandardCharsets.UTF_8), "b.txt");
        assertThat(essence(b)).isEqualTo(essence(a));
        assertThat(b.hosts().get(0).name()).isEqualTo("Trần Duy Đông");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] text = ArticleFixtures.text(CAO_BANG).getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        assertThat(essence(draft(bom, "bom.txt"))).isEqualTo(essence(draft(text, "plain.txt")));
    }

    @Test
    void aSavedHtmlPageGivesTheStoryWithoutThePage() {
        String story = ArticleFixtures.text(GIA_LAI).replaceFirst("^\\s*date \\S+\\s*", "");
        String page = ArticleFixtures.html("Gia Lai – Ashikaga hợp tác đào tạo nhân lực", story);
        ArticleText article = reader.read(page.getBytes(StandardCharsets.UTF_8), "page.html");
        assertThat(article.format()).isEqualTo("html");
        assertThat(article.text()).doesNotContain("Quảng cáo", "Trang chủ", "Thái Bình", "color:red");
        assertThat(article.url()).isEqualTo("https://baogialai.example/tin-tuc/ashikaga.html");
        Draft d = service.draft(article);
        assertThat(d.source().published()).isEqualTo("2025-10-27");
        assertThat(d.source().title()).isEqualTo("Gia Lai – Ashikaga hợp tác đào tạo nhân lực");
        assertThat(d.date()).isEqualTo("2025-10-27");
        assertThat(d.province().id()).isEqualTo("gia-lai");
        assertThat(d.leader().name()).isEqualTo("HAYAKAWA Naohide");
        assertThat(d.agreements()).hasSize(1);
        assertThat(d.earlierAgreements()).hasSize(1);
    }

    @Test
    void aWordDocumentGivesTheSameFacts() {
        Draft fromDocx = draft(ArticleFixtures.docx(ArticleFixtures.text(CAO_BANG)), "bao-cao.docx");
        assertThat(fromDocx.source().format()).isEqualTo("docx");
        assertThat(essence(fromDocx)).isEqualTo(essence(draft(ArticleFixtures.text(CAO_BANG)
                .getBytes(StandardCharsets.UTF_8), "bao-cao.txt")));
    }

    @Test
    void emptyBinaryHugeAndOffTopicInputIsRefusedInOneLineAndSavesNothing() throws IOException {
        assertThatThrownBy(() -> draft("  \n\n ".getBytes(StandardCharsets.UTF_8), "empty.txt"))
                .isInstanceOf(ImportException.class).hasMessage("empty.txt is empty. Nothing was imported.");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        assertThatThrownBy(() -> draft(binary, "scan.txt")).isInstanceOf(ImportException.class)
                .hasMessageContaining("not a text article");
        assertThatThrownBy(() -> draft(new byte[]{(byte) 0xC3, (byte) 0x28, 'a'}, "latin.txt"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not UTF-8");
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(20L * 1024 * 1024);
        }
        assertThatThrownBy(() -> reader.read(huge)).isInstanceOf(ImportException.class)
                .hasMessage("huge.txt is 20 MB; an article is at most 5 MB. Nothing was imported.");
        String offTopic = "Kinh tế Bình Dương đạt nhiều tích cực trước thềm công bố Quy hoạch. Trong số 36 chỉ tiêu chủ"
                + " yếu, đến nay đã có 15 chỉ tiêu đạt và vượt kế hoạch năm.";
        assertThatThrownBy(() -> draft(offTopic.getBytes(StandardCharsets.UTF_8), "binh-duong.txt"))
                .isInstanceOf(ImportException.class).hasMessageContaining("no meeting with a Japanese partner found");
        assertThatThrownBy(() -> draft(ArticleFixtures.docx("").length > 0 ? new byte[]{'P', 'K', 3, 4, 0} : null,
                "broken.docx")).isInstanceOf(ImportException.class).hasMessageContaining(".docx");
        assertThat(count()).isZero();
    }

    @Test
    void savingStoresTheMeetingWithItsSourceAndNeverTwice() {
        byte[] bytes = ArticleFixtures.text(GIA_LAI).getBytes(StandardCharsets.UTF_8);
        ImportService.Saved saved = service.save(draft(bytes, "gia-lai.txt"), false);
        assertThat(saved.status()).isEqualTo("saved");
        List<Meeting> history = new HistoryService(store).meetings("gia-lai", null);
        assertThat(history).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(saved.meetingId());
            assertThat(m.date().iso()).isEqualTo("2025-10-27");
            assertThat(m.partnerId()).isEqualTo("jp-thanh-pho-ashikaga");
            assertThat(m.requests()).hasSize(2);
            assertThat(m.sourceIds()).hasSize(1);
        });
        String fullText = store.read(h -> h.createQuery("SELECT full_text FROM source").mapTo(String.class).one());
        assertThat(fullText).contains("Naohide Hayakawa");
        Integer agreements = store.read(h -> h.createQuery("SELECT count(*) FROM agreement").mapTo(Integer.class).one());
        assertThat(agreements).isEqualTo(2);
        // The same article again changes nothing.
        ImportService.Saved again = new ImportService(store).save(draft(bytes, "gia-lai-copy.txt"), false);
        assertThat(again.status()).isEqualTo("duplicate");
        assertThat(count()).isEqualTo(1);
        // Another article about the same meeting is offered as a merge, and merges on request.
        String other = ArticleFixtures.html("Gia Lai và Ashikaga", ArticleFixtures.text(GIA_LAI)
                .replaceFirst("^\\s*date \\S+\\s*", "") + "\n\nBài: Phóng viên thường trú.");
        ImportService fresh = new ImportService(store);
        Draft second = fresh.draft(reader.read(other.getBytes(StandardCharsets.UTF_8), "other.html"));
        assertThat(fresh.save(second, false).status()).isEqualTo("merge_offered");
        assertThat(count()).isEqualTo(1);
        assertThat(fresh.save(second, true).status()).isEqualTo("merged");
        assertThat(count()).isEqualTo(1);
        Meeting merged = new HistoryService(store).meetings("gia-lai", null).get(0);
        assertThat(merged.sourceIds()).hasSize(2);
        assertThat(merged.requests()).hasSize(2);
    }

    @Test
    void draftsSerialiseWithTheFieldsTheCommandLinePromises() throws IOException {
        Draft d = draft(ArticleFixtures.text(QUANG_NINH).getBytes(StandardCharsets.UTF_8), "qn.txt");
        var json = ArchiveJson.mapper().readTree(ArchiveJson.mapper().writeValueAsString(d));
        for (String field : List.of("date", "datePrecision", "province", "provinceAsWritten", "venue", "partner", "leader",
                "hosts", "requests", "agreements", "aidProjects", "gifts", "keyFigures", "warnings", "evidence")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("province").get("name").asText()).isEqualTo("Quảng Ninh");
        assertThat(json.get("evidence").get("leader").asText()).contains("Suzuki Naomichi");
        assertThat(json.get("agreements").get(0).get("evidence").asText()).contains("ký kết");
    }

    private int count() {
        return store.read(h -> h.createQuery("SELECT count(*) FROM meeting").mapTo(Integer.class).one());
    }
}

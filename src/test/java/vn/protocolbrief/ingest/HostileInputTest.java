package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, findings 1, 2, 3, 6 and 14 for articles: inputs that hung the importer, exhausted memory, or reached
 * the store in a form its export could not carry back. Generous timeouts on inputs whose cost shows the
 * complexity (a quadratic reader takes minutes on them, a linear one milliseconds).
 */
class HostileInputTest extends BareStoreTest {
    final ArticleReader reader = new ArticleReader();

    private static byte[] page(String head, String repeated, int times) {
        return (head + repeated.repeat(times)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unclosedMarkupIsReadInLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (byte[] html : new byte[][]{
                    page("<html><body><p>Chiều 5/3 tiếp đoàn.</p><script>", "var a = 1; ", 150_000),
                    page("<html><body><p>x</p><!--", "abc ", 250_000),
                    page("<html><head>", "<meta name=\"x\">", 100_000),
                    page("<html><body>", "<", 150_000)}) {
                try {
                    service.draft(reader.read(html, "page.html"));
                } catch (ImportException refused) {
                    assertThat(refused.getMessage()).doesNotContain("\n");
                }
            }
        });
    }

    @Test
    void aStreamWithoutEndStopsAtTheLimit() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> reader.read(zeros, "stdin"))
                .isInstanceOf(ImportException.class).hasMessage("stdin is more than 5 MB; an article is at most 5 MB."
                        + " Nothing was imported."));
    }

    @Test
    void aSmallDocxThatInflatesHugelyIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertThat((long) out.size()).isLessThan(ArticleReader.MAX_BYTES);
        assertThatThrownBy(() -> reader.read(out.toByteArray(), "bom.docx")).isInstanceOf(ImportException.class)
                .hasMessageContaining("bom.docx is a .docx whose text unpacks to more than 20 MB");
    }

    @Test
    void aHugeNumberInAnArticleIsNoAmount() {
        String article = "Chiều 5/3/2025, Phó Chủ tịch UBND tỉnh Nghệ An Lê Văn Hải tiếp ông Tanaka Taro, Thị trưởng"
                + " thành phố Nagoya (Nhật Bản). Dịp này, Chính phủ Nhật Bản phê duyệt dự án viện trợ không hoàn lại"
                + " trị giá " + "9".repeat(1200) + " USD cho tỉnh.";
        Draft d = service.draft(reader.read(article.getBytes(StandardCharsets.UTF_8), "so-lon.txt"));
        assertThat(d.aidProjects()).allSatisfy(a -> assertThat(a.amount()).isNull());
    }

    @Test
    void anImpossibleDateIsNoDateAndNoError() {
        String article = "Ngày 31/02/2025, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung tiếp ông Tanaka Taro, Thị"
                + " trưởng thành phố Nagoya (Nhật Bản) sang thăm và làm việc.";
        Draft d = service.draft(reader.read(article.getBytes(StandardCharsets.UTF_8), "31-02.txt"));
        assertThat(d.date()).isNull();
        String html = "<html><body><p>Ng&#x110000;ày 5/3/2025, Chủ tịch UBND tỉnh Nghệ An tiếp ông Tanaka Taro, Thị"
                + " trưởng thành phố Nagoya (Nhật Bản) &#xD800; &#99999999999;.</p></body></html>";
        assertThat(service.draft(reader.read(html.getBytes(StandardCharsets.UTF_8), "entity.html")).partner().name())
                .isEqualTo("Thành phố Nagoya");
    }

    @Test
    void utf16TextIsReadAndControlCharactersAreDropped() {
        String article = "Chiều 5/3/2025, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung tiếp ông Tanaka Taro \u001B[2J,"
                + " Thị trưởng thành phố Nagoya (Nhật Bản) sang thăm.";
        for (var charset : new java.nio.charset.Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16}) {
            ArticleText text = reader.read(article.getBytes(charset), "utf16.txt");
            assertThat(text.text()).contains("Nguyễn Đức Trung").doesNotContain("\u001B");
            assertThat(service.draft(text).province().id()).isEqualTo("nghe-an");
        }
    }
}

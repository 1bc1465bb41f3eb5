package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, done when: the loop on the demo store. A visit, its pack, "visit done" with two requests, a commitment
 * due in 30 days and a gift; then the meeting holds the visit's delegation, "due" lists the commitment, the next
 * pack's history opens with what changed since, and the letter names the head of delegation and the agreed points.
 */
class VisitLoopTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.on(dir.resolve("demo.db"), args);
    }

    @Test
    void visitThenWhatHappenedThenWhatIsDueThenTheLetterThenTheNextPack() throws Exception {
        String visit = run("visit", "add", "--province", "Gia Lai", "--partner", "Ashikaga", "--date",
                LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), "--leader", "Hayakawa Naohide",
                "--member", "Tanaka Jiro=Trưởng phòng Giao lưu quốc tế", "--host", "Nguyễn Tuấn Thanh",
                "--programme", "09:00 Hội đàm", "--office", "Sở Ngoại vụ", "--json").json().get("id").asText();
        assertThat(run("brief", "--visit", visit, "--out", dir.resolve("pack.pdf").toString()).code()).isZero();

        String due = LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        CliRun done = run("visit", "done", visit, "--request", "VN:Hỗ trợ đào tạo điều dưỡng",
                "--request", "JP:Giới thiệu sinh viên thực tập", "--commitment",
                "JP:Cử đoàn doanh nghiệp khảo sát vùng trồng cà phê:" + due, "--gift", "VN:Tượng gỗ", "--agreement",
                "Biên bản ghi nhớ về đào tạo nhân lực");
        assertThat(done.code()).as(done.err()).isZero();
        String meeting = done.out().strip();

        var history = run("meetings", "--province", "Gia Lai", "--partner", "Ashikaga", "--json").json();
        assertThat(history.get(0).get("id").asText()).isEqualTo(meeting);
        assertThat(history.get(0).get("leader").get("personId").asText()).isEqualTo("hayakawa-naohide");
        assertThat(history.get(0).get("delegation").toString()).contains("TANAKA Jiro");
        assertThat(history.get(0).get("requests").asInt()).isEqualTo(2);

        var owed = run("due", "--within", "60", "--json").json();
        assertThat(owed).singleElement().satisfies(d -> {
            assertThat(d.get("text").asText()).isEqualTo("Cử đoàn doanh nghiệp khảo sát vùng trồng cà phê");
            assertThat(d.get("side").asText()).isEqualTo("jp");
            assertThat(d.get("overdue").asBoolean()).isFalse();
        });

        String next = run("visit", "add", "--province", "Gia Lai", "--partner", "Ashikaga", "--host",
                "Nguyễn Tuấn Thanh", "--json").json()
                .get("id").asText();
        Path xhtml = dir.resolve("next.xhtml");
        assertThat(run("brief", "--visit", next, "--out", dir.resolve("next.pdf").toString(), "--xhtml",
                xhtml.toString()).code()).isZero();
        String pack = Files.readString(xhtml, StandardCharsets.UTF_8);
        int since = pack.indexOf("Từ lần làm việc gần nhất");
        assertThat(since).isPositive();
        // What was promised and signed at that meeting is its outcome, not a change since it (sp9): said in the
        // pack, but not under "since".
        String read = pack.replaceAll("<[^>]+>", "").replace('\u00A0', ' ');
        assertThat(read).containsIgnoringCase("cử đoàn doanh nghiệp khảo sát vùng trồng cà phê")
                .contains("Biên bản ghi nhớ về đào tạo nhân lực");
        // The changes open the history: before its first meeting.
        assertThat(since).isLessThan(pack.indexOf("class=\"meeting\""));

        Path docx = dir.resolve("thu-cam-on.docx");
        Path pdf = dir.resolve("thu-cam-on.pdf");
        assertThat(run("letter", "--visit", visit, "--out", docx.toString()).code()).isZero();
        assertThat(run("letter", "--visit", visit, "--out", pdf.toString()).code()).isZero();
        for (String text : new String[]{docxText(docx), pdfText(pdf)}) {
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Kính gửi: Ngài HAYAKAWA Naohide, Thị trưởng thành phố Ashikaga",
                    "Ký kết Biên bản ghi nhớ về đào tạo nhân lực",
                    "Cử đoàn doanh nghiệp khảo sát vùng trồng cà phê", "Số: …/…", "Nơi nhận:");
            // Only what was recorded: the requests were asks, not agreements.
            assertThat(flat).doesNotContain("điều dưỡng");
        }
        Path english = dir.resolve("letter-en.pdf");
        assertThat(run("letter", "--visit", visit, "--lang", "en", "--out", english.toString()).code()).isZero();
        assertThat(pdfText(english).replaceAll("\\s+", " ")).contains("Dear Mayor HAYAKAWA,",
                "To: HAYAKAWA Naohide, Mayor of Ashikaga", "Biên bản ghi nhớ về đào tạo nhân lực");
    }

    static String docxText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    static String pdfText(Path file) throws Exception {
        try (var d = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}

package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewed or not, from the command line: a bulk import is unreviewed until someone marks it, --reviewed only for a
 * person who read it, the pack marks what comes from an unreviewed meeting (or leaves it out), and the state travels
 * in an export.
 */
class ReviewedRecordsCliTest {
    static final String BULK = vn.protocolbrief.store.ReviewArticles.BULK;
    static final String READ = vn.protocolbrief.store.ReviewArticles.READ;
    static final String BULK_MEETING = "m-2026-11-14-quang-tri-pref-shizuoka";
    static final String READ_MEETING = "m-2026-05-20-quang-tri-pref-shizuoka";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void articles() throws IOException {
        db = dir.resolve("review.db");
        Files.writeString(dir.resolve("bulk.txt"), BULK);
        Files.writeString(dir.resolve("read.txt"), READ);
    }

    CliRun run(String... args) {
        return CliRun.on(db, args);
    }

    private void importBoth() throws Exception {
        CliRun bulk = run("import", dir.resolve("bulk.txt").toString(), "--save", "--json");
        assertThat(bulk.json().get("meetingId").asText()).isEqualTo(BULK_MEETING);
        assertThat(bulk.json().get("reviewed").asBoolean()).isFalse();
        CliRun read = run("import", dir.resolve("read.txt").toString(), "--save", "--reviewed", "--as", "Nguyễn Thị An",
                "--json");
        assertThat(read.json().get("meetingId").asText()).isEqualTo(READ_MEETING);
    }

    @Test
    void aBulkImportIsUnreviewedUntilSomeoneMarksIt() throws Exception {
        importBoth();
        CliRun list = run("review", "list", "--province", "Quang Tri", "--json");
        assertThat(list.code()).isZero();
        // The demo meetings were curated by hand; the article read before saving is reviewed.
        assertThat(list.json()).singleElement().satisfies(m ->
                assertThat(m.get("meetingId").asText()).isEqualTo(BULK_MEETING));
        assertThat(run("review", "list").out()).startsWith("1 meeting not reviewed:");
        assertThat(reviewer(READ_MEETING)).isEqualTo("Nguyễn Thị An");

        CliRun mark = run("review", "mark", BULK_MEETING, "--as", "Trần Văn Bình");
        assertThat(mark.code()).isZero();
        assertThat(mark.out()).startsWith("Meeting " + BULK_MEETING + " reviewed by Trần Văn Bình at ");
        assertThat(run("review", "list", "--json").json()).isEmpty();
        assertThat(run("review", "mark", "m-none").err()).contains("No meeting with id m-none");
    }

    @Test
    void reviewedGoesOnlyWithSave() {
        CliRun r = run("import", dir.resolve("read.txt").toString(), "--reviewed");
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("--reviewed goes with --save");
        assertThat(run("import", "--help").out().replaceAll("\\s+", " ")).contains("Only if you have read each draft");
    }

    @Test
    void thePackMarksWhatNobodyReviewedAndCanLeaveItOut() throws Exception {
        importBoth();
        String marked = pack("marked.pdf");
        String unreviewedRequest = "ngành điều dưỡng cho tỉnh.";
        String reviewedRequest = "đào tạo kỹ sư nông nghiệp.";
        assertThat(lineAfter(marked, unreviewedRequest)).contains("◇");
        assertThat(lineAfter(marked, reviewedRequest)).doesNotContain("◇");
        assertThat(marked).contains("◇ chưa được kiểm tra: dữ kiện lấy từ bài báo được nhập tự động");

        String only = pack("reviewed-only.pdf", "--reviewed-only");
        assertThat(only).doesNotContain(unreviewedRequest).doesNotContain("◇").contains(reviewedRequest);

        run("review", "mark", BULK_MEETING);
        String afterReview = pack("after.pdf");
        assertThat(afterReview).doesNotContain("◇").contains(unreviewedRequest);
    }

    @Test
    void theWordPackMarksWhatNobodyReviewedAsThePdfDoes() throws Exception {
        importBoth();
        Path out = dir.resolve("marked.docx");
        CliRun r = run("brief", "--province", "Quảng Trị", "--partner", "Shizuoka", "--format", "docx", "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String word;
        try (var in = Files.newInputStream(out); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            word = x.getText().replaceAll("\\s+", " ");
        }
        assertThat(lineAfter(word, "ngành điều dưỡng cho tỉnh.")).contains("◇");
        assertThat(lineAfter(word, "đào tạo kỹ sư nông nghiệp.")).doesNotContain("◇");
        assertThat(word).contains("◇ chưa được kiểm tra: dữ kiện lấy từ bài báo được nhập tự động");
    }

    @Test
    void theEnglishPackSaysItInEnglish() throws Exception {
        importBoth();
        assertThat(pack("en.pdf", "--lang", "en")).contains("◇ not yet reviewed: the fact comes from an article");
    }

    @Test
    void anExportCarriesTheReviewsAndImportJsonPutsThemBack() throws Exception {
        importBoth();
        Path export = dir.resolve("export.json");
        assertThat(run("export", "--out", export.toString()).code()).isZero();
        Path other = dir.resolve("other.db");
        assertThat(CliRun.on(other, "import-json", export.toString()).code()).isZero();
        assertThat(CliRun.on(other, "review", "list", "--json").json()).singleElement().satisfies(m ->
                assertThat(m.get("meetingId").asText()).isEqualTo(BULK_MEETING));
        Path again = dir.resolve("again.json");
        CliRun.on(other, "export", "--out", again.toString());
        assertThat(vn.protocolbrief.store.ExportRecords.of(Files.readString(again)))
                .isEqualTo(vn.protocolbrief.store.ExportRecords.of(Files.readString(export)));

        // A file that says a meeting is unreviewed makes it so: the file is what the store then holds.
        run("review", "mark", BULK_MEETING);
        assertThat(run("import-json", export.toString()).code()).isZero();
        assertThat(run("review", "list", "--json").json()).hasSize(1);
        // The import is undone as one change of the archive, said in words (no id, no "1 records").
        assertThat(run("undo").out().strip())
                .matches("Undone: edit of archive \\(import-json of (1 record|(?!1 )\\d+ records)\\)");
    }

    /** Who reviewed a meeting, as an export says. */
    private String reviewer(String meetingId) throws Exception {
        Path out = dir.resolve("check.json");
        run("export", "--out", out.toString());
        for (var r : new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile()).get("reviews")) {
            if (r.get("meetingId").asText().equals(meetingId)) {
                return r.get("reviewedBy").asText();
            }
        }
        return null;
    }

    private String pack(String name, String... options) throws IOException {
        Path out = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("brief", "--province", "Quảng Trị",
                "--partner", "Shizuoka", "--out", out.toString()));
        args.addAll(java.util.List.of(options));
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** What follows a record's text up to its citation: where its mark is printed. */
    private static String lineAfter(String text, String recordText) {
        int at = text.indexOf(recordText);
        assertThat(at).as("the pack prints " + recordText).isNotNegative();
        int cite = text.indexOf('[', at);
        return text.substring(at, cite);
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;

/** benchmark-import --corpus scores as the judging script does: fields, negatives, categories, both file forms. */
class CorpusScoreTest {
    @TempDir
    Path dir;

    private void article(String name, String as) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ingest/phrasings/" + name)) {
            // The corpus form: a source line and a title line, which the score leaves out as the script does.
            String text = "source: https://example.vn/" + as + "\ntitle: ignored\n\n"
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("articles").resolve(as), text);
        }
    }

    @Test
    void scoresEveryFieldAsTheJudgingScriptDoes() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        article("02_consul_da_nang.txt", "a.txt");
        article("04_governor_caps_family.txt", "b.txt");
        article("24_neg_festival_notice.txt", "c.txt");
        Files.writeString(dir.resolve("expected.tsv"), String.join("\n",
                "file\tprovince_2025\tprovince_as_written\tpartner\tpartner_kind\tleader_family_name\t"
                        + "leader_title_as_written\tdate\trequest_categories\tagreement\taid\tgifts\tnotes",
                // Right on every field but one category too many is expected (ocop_trade missing is a miss).
                "a.txt\tQuảng Ngãi\tQuảng Ngãi\tConsulate-General of Japan in Da Nang\tconsulate\tyakabe\t\t2024-03-08\t"
                        + "ocop_trade,investment\tn\t\t\t",
                // A wrong date on purpose: the score must see it.
                "b.txt\tNinh Bình\tNinh Bình\tTottori Prefecture\tprefecture\thirai\t\t2025-12-03\ttraining_hr\ty\t\t\t",
                "c.txt\tNEG\t\t\t\t\t\t\t\t\t\t\t") + "\n");
        try (Store store = Store.open(dir.resolve("s.db"), false)) {
            CorpusScore.Result r = new CorpusScore(new ImportService(store)).score(dir);
            assertThat(r.lines()).hasSize(3);
            assertThat(r.fields().get("province")).containsExactly(2, 2);
            assertThat(r.fields().get("partner")).containsExactly(2, 2);
            assertThat(r.fields().get("leader")).containsExactly(2, 2);
            assertThat(r.fields().get("date")).containsExactly(1, 2);
            assertThat(r.fields().get("negative")).containsExactly(1, 1);
            assertThat(r.key()).containsExactly(8, 9);
            assertThat(r.keyAccuracy()).isEqualTo(8.0 / 9);
            assertThat(r.categoryTp()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void readsTheOlderHeldOutForm() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        article("01_embassy_ngai_given_first.txt", "x.txt");
        Files.writeString(dir.resolve("expected.tsv"), "# file\tprovince_2025\tpartner_keys\tleader_family_name\tdate\n"
                + "x.txt\tQuảng Trị\tdai su|embassy\tyamada\t2025-03-14\n");
        try (Store store = Store.open(dir.resolve("s.db"), false)) {
            CorpusScore.Result r = new CorpusScore(new ImportService(store)).score(dir);
            assertThat(r.key()).containsExactly(4, 4);
            assertThat(r.fields().get("agreement")[1]).isZero();
        }
    }

    @Test
    void scoresWhatWasSaidAndKeepsTheHeldBackThirdApart() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        String text = "source: https://example.vn/x\ntitle: t\n\n"
                + "Ngày 8/4/2025, Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam tiếp ông Mori Taro, Thống đốc tỉnh Tottori (Nhật Bản).\n"
                + "Chủ tịch UBND tỉnh Hoàng Nam đề nghị tỉnh Tottori hỗ trợ đào tạo điều dưỡng viên cho bệnh viện tỉnh.\n"
                + "Thống đốc Mori Taro cho biết tỉnh Tottori sẽ cử đoàn doanh nghiệp sang khảo sát môi trường đầu tư.\n";
        Files.writeString(dir.resolve("articles").resolve("01_a.txt"), text);
        Files.writeString(dir.resolve("articles").resolve("03_b.txt"), text);
        String row = "\tQuảng Trị\tQuảng Trị\tTottori Prefecture\tprefecture\tmori\t\t2025-04-08\t\tn\t\t\t";
        Files.writeString(dir.resolve("expected.tsv"), "file\tprovince_2025\tprovince_as_written\tpartner\tpartner_kind\t"
                + "leader_family_name\tleader_title_as_written\tdate\trequest_categories\tagreement\taid\tgifts\tnotes\n"
                + "01_a.txt" + row + "\n03_b.txt" + row + "\n");
        Files.writeString(dir.resolve("statements.tsv"), "file\tkind\tby\tto\tgist\tcategory\n"
                + "01_a.txt\trequest\tVN\tJP\tđào tạo điều dưỡng viên\ttraining_hr\n"
                + "01_a.txt\tcommitment\tJP\t\tcử đoàn doanh nghiệp sang khảo sát\t\n"
                + "03_b.txt\trequest\tJP\tVN\tđào tạo điều dưỡng viên\ttraining_hr\n");
        assertThat(CorpusScore.heldBack("03_b.txt")).isTrue();
        assertThat(CorpusScore.heldBack("01_a.txt")).isFalse();
        try (Store store = Store.open(dir.resolve("s.db"), false)) {
            CorpusScore score = new CorpusScore(new ImportService(store));
            MeaningScore.Counts tuning = score.score(dir, f -> !CorpusScore.heldBack(f)).meaning();
            assertThat(tuning.requestsFound).isEqualTo(1);
            assertThat(tuning.requestsRight).isEqualTo(tuning.requestsDrafted);
            assertThat(tuning.misfiled).isZero();
            // The same text annotated the other way round: the drafted direction is wrong there.
            MeaningScore.Counts held = score.score(dir, CorpusScore::heldBack).meaning();
            assertThat(held.requestsWanted).isEqualTo(1);
            assertThat(held.requestsFound).isZero();
        }
    }
}

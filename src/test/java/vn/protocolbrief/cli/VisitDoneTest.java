package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: "visit done" turns a visit into its meeting once; bad input is one line and writes nothing. */
class VisitDoneTest {
    @TempDir
    Path dir;
    Path db;
    String visit;

    @BeforeEach
    void aVisit() throws Exception {
        db = dir.resolve("scratch.db");
        visit = run("visit", "add", "--province", "Gia Lai", "--partner", "Ashikaga", "--date", "10/01/2026",
                "--venue", "Trụ sở UBND tỉnh", "--leader", "Hayakawa Naohide", "--member", "Suzuki Ken=Trưởng phòng",
                "--host", "Nguyễn Tuấn Thanh", "--programme", "09:30 Hội đàm", "--json").json().get("id").asText();
    }

    CliRun run(String... args) {
        return CliRun.on(db, args);
    }

    int meetings() throws Exception {
        return run("meetings", "--province", "Gia Lai", "--json").json().size();
    }

    @Test
    void badInputIsOneLineAndWritesNothing() throws Exception {
        int before = meetings();
        for (String[] bad : new String[][]{
                {"--request", "mở đường bay"}, {"--request", "KR:mở đường bay"}, {"--gift", "VN:"},
                {"--commitment", "JP:cử chuyên gia:31/02/2026"}, {"--commitment", "JP:cử chuyên gia:31/12/26"}}) {
            String[] args = new String[bad.length + 3];
            args[0] = "visit";
            args[1] = "done";
            args[2] = visit;
            System.arraycopy(bad, 0, args, 3, bad.length);
            CliRun r = run(args);
            assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(Cli.FAILED);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
        assertThat(meetings()).isEqualTo(before);
        assertThat(run("due", "--province", "Gia Lai", "--json").json().toString()).doesNotContain("chuyên gia");
    }

    @Test
    void theVisitBecomesItsMeetingOnceAndItsCommitmentIsDue() throws Exception {
        String due = LocalDate.now().plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        CliRun done = run("visit", "done", visit, "--request", "VN:Hỗ trợ đào tạo nghề", "--request",
                "JP:Giới thiệu doanh nghiệp", "--commitment", "JP:Cử đoàn doanh nghiệp sang khảo sát:" + due, "--commitment", "VN:Gửi danh mục sản phẩm",
                "--gift", "VN:Tranh gỗ", "--agreement", "Biên bản ghi nhớ hợp tác giáo dục", "--outcome", "Thống nhất");
        assertThat(done.code()).as(done.err()).isZero();
        String meeting = done.out().strip();
        var m = run("meetings", "--province", "Gia Lai", "--partner", "Ashikaga", "--json").json().get(0);
        assertThat(m.get("id").asText()).isEqualTo(meeting);
        assertThat(m.toString()).contains("hayakawa-naohide", "SUZUKI Ken", "nguyen-tuan-thanh", "Hội đàm", "Thống nhất");
        assertThat(run("visit", "show", visit).out()).contains("meeting:     " + meeting);

        CliRun again = run("visit", "done", visit, "--outcome", "x");
        assertThat(again.code()).isEqualTo(Cli.FAILED);
        assertThat(again.err()).contains("already recorded as meeting " + meeting);

        var soon = run("due", "--within", "30", "--province", "Gia Lai", "--json").json();
        assertThat(soon).hasSize(1);
        assertThat(soon.get(0).get("text").asText()).isEqualTo("Cử đoàn doanh nghiệp sang khảo sát");
        assertThat(run("due", "--within", "10", "--province", "Gia Lai", "--json").json()).isEmpty();
        String id = soon.get(0).get("id").asText();
        CliRun followed = run("follow-up", "--commitment", id, "--status", "done", "--note", "Đoàn đã sang",
                "--date", "05/02/2026");
        assertThat(followed.out()).contains("is now done (05/02/2026)");
        assertThat(run("due", "--within", "30", "--province", "Gia Lai", "--json").json()).isEmpty();
        // Without a window, the undated commitment and the open requests follow.
        assertThat(run("due", "--province", "Gia Lai", "--partner", "Ashikaga").out())
                .contains("no due date", "Gửi danh mục sản phẩm", "Hỗ trợ đào tạo nghề");
    }

    @Test
    void typedRequestsAreFiledByTheirWordsAndMayCarryADueDay() throws Exception {
        String day = LocalDate.now().plusDays(15).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        CliRun done = run("visit", "done", visit, "--request", "VN:Hỗ trợ đào tạo nguồn nhân lực:" + day,
                "--request", "JP:Tạo điều kiện cho doanh nghiệp đầu tư");
        assertThat(done.code()).as(done.err()).isZero();
        var requests = run("requests", "--province", "Gia Lai", "--partner", "Ashikaga", "--json").json();
        assertThat(requests.get(0).get("text").asText()).isEqualTo("Hỗ trợ đào tạo nguồn nhân lực");
        assertThat(requests.get(0).get("categories").toString()).contains("training_hr");
        assertThat(requests.get(1).get("categories").toString()).contains("investment");
        assertThat(requests.get(0).get("due").asText()).isEqualTo(LocalDate.now().plusDays(15).toString());

        var soon = run("due", "--within", "20", "--province", "Gia Lai", "--json").json();
        assertThat(soon).hasSize(1);
        assertThat(soon.get(0).get("kind").asText()).isEqualTo("request");
        assertThat(soon.get(0).get("side").asText()).isEqualTo("jp");

        String other = requests.get(1).get("id").asText();
        String later = LocalDate.now().plusDays(40).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        CliRun set = run("follow-up", "--request", other, "--due", later);
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(run("due", "--within", "45", "--province", "Gia Lai", "--json").json()).hasSize(2);
        assertThat(run("follow-up", "--request", other, "--due", "2027").code()).isEqualTo(Cli.FAILED);
        assertThat(run("undo").code()).isZero();
        assertThat(run("due", "--within", "45", "--province", "Gia Lai", "--json").json()).hasSize(1);
    }

    @Test
    void undoingVisitDoneTakesBackEverythingItWrote() throws Exception {
        String sources = run("export", "--out", dir.resolve("before.json").toString()).out();
        String before = java.nio.file.Files.readString(dir.resolve("before.json"));
        CliRun done = run("visit", "done", visit, "--agreement", "Biên bản thử hoàn tác", "--gift", "VN:Tranh gỗ",
                "--request", "VN:Hỗ trợ đào tạo", "--outcome", "Thống nhất");
        assertThat(done.code()).as(done.err()).isZero();
        String meeting = done.out().strip();
        CliRun undo = run("undo");
        assertThat(undo.code()).as(undo.err()).isZero();
        run("export", "--out", dir.resolve("after.json").toString());
        String after = java.nio.file.Files.readString(dir.resolve("after.json"));
        assertThat(after).doesNotContain(meeting, "Biên bản thử hoàn tác", "SUZUKI", "suzuki-ken");
        // The same records (each record's version in the store moved: done, then undone).
        assertThat(stripTime(vn.protocolbrief.store.ExportRecords.of(after)))
                .isEqualTo(stripTime(vn.protocolbrief.store.ExportRecords.of(before)));
        assertThat(sources).isNotNull();
    }

    private static String stripTime(String exported) {
        return exported.replaceAll("\"exported_?[aA]t\"\\s*:\\s*\"[^\"]*\"", "");
    }
}

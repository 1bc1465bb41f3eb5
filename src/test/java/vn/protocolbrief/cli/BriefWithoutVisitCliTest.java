package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A pack made without a saved visit is still one a leader signs as printed (issue 19, sp10): what the officer must
 * know goes to stderr, never into the pack; our hosts are named with --host under the same check as 'visit add', and
 * without them our side is left out rather than printed as dotted blanks; the purpose says what the records support.
 */
class BriefWithoutVisitCliTest extends OnScratchStore {
    @Test
    void withoutAVisitTheNotesGoToTheOfficerAndThePackHasNoBlanks() throws Exception {
        Path xhtml = dir.resolve("gl.xhtml");
        CliRun brief = run("brief", "--province", "Gia Lai", "--partner", "Ashikaga", "--out",
                dir.resolve("gl.pdf").toString(), "--xhtml", xhtml.toString());
        assertThat(brief.code()).as(brief.err()).isZero();
        assertThat(brief.err()).contains("No visit plan is saved", "Our side is left out of the delegations",
                "--host");
        String pack = text(xhtml);
        assertThat(pack).doesNotContain("Chưa có kế hoạch đón tiếp", "Trưởng đoàn: …", "Thời gian: …")
                // no side named: no delegations table of dotted rows
                .doesNotContain("Thành phần hai bên")
                // the purpose is stated from the records: the cooperation to take forward, what is open
                .contains("Chuyến thăm nhằm tiếp tục thúc đẩy hợp tác giữa hai bên");
        // The cover keeps its lines for who prepared and who approved (filled in by hand); the brief has no blanks.
        assertThat(pack.substring(pack.indexOf("1. Mục đích"))).doesNotContain("………");
    }

    @Test
    void aHostIsNamedWithHostAndOneFromAnotherProvinceIsRefusedWithTheReason() throws Exception {
        Path out = dir.resolve("other.pdf");
        CliRun refused = run("brief", "--province", "Gia Lai", "--partner", "Ashikaga", "--host", "Nguyễn Xuân Ký",
                "--out", out.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().lines()).singleElement().asString()
                .contains("Nguyễn Xuân Ký holds a post in Quảng Ninh", "not in Gia Lai");
        assertThat(out).doesNotExist();

        Path xhtml = dir.resolve("host.xhtml");
        CliRun ok = run("brief", "--province", "Gia Lai", "--partner", "Ashikaga", "--leader", "Hayakawa Naohide",
                "--host", "Nguyễn Tuấn Thanh", "--date", "03/12/2026", "--out", dir.resolve("host.pdf").toString(),
                "--xhtml", xhtml.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.err()).doesNotContain("left out of the delegations");
        assertThat(text(xhtml)).contains("Phía tỉnh Gia Lai").contains("Nguyễn Tuấn Thanh");
    }

    @Test
    void aVisitDayAlreadyPastIsSaidToTheOfficer() throws Exception {
        CliRun past = run("brief", "--province", "Gia Lai", "--partner", "Ashikaga", "--date", "05/01/2020",
                "--out", dir.resolve("past.pdf").toString());
        assertThat(past.code()).as(past.err()).isZero();
        assertThat(past.err()).contains("is already past");
    }

    /** The pack's words without markup (names are held on one line by spans). */
    private static String text(Path xhtml) throws java.io.IOException {
        return Files.readString(xhtml).replaceAll("<[^>]+>", "").replace('\u00A0', ' ');
    }
}

package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the officer gives a visit's venue, purpose, issuing office and programme items in English; the English
 * pack prints them before any phrase, they travel in an export, and a job title typed as approver is a post.
 */
class VisitOwnEnglishTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.on(dir.resolve("demo.db"), args);
    }

    @Test
    void theOfficersEnglishIsKeptPrintedAndCarried() throws Exception {
        CliRun added = run("visit", "add", "--province", "Gia Lai", "--partner", "Ashikaga", "--date", "2026-12-20", "--host", "Nguyễn Tuấn Thanh",
                "--venue", "Nhà văn hóa phố núi", "--venue-en", "Mountain Town Cultural House",
                "--purpose", "Bàn chuyện cà phê", "--purpose-en", "Coffee talks",
                "--office", "Tổ lễ tân đặc biệt", "--office-en", "Special Protocol Team",
                "--programme", "09:00 Đón khách ở ga", "--programme", "10:00 Hội kiến",
                "--programme-en", "9h00=Welcome at the station", "--approved-by", "Giám đốc Sở Ngoại vụ",
                "--json");
        assertThat(added.err()).isEmpty();
        String visit = added.json().get("id").asText();
        Path xhtml = dir.resolve("pack.xhtml");
        assertThat(run("brief", "--visit", visit, "--lang", "en", "--out", dir.resolve("pack.pdf").toString(),
                "--xhtml", xhtml.toString()).code()).isZero();
        String pack = Files.readString(xhtml, StandardCharsets.UTF_8);
        assertThat(pack).contains("Mountain Town Cultural House", "Coffee talks", "Special Protocol Team",
                "Welcome at the station", "Courtesy meeting", "Director of the Department of Foreign Affairs");
        assertThat(pack).doesNotContain("Nhà văn hóa phố núi", "Đón khách ở ga", "Giam doc");

        // A programme item the visit does not have is refused before anything is saved.
        CliRun wrong = run("visit", "edit", visit, "--programme-en", "3=Lunch");
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("no item 3");

        assertThat(run("english", "--kind", "visit_programme", "--id", visit, "--note", "1").out())
                .contains("EN: Welcome at the station");
        Path archive = dir.resolve("all.json");
        assertThat(run("export", "--out", archive.toString()).code()).isZero();
        Path copy = dir.resolve("copy.db");
        assertThat(CliRun.on(copy, "import-json", archive.toString()).code()).isZero();
        assertThat(CliRun.on(copy, "english", "--kind", "visit_venue", "--id", visit).out())
                .contains("EN: Mountain Town Cultural House");
    }

    /** On the office's PostgreSQL store (V021's twin) the English of a programme item is kept and shown alike. */
    @Test
    void theOfficeStoreKeepsAVisitsEnglishToo() throws Exception {
        String office = vn.protocolbrief.store.EmbeddedOffice.server().freshDatabase("VisitOwnEnglishTest");
        CliRun added = CliRun.on(office, "visit", "add", "--province", "Gia Lai", "--partner", "Ashikaga",
                "--host", "Nguyễn Tuấn Thanh", "--programme", "14:00 Đón khách ở ga", "--office", "Tổ lễ tân",
                "--office-en", "Protocol Team", "--programme-en", "1=Welcome at the station", "--json");
        assertThat(added.err()).isEmpty();
        String visit = added.json().get("id").asText();
        assertThat(CliRun.on(office, "english", "--kind", "visit_programme", "--id", visit, "--note", "1").out())
                .contains("EN: Welcome at the station");
        assertThat(CliRun.on(office, "english", "--kind", "visit_office", "--id", visit, "--remove").code()).isZero();
        assertThat(CliRun.on(office, "english", "--kind", "visit_office", "--id", visit).out())
                .contains("no English rendering");
    }
}

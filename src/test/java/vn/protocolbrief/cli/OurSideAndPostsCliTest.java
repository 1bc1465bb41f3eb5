package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Checks before printing, from the command line (issue 19): every participant of our side must hold a post in the
 * province, not only the chair; posts from old records are named before the pack is written.
 */
class OurSideAndPostsCliTest extends OnScratchStore {
    @Test
    void aParticipantOfOurSideWhoHoldsAPostOnlyInAnotherProvinceIsRefusedWithTheReason() throws Exception {
        CliRun add = run("visit", "add", "--province", "Phú Thọ", "--partner", "Đại sứ quán Nhật Bản", "--date",
                "03/12/2026", "--leader", "Ito Naoki", "--host", "Trần Duy Đông", "--host", "Nguyễn Xuân Ký");
        assertThat(add.code()).isEqualTo(1);
        assertThat(add.err().lines()).singleElement().asString()
                .contains("Nguyễn Xuân Ký holds a post in Quảng Ninh", "not in Phú Thọ");
        assertThat(run("visit", "list").out()).contains("No visits recorded.");

        CliRun ok = run("visit", "add", "--province", "Phú Thọ", "--partner", "Đại sứ quán Nhật Bản", "--date",
                "03/12/2026", "--leader", "Ito Naoki", "--host", "Trần Duy Đông", "--json");
        assertThat(ok.code()).as(ok.err()).isZero();
        String id = ok.json().get("id").asText();
        CliRun edit = run("visit", "edit", id, "--host", "Trần Duy Đông", "--host", "Nguyễn Xuân Ký");
        assertThat(edit.code()).isEqualTo(1);
        assertThat(edit.err()).contains("Nguyễn Xuân Ký holds a post in Quảng Ninh");
        assertThat(run("visit", "show", id, "--json").json().get("hosts")).hasSize(1);
    }

    @Test
    void aHostWhosePostIsOfACentralBodyOrOnlyATownsIsRefusedByItsLevelInOneLine() throws Exception {
        CliRun central = run("visit", "add", "--province", "Phú Thọ", "--partner", "Đại sứ quán Nhật Bản", "--date",
                "03/12/2026", "--leader", "Ito Naoki", "--host", "Trần Duy Đông",
                "--host", "Lê Văn Tâm=Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương");
        assertThat(central.code()).isEqualTo(1);
        assertThat(central.err().lines()).singleElement().asString()
                .contains("Lê Văn Tâm holds a post of a central body", "not a post in Phú Thọ");

        CliRun townChairs = run("visit", "add", "--province", "Phú Thọ", "--partner", "Đại sứ quán Nhật Bản",
                "--date", "03/12/2026", "--leader", "Ito Naoki",
                "--host", "Hà Văn Sơn=Bí thư Thị ủy, Chủ tịch HĐND thị xã Tân Lập", "--host", "Trần Duy Đông");
        assertThat(townChairs.code()).isEqualTo(1);
        assertThat(townChairs.err().lines()).singleElement().asString()
                .contains("Hà Văn Sơn holds a post of a town, district or commune", "not of Phú Thọ itself");
        assertThat(run("visit", "list").out()).contains("No visits recorded.");

        CliRun townJoins = run("visit", "add", "--province", "Phú Thọ", "--partner", "Đại sứ quán Nhật Bản",
                "--date", "03/12/2026", "--leader", "Ito Naoki", "--host", "Trần Duy Đông",
                "--host", "Hà Văn Sơn=Bí thư Thị ủy, Chủ tịch HĐND thị xã Tân Lập");
        assertThat(townJoins.code()).as(townJoins.err()).isZero();
    }

    @Test
    void aTownsOfficialAfterTheChairIsTakenWithANoteSayingThePackPrintsThemAsAParticipant() throws Exception {
        // ADR 0028: a town's official holds a post in the province and may join; only the chair must be the province's.
        CliRun townJoins = run("visit", "add", "--province", "Phú Thọ", "--partner", "Đại sứ quán Nhật Bản",
                "--date", "03/12/2026", "--leader", "Ito Naoki", "--host", "Trần Duy Đông",
                "--host", "Hà Văn Sơn=Bí thư Thị ủy, Chủ tịch HĐND thị xã Tân Lập");
        assertThat(townJoins.code()).as(townJoins.err()).isZero();
        assertThat(townJoins.out().lines().filter(l -> l.startsWith("Note:"))).singleElement().asString()
                .contains("Hà Văn Sơn holds a post of a town, district or commune", "(Bí thư Thị ủy, Chủ tịch HĐND thị xã",
                        "a participant with that post, never as Phú Thọ's leadership");
        CliRun provincial = run("visit", "add", "--province", "Phú Thọ", "--partner", "Đại sứ quán Nhật Bản",
                "--date", "04/12/2026", "--leader", "Ito Naoki", "--host", "Trần Duy Đông",
                "--host", "Lê Thị Hoa=Giám đốc Sở Ngoại vụ");
        assertThat(provincial.code()).as(provincial.err()).isZero();
        assertThat(provincial.out()).doesNotContain("Note:");
    }

    @Test
    void briefNamesThePostsItPrintsAsOfAnOldRecordInOneLineAndInJson() throws Exception {
        Path pdf = dir.resolve("qn.pdf");
        CliRun brief = run("brief", "--province", "Quảng Ninh", "--partner", "Hokkaido", "--date", "03/12/2026",
                "--lang", "en", "--out", pdf.toString(), "--json");
        assertThat(brief.code()).as(brief.err()).isZero();
        // One line for the posts (another may tell the officer how to complete a cited source).
        assertThat(brief.err().lines().filter(l -> l.startsWith("Posts shown"))).singleElement().asString()
                .startsWith("Posts shown as of their record's date").contains("SUZUKI Naomichi", "(11/2023)");
        assertThat(brief.json().get("postsAsOf").get(0).get("person").asText()).isEqualTo("SUZUKI Naomichi");
        assertThat(brief.json().get("postsAsOf").get(0).get("asOf").asText()).isEqualTo("2023-11");

        CliRun soon = run("brief", "--province", "Quảng Ninh", "--partner", "Hokkaido", "--date", "03/06/2024",
                "--out", dir.resolve("soon.pdf").toString(), "--json");
        assertThat(soon.err()).doesNotContain("Posts shown as of");
        assertThat(soon.json().get("postsAsOf")).isEmpty();
    }
}

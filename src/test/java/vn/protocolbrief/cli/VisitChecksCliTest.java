package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The visit's people from the command line (issue 19): someone of ours must receive the guests, and a person named
 * by the family name alone is found when only one bears it, refused with the candidates when several do.
 */
class VisitChecksCliTest extends OnScratchStore {
    @Test
    void aVisitWithoutAHostOfOursIsRefusedInOneLineAndNothingIsSaved() throws Exception {
        CliRun add = run("visit", "add", "--province", "Gia Lai", "--partner", "Ashikaga", "--leader",
                "Hayakawa Naohide");
        assertThat(add.code()).isEqualTo(1);
        assertThat(add.err().lines()).singleElement().asString().contains("needs a host of our side", "--host");
        assertThat(run("visit", "list").out()).contains("No visits recorded.");

        CliRun ok = run("visit", "add", "--province", "Gia Lai", "--partner", "Ashikaga", "--leader",
                "Hayakawa Naohide", "--host", "Nguyễn Tuấn Thanh", "--json");
        assertThat(ok.code()).as(ok.err()).isZero();
        String id = ok.json().get("id").asText();
        CliRun edit = run("visit", "edit", id, "--host", "");
        assertThat(edit.code()).isEqualTo(1);
        assertThat(edit.err().lines()).singleElement().asString().contains("needs a host of our side");
        assertThat(run("visit", "show", id, "--json").json().get("hosts")).hasSize(1);
    }

    @Test
    void aFamilyNameOnePersonBearsFindsThatPersonAndOneSeveralBearIsRefusedWithTheirNames() throws Exception {
        CliRun add = run("visit", "add", "--province", "Gia Lai", "--partner", "Ashikaga", "--leader", "Hayakawa",
                "--host", "Nguyễn Tuấn Thanh", "--json");
        assertThat(add.code()).as(add.err()).isZero();
        String id = add.json().get("id").asText();
        var shown = run("visit", "show", id, "--json").json();
        assertThat(shown.get("leader").toString()).contains("hayakawa-naohide");

        CliRun two = run("visit", "edit", id, "--host", "Nguyễn");
        assertThat(two.code()).isEqualTo(1);
        assertThat(two.err().lines()).singleElement().asString()
                .contains("'Nguyễn' names more than one person", "Nguyễn Tuấn Thanh", "Nguyễn Xuân Ký");
        assertThat(run("visit", "show", id, "--json").json().get("hosts").toString()).contains("nguyen-tuan-thanh");
    }
}

package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The command line end to end on a scratch store, as a script would call it. */
class CliTest extends OnScratchStore {
    @Test
    void provincesListsThe34UnitsWithTheirPredecessors() throws Exception {
        CliRun r = run("provinces", "--json");
        assertThat(r.code()).isZero();
        JsonNode json = r.json();
        assertThat(json).hasSize(34);
        JsonNode phuTho = null;
        for (JsonNode p : json) {
            if (p.get("id").asText().equals("phu-tho")) {
                phuTho = p;
            }
        }
        assertThat(phuTho.get("predecessors")).extracting(JsonNode::asText)
                .containsExactly("Phú Thọ", "Vĩnh Phúc", "Hòa Bình");
        assertThat(Normalizer.isNormalized(r.out(), Normalizer.Form.NFC)).isTrue();
        assertThat(run("provinces").out()).contains("34 units, 63 predecessors");
    }

    @Test
    void resolveNamesTheNewUnitOrThePartner() throws Exception {
        CliRun r = run("resolve", "tỉnh", "Bình", "Định", "cũ", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("id").asText()).isEqualTo("gia-lai");
        assertThat(r.json().get("predecessor").asText()).isEqualTo("Bình Định");
        assertThat(run("resolve", "TPHCM").out()).startsWith("Hồ Chí Minh (ho-chi-minh)");
        CliRun partner = run("resolve", "栃木県", "--json");
        assertThat(partner.json().get("id").asText()).isEqualTo("pref-tochigi");
        assertThat(partner.json().get("kind").asText()).isEqualTo("partner");
    }

    @Test
    void anUnknownNameExitsWithTwoAndOneLineOfClosestMatches() {
        CliRun r = run("resolve", "Binh Dinhh");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("error: Unknown name 'Binh Dinhh'. Closest: Bình Định → Gia Lai");
    }

    @Test
    void meetingsAreNewestFirstWithPredecessorsAndTheNameUsedAtTheTime() throws Exception {
        CliRun r = run("meetings", "--province", "Gia Lai", "--partner", "TP Ashikaga", "--json");
        assertThat(r.code()).isZero();
        JsonNode json = r.json();
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("date").asText()).isEqualTo("2025-10-27");
        assertThat(json.get(0).get("leader").get("name").asText()).isEqualTo("HAYAKAWA Naohide");
        assertThat(json.get(1).get("provinceAsWritten").asText()).isEqualTo("Bình Định (TP Quy Nhơn)");
        assertThat(json.get(1).get("datePrecision").asText()).isEqualTo("year");
        CliRun text = run("meetings", "--province", "binh dinh");
        assertThat(text.out()).contains("Gia Lai: 2 meetings", "27/10/2025", "Bình Định (TP Quy Nhơn)");
    }

    @Test
    void requestsFilterByPartnerStatusAndCategory() throws Exception {
        assertThat(run("requests", "--province", "Phú Thọ", "--json").json()).hasSize(10);
        JsonNode open = run("requests", "--province", "Vinh Phuc", "--partner", "Embassy of Japan", "--status", "open",
                "--json").json();
        assertThat(open).hasSize(7);
        JsonNode ocop = run("requests", "--province", "phu tho", "--category", "ocop_trade", "--json").json();
        assertThat(ocop).hasSize(3);
        assertThat(ocop.findValuesAsText("text")).anySatisfy(t -> assertThat(t).contains("bưởi Đoan Hùng"));
        assertThat(ocop.get(0).get("direction").asText()).isEqualTo("VN→JP");
        CliRun bad = run("requests", "--province", "phu tho", "--status", "finished");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("error: Unknown status 'finished'");
    }

    @Test
    void searchPrintsRankedHitsWithKindAndSnippet() throws Exception {
        JsonNode hits = run("search", "buoi", "doan", "hung", "--json").json();
        assertThat(hits.get(0).get("kind").asText()).isEqualTo("request");
        assertThat(hits.get(0).get("snippet").asText()).contains("bưởi Đoan Hùng");
        assertThat(run("search", "hokkaido").out()).contains("Quảng Ninh và tỉnh Hokkaido");
    }

    @Test
    void exportAndImportJsonRoundTripThroughFiles() throws Exception {
        Path export = dir.resolve("export.json");
        CliRun e = run("export", "--out", export.toString());
        assertThat(e.code()).isZero();
        assertThat(e.out()).contains("Exported 6 meetings");
        String first = Files.readString(export);

        db = dir.resolve("other.db");
        CliRun i = run("import-json", export.toString(), "--json");
        assertThat(i.code()).isZero();
        // the new store holds the same demo records: nothing of the file to write, every record left as stored
        assertThat(i.json().get("meetings").asInt()).isZero();
        assertThat(i.json().get("unchanged").asInt()).isPositive();
        Path again = dir.resolve("again.json");
        run("export", "--out", again.toString());
        assertThat(vn.protocolbrief.store.ExportRecords.of(Files.readString(again)))
                .isEqualTo(vn.protocolbrief.store.ExportRecords.of(first));
    }

    @Test
    void aBrokenJsonFileIsOneLineOfErrorAndTheStoreIsUnchanged() throws Exception {
        run("provinces");
        byte[] before = Files.readAllBytes(db);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": 1, \"meetings\": [ {\"id\": \"m-x\", ");
        CliRun r = run("import-json", broken.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("error: broken.json is not a valid Protocol Brief export at line 1");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);

        Files.writeString(broken, "{\"format\": 1, \"meetingz\": []}");
        assertThat(run("import-json", broken.toString()).err()).contains("meetingz");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);

        assertThat(run("import-json", dir.resolve("missing.json").toString()).err())
                .startsWith("error: Cannot read").contains("missing.json");
    }

    @Test
    void anUnwritableExportPathIsAClearErrorAndLeavesNoFile() {
        Path target = dir.resolve("no-such-folder").resolve("out.json");
        CliRun r = run("export", "--out", target.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString().startsWith("error: Cannot write").contains("out.json");
        assertThat(target).doesNotExist();
    }

    @Test
    void aStoreFromANewerVersionIsRefusedInOneLine() throws Exception {
        run("provinces");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (50, '50', 'x', 'SQL', 'V50__x.sql',"
                    + " 0, 'x', 0, 1)");
        }
        CliRun r = run("provinces");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString().contains("newer version of Protocol Brief");
    }

    @Test
    void briefWritesThePackAndReportsIt() throws Exception {
        Path pdf = dir.resolve("gia-lai.pdf");
        CliRun r = run("brief", "--province", "tinh Binh Dinh cu", "--partner", "TP Ashikaga", "--date", "2026-12-03",
                "--out", pdf.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        // Two meetings, one agreement tie: a pack of a few pages, not ten pages of "nothing recorded".
        assertThat(r.json().get("pages").asInt()).isBetween(4, 9);
        assertThat(r.json().get("snapshot").asText()).hasSize(12);
        assertThat(pdf).exists();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aVisitIsRecordedChangedAndItsPackMadeFromIt() throws Exception {
        CliRun add = run("visit", "add", "--province", "Phú Thọ", "--partner", "Đại sứ quán Nhật Bản", "--date",
                "03/12/2026", "--time", "9:30", "--venue", "Trụ sở UBND tỉnh", "--leader", "Ito Naoki", "--member",
                "Sato Yuki=Tham tán", "--host", "Trần Duy Đông", "--programme", "09:30 Đón đoàn", "--office",
                "Sở Ngoại vụ tỉnh Phú Thọ", "--json");
        assertThat(add.code()).as(add.err()).isZero();
        String id = add.json().get("id").asText();
        assertThat(add.json().get("date").asText()).isEqualTo("2026-12-03");
        assertThat(add.json().get("time").asText()).isEqualTo("09:30");
        assertThat(add.json().get("leader").get("personId").asText()).isEqualTo("ito-naoki");
        assertThat(add.json().get("members").get(0).get("name").asText()).isEqualTo("Sato Yuki");

        CliRun edit = run("visit", "edit", id, "--venue", "Nhà khách tỉnh", "--json");
        assertThat(edit.json().get("venue").asText()).isEqualTo("Nhà khách tỉnh");
        assertThat(edit.json().get("leader").get("personId").asText()).isEqualTo("ito-naoki");

        Path pdf = dir.resolve("visit.pdf");
        CliRun brief = run("brief", "--visit", id, "--out", pdf.toString(), "--json");
        assertThat(brief.code()).as(brief.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            // Names are held together by non-breaking spaces; the delegation and the programme are tables.
            String text = stripper.getText(doc).replaceAll("[\\s\\u00a0]+", " ");
            assertThat(text).contains("Nhà khách tỉnh", "Sở Ngoại vụ tỉnh Phú Thọ", "Ngài Đại sứ I-tô Na-ô-ki",
                    "Sato Yuki Tham tán", "09:30 Đón đoàn");
        }

        CliRun points = run("visit", "points", id, "--json");
        assertThat(points.json().get(0).get("kind").asText()).isEqualTo("welcome");
        Path edited = dir.resolve("points.json");
        Files.writeString(edited, "[{\"kind\": \"welcome\", \"text\": \"Chào mừng Ngài Đại sứ trở lại Phú Thọ.\"}]");
        CliRun set = run("visit", "points", id, "--set", edited.toString());
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("1. [welcome] Chào mừng Ngài Đại sứ trở lại Phú Thọ.", "(edited)");
        CliRun bad = run("visit", "points", id, "--set", pdf.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().lines()).singleElement().asString().contains("is not a list of talking points");

        CliRun wrongSide = run("visit", "edit", id, "--leader", "Trần Duy Đông");
        assertThat(wrongSide.code()).isEqualTo(1);
        assertThat(wrongSide.err()).contains("is on the Vietnamese side");
        assertThat(run("visit", "show", id, "--json").json().get("leader").get("personId").asText()).isEqualTo("ito-naoki");

        assertThat(run("visit", "list", "--province", "Phu Tho").out()).contains(id);
        assertThat(run("visit", "delete", id).code()).isZero();
        assertThat(run("visit", "show", id).err()).contains("No visit with id " + id);
    }

    @Test
    void briefRefusesUnknownNamesAndBadDatesInOneLine() {
        Path pdf = dir.resolve("none.pdf");
        CliRun unknown = run("brief", "--province", "Atlantis", "--partner", "Embassy of Japan", "--out", pdf.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().lines()).singleElement().asString().startsWith("error: Unknown province 'Atlantis'");
        CliRun partner = run("brief", "--province", "Gia Lai", "--partner", "Osakaa City Hall", "--out", pdf.toString());
        assertThat(partner.code()).isEqualTo(2);
        CliRun date = run("brief", "--province", "Gia Lai", "--partner", "Ashikaga", "--date", "31/02/2026");
        assertThat(date.code()).isEqualTo(1);
        assertThat(date.err()).startsWith("error: Not a date: '31/02/2026'");
        CliRun host = run("brief", "--province", "Phú Thọ", "--partner", "Embassy of Japan", "--leader", "Trần Duy Đông",
                "--out", pdf.toString());
        assertThat(host.code()).isEqualTo(1);
        assertThat(host.err().lines()).singleElement().asString()
                .startsWith("error: Trần Duy Đông is on the Vietnamese side");
        CliRun other = run("brief", "--province", "Gia Lai", "--partner", "Ashikaga", "--leader", "Ito Naoki",
                "--out", pdf.toString());
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err()).contains("holds a post at Embassy of Japan", "not at Ashikaga City");
        CliRun lang = run("brief", "--province", "Gia Lai", "--partner", "Ashikaga", "--lang", "fr");
        assertThat(lang.code()).isEqualTo(1);
        assertThat(lang.err()).startsWith("error: Unknown language 'fr'");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void importPrintsADraftAndSavesOnlyWhenAsked() throws Exception {
        Path folder = dir.resolve("articles");
        Files.createDirectories(folder);
        for (String name : java.util.List.of("001_a194596996ba649d.txt", "004_9a62c270164c21e6.txt")) {
            try (var in = getClass().getResourceAsStream("/articles/" + name)) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
        Files.writeString(folder.resolve("notes.txt"), "Danh sách việc cần làm trong tuần.");
        CliRun single = run("import", folder.resolve("001_a194596996ba649d.txt").toString(), "--json");
        assertThat(single.code()).isZero();
        assertThat(single.json().get("date").asText()).isEqualTo("2025-11-25");
        assertThat(single.json().get("province").get("id").asText()).isEqualTo("phu-tho");
        assertThat(single.json().get("status").asText()).isEqualTo("draft");
        int before = run("meetings", "--province", "Phú Thọ", "--json").json().size();

        CliRun folderRun = run("import", folder.toString(), "--save");
        assertThat(folderRun.code()).isEqualTo(1);
        assertThat(folderRun.out()).contains("[1/3] 001_a194596996ba649d.txt", "[3/3] notes.txt",
                "looks like the same meeting");
        assertThat(folderRun.err().lines()).singleElement().asString().contains("notes.txt");
        assertThat(run("meetings", "--province", "Phú Thọ", "--json").json()).hasSize(before);
        CliRun missing = run("import", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: Cannot read");
    }

    @Test
    void commandsAreRecognisedSoTheWindowOpensOnlyWithoutOne() {
        assertThat(Cli.namesCommand("--db", "x.db", "provinces")).isTrue();
        assertThat(Cli.namesCommand("--db", "x.db")).isFalse();
        assertThat(Cli.namesCommand()).isFalse();
        assertThat(Cli.storeArgument("--db", "x.db")).isEqualTo(Path.of("x.db"));
        assertThat(Cli.namesCommand("/home/an/export.pbjson")).isFalse();
        assertThat(Cli.opensWindow("--measure-startup")).isTrue();
        assertThat(Cli.opensWindow("--measure-startup", "--db", "x.db", "--measure-startup")).isTrue();
        assertThat(Cli.opensWindow("--measure-startup", "--db=x.db")).isTrue();
    }

    @Test
    void aMistypedCommandIsNamedAndOpensNoWindow() {
        assertThat(Cli.opensWindow("--measure-startup", "--db", "x.db", "partners")).isFalse();
        assertThat(Cli.opensWindow("--measure-startup", "--frobnicate")).isFalse();
        CliRun stray = run("partners");
        assertThat(stray.code()).isEqualTo(2);
        assertThat(stray.err()).isEqualTo("error: 'partners' is not a command (see --help for the list)\n");
        assertThat(run("provinces", "extra").err()).startsWith("error: Unmatched argument");
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (Class<?> c : Cli.COMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            CliRun help = run(name, "--help");
            assertThat(help.code()).as(name).isZero();
            assertThat(help.out()).as(name).startsWith("Usage: protocol-brief " + name);
            assertThat(run("help", name).out()).as(name).isEqualTo(help.out());
        }
    }

    @Test
    void aDoubleClickedExportIsTheFileTheWindowOffersToImport() throws Exception {
        Path export = dir.resolve("tinh-gia-lai.pbjson");
        assertThat(run("export", "--out", export.toString()).code()).isZero();
        assertThat(Cli.fileArgument(export.toString())).isEqualTo(export);
        assertThat(Cli.fileArgument(dir.resolve("missing.pbjson").toString())).isNull();
        assertThat(Cli.fileArgument("--db", "x.db")).isNull();
    }

    @Test
    void aFollowUpChangesARequestsStatusAndDeleteRemovesARecordOrSaysWhyNot() throws Exception {
        String id = run("requests", "--province", "phu tho", "--json").json().get(0).get("id").asText();
        CliRun changed = run("follow-up", "--request", id, "--status", "in-progress", "--note", "JETRO đã trả lời",
                "--date", "2026-11-20");
        assertThat(changed.code()).isZero();
        assertThat(changed.out()).contains("is now in_progress (20/11/2026)");
        assertThat(run("requests", "--province", "phu tho", "--status", "in_progress").out()).contains("[" + id + "]");
        CliRun noNote = run("follow-up", "--request", id, "--status", "done", "--note", " ");
        assertThat(noNote.code()).isEqualTo(Cli.FAILED);
        assertThat(noNote.err()).isEqualTo("error: A status change needs a note saying why.\n");
        CliRun refused = run("delete", "--kind", "person", "--id", "ito-naoki");
        assertThat(refused.code()).isEqualTo(Cli.FAILED);
        assertThat(refused.err()).contains("takes part in 3 meeting(s)");
        assertThat(run("delete", "--kind", "request", "--id", id).code()).isZero();
        assertThat(run("requests", "--province", "phu tho").out()).startsWith("9 requests").doesNotContain("[" + id + "]");
        assertThat(run("delete", "--kind", "meal", "--id", "x").err()).contains("Unknown kind 'meal'");
    }

    @Test
    void deleteHelpNamesEveryKindDeleteTakes() {
        String help = run("delete", "--help").out().replaceAll("\\s+", " ");
        String refusal = run("delete", "--kind", "meal", "--id", "x").err();
        String kinds = refusal.substring(refusal.indexOf("use ") + 4, refusal.lastIndexOf('.'));
        for (String kind : kinds.split(", | or ")) {
            assertThat(help).as("delete --help").contains(kind);
            assertThat(run("delete", "--kind", kind, "--id", "no-such-id").err()).as(kind).doesNotContain("Unknown kind");
        }
        assertThat(kinds).contains("commitment");
    }
}

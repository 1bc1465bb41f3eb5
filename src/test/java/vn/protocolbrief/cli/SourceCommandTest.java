package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Sources a reader can check: listed, completed by the officer in one transaction, undone, printed (issue 19). */
class SourceCommandTest extends OnScratchStore {
    static JsonNode byId(JsonNode list, String id) {
        for (JsonNode s : list) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        return null;
    }

    @Test
    void aSourceIsListedCompletedUndoneAndPrintedInThePack() throws Exception {
        CliRun list = run("source", "list", "--json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.json()).hasSize(5);
        String id = "src-002-gia-lai-ashikaga";
        assertThat(byId(list.json(), id).get("newspaper").asText()).isEqualTo("Báo Gia Lai (GLO)");
        CliRun ofMeeting = run("source", "list", "--meeting", "m-2025-10-27-gia-lai-ashikaga", "--json");
        assertThat(ofMeeting.code()).as(ofMeeting.err()).isZero();
        assertThat(ofMeeting.json()).singleElement().satisfies(s -> assertThat(s.get("id").asText()).isEqualTo(id));

        CliRun edit = run("source", "edit", id, "--headline", "Tiêu đề thử", "--date", "28/10/2025", "--url",
                "https://example.org/bai-thu", "--json");
        assertThat(edit.code()).as(edit.err()).isZero();
        assertThat(edit.json().get("headline").asText()).isEqualTo("Tiêu đề thử");
        assertThat(edit.json().get("date").asText()).isEqualTo("2025-10-28");
        assertThat(edit.json().get("newspaper").asText()).isEqualTo("Báo Gia Lai (GLO)");

        Path pdf = dir.resolve("gl.pdf");
        assertThat(run("brief", "--province", "Gia Lai", "--partner", "Ashikaga", "--out", pdf.toString()).code())
                .isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // a name held on one line is drawn as its own run of text
            String text = stripper.getText(doc).replaceAll("[\\s\\u00a0]+", " ");
            assertThat(text).contains("Tiêu đề thử", "Báo Gia Lai (GLO)", "https://example.org/bai-thu", "28/10/2025");
        }

        CliRun undo = run("undo");
        assertThat(undo.code()).as(undo.err()).isZero();
        JsonNode back = byId(run("source", "list", "--json").json(), id);
        assertThat(back.get("headline").isNull()).isTrue();
        assertThat(back.get("url").isNull()).isTrue();
        assertThat(back.get("date").asText()).isEqualTo("2025-10-27");
    }

    @Test
    void aWrongAddressDateOrIdIsSaidInOneLineAndChangesNothing() throws Exception {
        String id = "src-002-gia-lai-ashikaga";
        CliRun url = run("source", "edit", id, "--headline", "X", "--url", "baogialai.com.vn/bai");
        assertThat(url.code()).isEqualTo(1);
        assertThat(url.err().lines()).singleElement().asString().contains("Not a web address");
        CliRun date = run("source", "edit", id, "--headline", "X", "--date", "31/02/2025");
        assertThat(date.code()).isEqualTo(1);
        assertThat(date.err().lines()).singleElement().asString().contains("Not a date");
        CliRun none = run("source", "edit", "src-none", "--headline", "X");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err().lines()).singleElement().asString().contains("No source with id src-none");
        CliRun nothing = run("source", "edit", id);
        assertThat(nothing.code()).isEqualTo(1);
        assertThat(byId(run("source", "list", "--json").json(), id).get("headline").isNull()).isTrue();
    }
}

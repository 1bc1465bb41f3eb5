package vn.protocolbrief.travel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A meeting an officer marks sensitive stays at the office when a travel copy is taken without sensitive records:
 * the meeting, what was saved with it and the article only it cites; a take with everything carries the mark. The
 * mark is set and taken off from the command line, undone, exported and imported. The office is a SQLite file here
 * and a PostgreSQL server in {@link SensitiveTravelOnPostgresTest}.
 */
class SensitiveTravelTest extends TravelOffice {

    /** The meeting an article made at the office (the one meeting not there before). */
    private String importAtOffice(String file) throws Exception {
        Set<String> before = ids(export(office).get("meetings"), "id");
        ok(office, "import", dir.resolve(file).toString(), "--save");
        Set<String> after = ids(export(office).get("meetings"), "id");
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return after.iterator().next();
    }

    @Test
    void aSensitiveMeetingStaysAtTheOfficeWithWhatHangsFromIt() throws Exception {
        String meeting = importAtOffice("office.txt");
        JsonNode atOffice = export(office);
        JsonNode stored = StreamSupport.stream(atOffice.get("meetings").spliterator(), false)
                .filter(m -> m.get("id").asText().equals(meeting)).findFirst().orElseThrow();
        assertThat(stored.get("requests")).isNotEmpty();
        Set<String> itsSources = new HashSet<>();
        stored.get("sourceIds").forEach(s -> itsSources.add(s.asText()));
        assertThat(itsSources).isNotEmpty();

        Run marked = ok(office, "sensitive", "--meeting", meeting, "--on", "--json");
        assertThat(marked.json().get("sensitive").asBoolean()).isTrue();
        assertThat(ok(office, "sensitive", "--meeting", meeting).out()).contains("marked sensitive");

        ok(office, "travel", "take", "--out", copy.toString(), "--without-sensitive");
        JsonNode taken = export(copy.toString());
        assertThat(ids(taken.get("meetings"), "id")).doesNotContain(meeting)
                .hasSize(atOffice.get("meetings").size() - 1);
        assertThat(ids(taken.get("sources"), "id")).doesNotContainAnyElementsOf(itsSources);
        // Its guests (named by no other record) stay behind too.
        Set<String> guests = new HashSet<>();
        stored.get("participants").forEach(p -> {
            if (p.hasNonNull("personId")) {
                guests.add(p.get("personId").asText());
            }
        });
        assertThat(guests).isNotEmpty();
        assertThat(ids(taken.get("persons"), "id")).doesNotContainAnyElementsOf(guests);
        assertThat(ids(taken.get("commitments"), "meetingId")).doesNotContain(meeting);
        assertThat(taken.get("sensitiveMarks")).isEmpty();
        assertThat(ids(taken.get("sensitivities"), "id")).isEmpty();

        // A meeting marked at the office after the take does not come to the copy by a sync either.
        String later = importAtOffice("road.txt");
        ok(office, "sensitive", "--meeting", later, "--on");
        ok(copy.toString(), "travel", "sync");
        assertThat(ids(export(copy.toString()).get("meetings"), "id")).doesNotContain(meeting, later);

        // A copy of everything carries the meetings and their marks.
        Path whole = dir.resolve("whole.db");
        ok(office, "travel", "take", "--out", whole.toString());
        JsonNode all = export(whole.toString());
        assertThat(ids(all.get("meetings"), "id")).contains(meeting, later);
        assertThat(ids(all.get("sensitiveMarks"), "meetingId")).containsExactlyInAnyOrder(meeting, later);
    }

    @Test
    void theMarkIsUndoneExportedAndImported() throws Exception {
        String meeting = importAtOffice("office.txt");
        ok(office, "sensitive", "--meeting", meeting, "--on");
        assertThat(ok(office, "changes", "--kind", "meeting", "--id", meeting).out()).contains("sensitive");
        ok(office, "undo");
        assertThat(ok(office, "sensitive", "--meeting", meeting, "--json").json().get("sensitive").asBoolean())
                .isFalse();
        ok(office, "sensitive", "--meeting", meeting, "--on");

        Path file = dir.resolve("office.json");
        ok(office, "export", "--out", file.toString());
        String restored = dir.resolve("restored.db").toString();
        ok(restored, "import-json", file.toString());
        assertThat(ok(restored, "sensitive", "--meeting", meeting, "--json").json().get("sensitive").asBoolean())
                .isTrue();

        ok(office, "sensitive", "--meeting", meeting, "--off");
        assertThat(ok(office, "sensitive", "--meeting", meeting, "--json").json().get("sensitive").asBoolean())
                .isFalse();
        Run unknown = on(office, "sensitive", "--meeting", "no-such-meeting", "--on");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err().strip()).endsWith("No meeting with id no-such-meeting; nothing was marked.")
                .doesNotContain("\n");
    }
}

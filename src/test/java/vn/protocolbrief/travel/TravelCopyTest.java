package vn.protocolbrief.travel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A travel copy as an officer uses it from the command line, with a SQLite file as the office: take, record on the
 * road while colleagues record at the office, sync, conflicts kept in both versions and resolved either way,
 * deletions both ways, and what --province and --without-sensitive leave out.
 */
class TravelCopyTest extends TravelOffice {
    /** The office officer's command: as Minh on a file; on an office store one acts as one's login. */
    String[] officeOfficer(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--as";
        all[1] = "Minh";
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    String officeOfficerName() {
        return "Minh";
    }

    /** Who the office's history names for a change made on the road. */
    String roadOfficerAtTheOffice() {
        return "Lan";
    }

    private List<String> meetingIds(String db) throws Exception {
        return StreamSupport.stream(export(db).get("meetings").spliterator(), false)
                .map(m -> m.get("id").asText()).sorted().toList();
    }

    /** Each request as {"request": {...}, "meetingId": ...}, in the order of the meetings' ids. */
    private List<JsonNode> requests(String db) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode m : export(db).get("meetings")) {
            for (JsonNode r : m.get("requests")) {
                out.add(new ObjectMapper().createObjectNode().put("meetingId", m.get("id").asText()).set("request", r));
            }
        }
        return out;
    }

    /** A request of each of two different meetings (a conflict is a record's: a meeting with its requests). */
    private List<String> requestsOfTwoMeetings(String db) throws Exception {
        List<JsonNode> all = requests(db);
        JsonNode other = all.stream().filter(r -> !r.get("meetingId").equals(all.get(0).get("meetingId"))).findFirst()
                .orElseThrow();
        return List.of(all.get(0).get("request").get("id").asText(), other.get("request").get("id").asText());
    }

    private String status(String db, String requestId) throws Exception {
        return requests(db).stream().filter(r -> r.get("request").get("id").asText().equals(requestId)).findFirst()
                .orElseThrow().get("request").get("status").asText();
    }

    @Test
    void roadAndOfficeWorkMeetAfterASync() throws Exception {
        Run take = ok(office, "travel", "take", "--out", copy.toString(), "--json");
        assertThat(take.json().get("meetings").asInt()).isEqualTo(meetingIds(office).size());
        assertThat(meetingIds(copy.toString())).isEqualTo(meetingIds(office));
        List<String> twoMeetings = requestsOfTwoMeetings(office);
        String roadRequest = twoMeetings.get(0);
        String officeRequest = twoMeetings.get(1);

        // On the road: an article imported, a request's status changed.
        ok(copy, "--as", "Lan", "import", dir.resolve("road.txt").toString(), "--save");
        ok(copy, "--as", "Lan", "follow-up", "--request", roadRequest, "--status", "done", "--note", "Đã ký kết");
        // Meanwhile at the office.
        ok(office, officeOfficer("import", dir.resolve("office.txt").toString(), "--save"));
        ok(office, officeOfficer("follow-up", "--request", officeRequest, "--status", "declined", "--note", "Từ chối"));

        Run sync = ok(copy, "--as", "Lan", "travel", "sync", "--json");
        assertThat(sync.json().get("conflicts").asInt()).isZero();
        assertThat(meetingIds(copy.toString())).isEqualTo(meetingIds(office)).hasSize(meetingIds(copy.toString()).size());
        assertThat(meetingIds(office)).anyMatch(id -> id.contains("quang-tri")).anyMatch(id -> id.contains("hue"));
        assertThat(status(office, roadRequest)).isEqualTo("done");
        assertThat(status(copy.toString(), officeRequest)).isEqualTo("declined");
        // Who changed it travels too (on an office store the database logs the login that synced).
        assertThat(ok(office, "changes", "--kind", "meeting", "--id", meetingOf(office, roadRequest)).out())
                .contains(roadOfficerAtTheOffice());
        // Nothing more to exchange: a second sync sends and takes nothing.
        Run again = ok(copy, "travel", "sync", "--json");
        assertThat(again.json().get("sent").asInt()).isZero();
        assertThat(again.json().get("received").asInt()).isZero();
        assertThat(ok(copy, "travel", "status").out()).contains(office.substring(office.lastIndexOf('/') + 1))
                .contains("0 conflicts");
    }

    /** The ids a search finds. */
    private List<String> found(String db, String words) throws Exception {
        return StreamSupport.stream(ok(db, "search", words, "--json").json().spliterator(), false)
                .map(h -> h.get("id").asText()).toList();
    }

    /** A request's text changed at the office through an edited export read back (import-json). */
    private void rewordAtTheOffice(String requestId, String text) throws Exception {
        JsonNode all = export(office);
        var meetings = (com.fasterxml.jackson.databind.node.ArrayNode) all.get("meetings");
        for (int i = meetings.size() - 1; i >= 0; i--) {
            boolean its = false;
            for (JsonNode r : meetings.get(i).get("requests")) {
                if (r.get("id").asText().equals(requestId)) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) r).put("text", text);
                    its = true;
                }
            }
            if (!its) {
                meetings.remove(i); // only that meeting is read back (and so changed at the office)
            }
        }
        Path edited = dir.resolve("edited.json");
        new ObjectMapper().writeValue(edited.toFile(), all);
        ok(office, officeOfficer("import-json", edited.toString()));
    }

    @Test
    void theSearchIndexFollowsWhatASyncBrings() throws Exception {
        ok(office, "travel", "take", "--out", copy.toString());
        List<String> twoMeetings = requestsOfTwoMeetings(office);
        String statusOnly = twoMeetings.get(0);
        String rewritten = twoMeetings.get(1);
        assertThat(found(office, "dieu duong vien shizuoka")).isEmpty();

        ok(copy, "--as", "Lan", "import", dir.resolve("road.txt").toString(), "--save");
        ok(copy, "--as", "Lan", "follow-up", "--request", statusOnly, "--status", "done", "--note", "Đã xong");
        rewordAtTheOffice(rewritten, "Hợp tác nuôi trồng tảo biển xanh lam");
        ok(copy, "--as", "Lan", "travel", "sync");

        // The road's new request is found at the office, the office's new wording on the copy ...
        assertThat(found(office, "dieu duong vien shizuoka")).isNotEmpty();
        assertThat(found(copy.toString(), "tao bien xanh lam")).contains(rewritten);
        // ... and a request whose status alone changed keeps its entry on the side that took the change.
        String itsWords = requests(office).stream().filter(r -> r.get("request").get("id").asText().equals(statusOnly))
                .findFirst().orElseThrow().get("request").get("text").asText();
        assertThat(found(office, itsWords)).contains(statusOnly);
    }

    private String meetingOf(String db, String requestId) throws Exception {
        return requests(db).stream().filter(r -> r.get("request").get("id").asText().equals(requestId)).findFirst()
                .orElseThrow().get("meetingId").asText();
    }

    @Test
    void aRequestChangedOnBothSidesIsAConflictKeptInBothVersionsAndResolvedEitherWay() throws Exception {
        ok(office, "travel", "take", "--out", copy.toString());
        List<String> twoMeetings = requestsOfTwoMeetings(office);
        String first = twoMeetings.get(0);
        String second = twoMeetings.get(1);
        for (String id : List.of(first, second)) {
            ok(copy, "--as", "Lan", "follow-up", "--request", id, "--status", "done", "--note", "Xong trên đường");
            ok(office, officeOfficer("follow-up", "--request", id, "--status", "declined", "--note", "Văn phòng"));
        }
        Run sync = ok(copy, "travel", "sync", "--json");
        assertThat(sync.json().get("conflicts").asInt()).isEqualTo(2);
        // Each side kept its own version; the copy lists both.
        assertThat(status(copy.toString(), first)).isEqualTo("done");
        assertThat(status(office, first)).isEqualTo("declined");
        JsonNode conflicts = ok(copy, "travel", "conflicts", "--json").json();
        assertThat(conflicts).hasSize(2);
        assertThat(conflicts.get(0).get("officeChangedBy").asText()).isEqualTo(officeOfficerName());
        assertThat(conflicts.get(0).get("mine").toString()).contains("done");
        assertThat(conflicts.get(0).get("office").toString()).contains("declined");
        assertThat(ok(copy, "travel", "conflicts").out()).contains("status: mine \u201cdone\u201d | office"
                + " \u201cdeclined\u201d");

        long mineId = idOfConflictWith(conflicts, meetingOf(copy.toString(), first));
        long officeId = idOfConflictWith(conflicts, meetingOf(copy.toString(), second));
        ok(copy, "travel", "resolve", String.valueOf(mineId), "--keep", "mine");
        ok(copy, "travel", "resolve", String.valueOf(officeId), "--keep", "office");
        assertThat(status(copy.toString(), second)).isEqualTo("declined");
        Run after = ok(copy, "travel", "sync", "--json");
        assertThat(after.json().get("conflicts").asInt()).isZero();
        assertThat(status(office, first)).isEqualTo("done");
        assertThat(status(copy.toString(), first)).isEqualTo("done");
        assertThat(status(office, second)).isEqualTo("declined");
        assertThat(status(copy.toString(), second)).isEqualTo("declined");
        assertThat(ok(copy, "travel", "conflicts").out()).contains("No conflicts.");
    }

    private static long idOfConflictWith(JsonNode conflicts, String refId) {
        return StreamSupport.stream(conflicts.spliterator(), false).filter(c -> c.get("refId").asText().equals(refId))
                .findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void deletionsTravelBothWaysIntoTheTrash() throws Exception {
        ok(office, "travel", "take", "--out", copy.toString());
        List<String> ids = meetingIds(office);
        ok(copy, "--as", "Lan", "delete", "--kind", "meeting", "--id", ids.get(0));
        ok(office, officeOfficer("delete", "--kind", "meeting", "--id", ids.get(1)));
        ok(copy, "travel", "sync");
        assertThat(meetingIds(office)).doesNotContain(ids.get(0), ids.get(1));
        assertThat(meetingIds(copy.toString())).isEqualTo(meetingIds(office));
        // Restorable where it arrived.
        assertThat(ok(office, "trash").out()).contains("meeting");
        JsonNode trash = ok(copy, "trash", "--json").json();
        long arrived = StreamSupport.stream(trash.spliterator(), false)
                .filter(c -> c.get("refId").asText().equals(ids.get(1))).findFirst().orElseThrow().get("id").asLong();
        ok(copy, "trash", "--restore", String.valueOf(arrived));
        assertThat(meetingIds(copy.toString())).contains(ids.get(1));
    }

    @Test
    void aProvinceCopyHoldsThatProvinceOnlyAndSensitivitiesCanBeLeftOut() throws Exception {
        JsonNode all = export(office).get("meetings");
        String province = all.get(0).get("provinceId").asText();
        long ofProvince = StreamSupport.stream(all.spliterator(), false)
                .filter(m -> m.get("provinceId").asText().equals(province)).count();
        assertThat(ofProvince).isLessThan(all.size());
        assertThat(export(office).get("sensitivities").size()).isPositive();

        ok(office, "travel", "take", "--out", copy.toString(), "--province", province, "--without-sensitive");
        JsonNode taken = export(copy.toString()).get("meetings");
        assertThat(taken).hasSize((int) ofProvince)
                .allSatisfy(m -> assertThat(m.get("provinceId").asText()).isEqualTo(province));
        assertThat(export(copy.toString()).get("sensitivities")).isEmpty();

        // The office's later meeting of another province does not come to this copy.
        ok(office, "import", dir.resolve("office.txt").toString(), "--save");
        ok(office, "import", dir.resolve("road.txt").toString(), "--save");
        ok(copy, "travel", "sync");
        assertThat(export(copy.toString()).get("meetings"))
                .allSatisfy(m -> assertThat(m.get("provinceId").asText()).isEqualTo(province));
    }

    @Test
    void aTakeNeverOverwritesAFile() throws Exception {
        Files.writeString(copy, "mine");
        Run r = on(office, "travel", "take", "--out", copy.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("exists");
        assertThat(Files.readString(copy)).isEqualTo("mine");
        if (!office.startsWith("postgresql:")) {
            assertThat(on(office, "travel", "take", "--out", office).code()).isNotZero();
        }
        assertThat(on(office, "travel", "sync").err()).contains("not a travel copy");
    }

    @Test
    void aTakeCutOffHalfWayLeavesNothingThatLooksLikeAStoreOnceTheNextTakeRuns() throws Exception {
        // What a take killed half-way left (kill -9): its temporary file, named after a process that is gone.
        long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 100_000;
        Path killed = copy.resolveSibling("." + copy.getFileName() + ".taking-" + gone + "-0e1f");
        Files.write(killed, "SQLite format 3\0 half a store".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // One still being written by a running take (this process) is not touched.
        Path running = copy.resolveSibling("." + copy.getFileName() + ".taking-" + ProcessHandle.current().pid() + "-77aa");
        Files.writeString(running, "being written");

        assertThat(on(office, "travel", "take", "--out", copy.toString()).code()).isZero();

        assertThat(killed).doesNotExist();
        assertThat(running).exists();
        try (var names = Files.list(copy.getParent())) {
            assertThat(names.map(f -> f.getFileName().toString()).filter(n -> n.contains(".taking-")))
                    .containsExactly(running.getFileName().toString());
        }
    }
}

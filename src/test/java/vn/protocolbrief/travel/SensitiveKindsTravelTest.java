package vn.protocolbrief.travel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A person, a partner, a single request and a visit an officer marks sensitive stay at the office when a travel copy
 * is taken without sensitive records, with what hangs on them (the person's participations, the partner's meetings);
 * a whole take carries them and their marks; a sync neither sends them to the copy nor removes them at the office;
 * and the office's history of a change synced from the road names who made it there and who synced it. The office is
 * a SQLite file here and a PostgreSQL server in {@link SensitiveKindsTravelOnPostgresTest}.
 */
class SensitiveKindsTravelTest extends TravelOffice {
    /** A meeting of our own with two requests. */
    static final String TWO_REQUESTS = """
            Lãnh đạo tỉnh Quảng Trị tiếp Đoàn công tác tỉnh Shizuoka (Nhật Bản)

            Ngày 03/12/2026, Chủ tịch UBND tỉnh Quảng Trị Lê Văn Bình đã tiếp Đoàn công tác tỉnh Shizuoka (Nhật Bản) \
            do ông Tanaka Ichiro, Phó Thống đốc tỉnh Shizuoka làm trưởng đoàn.

            Chủ tịch UBND tỉnh đề nghị tỉnh Shizuoka hỗ trợ đào tạo điều dưỡng viên cho tỉnh.

            Chủ tịch UBND tỉnh cũng đề nghị tỉnh Shizuoka xúc tiến đầu tư vào khu kinh tế Đông Nam Quảng Trị.
            """;

    /** Who the office's history names as having synced a change: the office's officer (its login on a server). */
    String syncedBy() {
        return "Minh";
    }

    String[] syncer(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--as";
        all[1] = "Minh";
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private JsonNode meeting(JsonNode export, String id) {
        return StreamSupport.stream(export.get("meetings").spliterator(), false)
                .filter(m -> m.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private String meetingOf(JsonNode export, String province) {
        return StreamSupport.stream(export.get("meetings").spliterator(), false).map(m -> m.get("id").asText())
                .filter(id -> id.contains(province)).findFirst().orElseThrow();
    }

    private static Set<String> personsOf(JsonNode meeting) {
        Set<String> out = new HashSet<>();
        meeting.get("participants").forEach(p -> {
            if (p.hasNonNull("personId")) {
                out.add(p.get("personId").asText());
            }
        });
        return out;
    }

    private boolean marked(String db, String kind, String id) throws Exception {
        return ok(db, "sensitive", "--kind", kind, "--id", id, "--json").json().get("sensitive").asBoolean();
    }

    private String status(JsonNode meeting, String requestId) {
        return StreamSupport.stream(meeting.get("requests").spliterator(), false)
                .filter(r -> r.get("id").asText().equals(requestId)).findFirst().orElseThrow().get("status").asText();
    }

    @Test
    void eachKindStaysAtTheOfficeAndASyncNeitherSendsNorRemovesIt() throws Exception {
        Files.writeString(dir.resolve("two.txt"), TWO_REQUESTS);
        ok(office, "import", dir.resolve("two.txt").toString(), "--save");
        ok(office, "import", dir.resolve("office.txt").toString(), "--save");
        JsonNode atOffice = export(office);
        String roadMeeting = meetingOf(atOffice, "quang-tri");
        String partnerMeeting = meetingOf(atOffice, "hue");
        JsonNode road = meeting(atOffice, roadMeeting);
        assertThat(road.get("requests")).hasSize(2);
        String secret = road.get("requests").get(0).get("id").asText();
        String open = road.get("requests").get(1).get("id").asText();
        String guest = personsOf(road).iterator().next();
        String partner = meeting(atOffice, partnerMeeting).get("partnerId").asText();
        java.util.regex.Matcher added = java.util.regex.Pattern.compile("Recorded visit (\\S+)\\.").matcher(
                ok(office, syncer("visit", "add", "--province", "Quảng Trị", "--partner", "Shizuoka", "--date",
                        "20/12/2026", "--purpose", "Chuẩn bị đón đoàn", "--host", "Lê Văn Bình=Chủ tịch UBND tỉnh")).out());
        assertThat(added.find()).isTrue();
        String visit = added.group(1);

        for (String[] kindAndId : new String[][]{{"person", guest}, {"request", secret}, {"partner", partner},
                {"visit", visit}}) {
            Run on = ok(office, syncer("sensitive", "--kind", kindAndId[0], "--id", kindAndId[1], "--on", "--json"));
            assertThat(on.json().get("sensitive").asBoolean()).as(kindAndId[0]).isTrue();
        }

        ok(office, "travel", "take", "--out", copy.toString(), "--without-sensitive");
        JsonNode taken = export(copy.toString());
        assertThat(ids(taken.get("persons"), "id")).doesNotContain(guest);
        assertThat(ids(taken.get("partners"), "id")).doesNotContain(partner);
        assertThat(ids(taken.get("visits"), "id")).doesNotContain(visit);
        assertThat(ids(taken.get("meetings"), "id")).contains(roadMeeting).doesNotContain(partnerMeeting);
        JsonNode roadCopy = meeting(taken, roadMeeting);
        assertThat(ids(roadCopy.get("requests"), "id")).containsExactly(open);
        assertThat(personsOf(roadCopy)).doesNotContain(guest);
        assertThat(taken.get("sensitiveMarks")).isEmpty();

        Path whole = dir.resolve("whole.db");
        ok(office, "travel", "take", "--out", whole.toString());
        JsonNode all = export(whole.toString());
        assertThat(ids(all.get("persons"), "id")).contains(guest);
        assertThat(ids(all.get("partners"), "id")).contains(partner);
        assertThat(ids(all.get("visits"), "id")).contains(visit);
        assertThat(ids(meeting(all, roadMeeting).get("requests"), "id")).contains(secret, open);
        assertThat(ids(all.get("sensitiveMarks"), "kind")).contains("person", "request", "partner", "visit");
        assertThat(marked(whole.toString(), "request", secret)).isTrue();

        // On the road a colleague changes the open request; at the office the sensitive one changes meanwhile.
        ok(copy, "--as", "Lan", "follow-up", "--request", open, "--status", "done", "--note", "Xong trên đường");
        ok(office, syncer("follow-up", "--request", secret, "--status", "declined", "--note", "Văn phòng"));
        Run sync = ok(copy, syncer("travel", "sync", "--json"));
        assertThat(sync.json().get("conflicts").asInt()).isZero();

        JsonNode after = export(office);
        JsonNode roadAfter = meeting(after, roadMeeting);
        assertThat(status(roadAfter, open)).isEqualTo("done");
        assertThat(status(roadAfter, secret)).isEqualTo("declined");
        assertThat(personsOf(roadAfter)).contains(guest);
        assertThat(ids(after.get("persons"), "id")).contains(guest);
        assertThat(ids(after.get("visits"), "id")).contains(visit);
        assertThat(marked(office, "request", secret)).isTrue();
        assertThat(marked(office, "person", guest)).isTrue();

        JsonNode copyAfter = export(copy.toString());
        assertThat(ids(meeting(copyAfter, roadMeeting).get("requests"), "id")).containsExactly(open);
        assertThat(ids(copyAfter.get("persons"), "id")).doesNotContain(guest);
        assertThat(ids(copyAfter.get("meetings"), "id")).doesNotContain(partnerMeeting);
        assertThat(ids(copyAfter.get("visits"), "id")).doesNotContain(visit);

        // The office's history of the synced change: made on the road by Lan, synced by the office's officer.
        JsonNode history = ok(office, "changes", "--kind", "meeting", "--id", roadMeeting, "--json").json();
        JsonNode last = history.get("changes").get(history.get("changes").size() - 1);
        assertThat(last.get("action").asText()).isEqualTo("sync");
        assertThat(last.get("roadBy").asText()).isEqualTo("Lan");
        assertThat(last.get("roadAt").asText()).isNotBlank();
        assertThat(last.get("actor").asText()).isEqualTo(syncedBy());
        assertThat(ok(office, "changes", "--kind", "meeting", "--id", roadMeeting).out())
                .contains("on the road: Lan at ").contains("; synced by " + syncedBy() + " at ");
    }

    @Test
    void aRecordDeletedOnTheRoadKeepsItsSensitivePartsAtTheOffice() throws Exception {
        Files.writeString(dir.resolve("two.txt"), TWO_REQUESTS);
        ok(office, "import", dir.resolve("two.txt").toString(), "--save");
        JsonNode atOffice = export(office);
        String roadMeeting = meetingOf(atOffice, "quang-tri");
        String secret = meeting(atOffice, roadMeeting).get("requests").get(0).get("id").asText();
        ok(office, syncer("sensitive", "--kind", "request", "--id", secret, "--on"));
        ok(office, "travel", "take", "--out", copy.toString(), "--without-sensitive");

        ok(copy, "--as", "Lan", "delete", "--kind", "meeting", "--id", roadMeeting);
        ok(copy, syncer("travel", "sync"));
        JsonNode after = export(office);
        assertThat(ids(after.get("meetings"), "id")).contains(roadMeeting);
        assertThat(ids(meeting(after, roadMeeting).get("requests"), "id")).contains(secret);
        assertThat(marked(office, "request", secret)).isTrue();
    }

    /** A visit whose meeting stayed at the office travels without it; its version from the road keeps the office's link. */
    @Test
    void aVisitWhoseMeetingStayedAtTheOfficeKeepsItAfterASync() throws Exception {
        java.util.regex.Matcher added = java.util.regex.Pattern.compile("Recorded visit (\\S+)\\.").matcher(
                ok(office, syncer("visit", "add", "--province", "Quảng Trị", "--partner", "Shizuoka", "--date",
                        "20/11/2026", "--host", "Lê Văn Bình=Chủ tịch UBND tỉnh")).out());
        assertThat(added.find()).isTrue();
        String visit = added.group(1);
        ok(office, syncer("visit", "done", visit));
        String meetingId = meetingOfVisit(export(office), visit);
        assertThat(meetingId).isNotNull();
        ok(office, syncer("sensitive", "--kind", "meeting", "--id", meetingId, "--on"));
        ok(office, "travel", "take", "--out", copy.toString(), "--without-sensitive");
        assertThat(meetingOfVisit(export(copy.toString()), visit)).as("the copy holds the visit without its meeting")
                .isNull();

        ok(copy, "--as", "Lan", "visit", "edit", visit, "--purpose", "Sửa trên đường");
        ok(copy, syncer("travel", "sync"));
        JsonNode atOffice = visitOf(export(office), visit);
        assertThat(atOffice.get("purpose").asText()).isEqualTo("Sửa trên đường");
        assertThat(meetingOfVisit(export(office), visit)).isEqualTo(meetingId);
        assertThat(on(office, syncer("visit", "done", visit)).code()).as("the visit is done once").isNotZero();
    }

    private static String meetingOfVisit(JsonNode export, String visit) {
        return StreamSupport.stream(export.path("visitMeetings").spliterator(), false)
                .filter(x -> x.get("visitId").asText().equals(visit)).map(x -> x.get("meetingId").asText())
                .findFirst().orElse(null);
    }

    private static JsonNode visitOf(JsonNode export, String id) {
        return StreamSupport.stream(export.get("visits").spliterator(), false)
                .filter(v -> v.get("id").asText().equals(id)).findFirst().orElseThrow();
    }
}

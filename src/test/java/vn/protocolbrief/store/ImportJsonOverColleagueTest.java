package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.service.RecordService;

/**
 * Issue 20 (fc8): "export, edit the JSON, import-json" by one officer while a colleague changes the store. A record
 * the colleague changed since the export and the file edits is refused with who changed it and when (nothing is
 * imported, as for any failure of import-json); a record the file leaves as exported keeps the colleague's change;
 * the import is the officer's own change, which their `undo` takes back.
 */
class ImportJsonOverColleagueTest extends TwoOfficersOnOneStore {
    static final String MEETING = OwnChangeUndoTest.MEETING;
    static final String OTHER = "m-2025-ninh-binh-embassy";

    /** The export file as Lan's text editor sees it. */
    static String exportText(Store store) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveJson.write(new ArchiveService(store).export(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The file with one field's text replaced by hand (the text must occur once). */
    static String edited(String json, String was, String now) {
        String quoted = "\"" + was + "\"";
        assertThat(json.indexOf(quoted)).isEqualTo(json.lastIndexOf(quoted)).isNotNegative();
        return json.replace(quoted, "\"" + now + "\"");
    }

    static ArchiveService.ImportResult importText(Store store, String json) {
        Archive a = ArchiveJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "edited.json");
        return new ArchiveService(store).importFile(a, null);
    }

    @Test
    void aRecordAColleagueChangedSinceTheExportAndTheFileEditsIsRefusedWithWhoAndWhen() throws IOException {
        RecordService byMinh = new RecordService(minh);
        String title = byMinh.meeting(MEETING).title();
        String json = exportText(lan);
        byMinh.saveMeeting(OwnChangeUndoTest.withVenue(byMinh.meeting(MEETING), "Trụ sở UBND"));

        assertThatThrownBy(() -> importText(lan, edited(json, title, "Tiêu đề sửa tay")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("meeting " + MEETING + " was changed by Minh at ")
                .hasMessageContaining("export again")
                .hasMessageEndingWith("Nothing was imported.");
        assertThat(byMinh.meeting(MEETING).venue()).isEqualTo("Trụ sở UBND");
        assertThat(byMinh.meeting(MEETING).title()).isEqualTo(title);
    }

    @Test
    void aColleaguesChangeToARecordTheFileLeavesAsExportedIsKept() throws IOException {
        RecordService byMinh = new RecordService(minh);
        String otherTitle = byMinh.meeting(OTHER).title();
        String json = exportText(lan);
        byMinh.saveMeeting(OwnChangeUndoTest.withVenue(byMinh.meeting(MEETING), "Trụ sở UBND"));

        importText(lan, edited(json, otherTitle, "Tiêu đề sửa tay"));

        assertThat(byMinh.meeting(MEETING).venue()).isEqualTo("Trụ sở UBND");
        assertThat(byMinh.meeting(OTHER).title()).isEqualTo("Tiêu đề sửa tay");
    }

    @Test
    void theImportIsTheOfficersOwnChangeTheirUndoTakesBack() throws IOException {
        RecordService byLan = new RecordService(lan);
        String title = byLan.meeting(MEETING).title();
        String json = exportText(lan);
        importText(lan, edited(json, title, "Tiêu đề sửa tay"));
        new RecordService(minh).followUp("r-ninh-binh-2", new FollowUp(PartialDate.of("2026-11-20"),
                RequestStatus.DONE, "Đã trả lời", null));

        assertThat(byLan.undoLast()).get().extracting(RecordService.Change::label)
                .isEqualTo("import-json of 1 record");

        assertThat(byLan.meeting(MEETING).title()).isEqualTo(title);
        assertThat(byLan.meeting(OTHER).requests()).anySatisfy(r -> assertThat(r.followUps())
                .anySatisfy(f -> assertThat(f.note()).isEqualTo("Đã trả lời")));
        assertThat(new RecordService(minh).history("meeting", MEETING))
                .extracting(RecordService.HistoryEntry::actor).contains("Lan");
    }

    @Test
    void anExportImportedBackUnchangedChangesNoRecord() throws IOException {
        RecordService byLan = new RecordService(lan);
        long before = byLan.stamp("meeting", MEETING).version();
        String json = exportText(lan);

        importText(lan, json);

        assertThat(byLan.stamp("meeting", MEETING).version()).isEqualTo(before);
        assertThat(byLan.undoLast()).isEmpty();
    }
}

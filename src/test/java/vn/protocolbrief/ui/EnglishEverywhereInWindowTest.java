package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.service.EnglishRenderingService;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.records.DueSoonViewModel;
import vn.protocolbrief.ui.records.RecordsViewModel;
import vn.protocolbrief.ui.shell.MainViewModel;

/**
 * Issue 20: an English window shows a record text in the officer's English rendering wherever it shows it — the
 * Requests list, "Due soon" and the record pane alike.
 */
class EnglishEverywhereInWindowTest {
    @TempDir
    Path dir;
    Store store;
    Preferences prefs;
    MainViewModel main;
    Meeting meeting;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        prefs = Preferences.userRoot().node("protocol-brief-english-test-" + System.nanoTime());
        meeting = new HistoryService(store).meetings("phu-tho", "embassy-of-japan").get(0);
        EnglishRenderingService english = new EnglishRenderingService(store);
        english.set(EnglishRendering.SUMMARY, meeting.id(), 0, "The chairman welcomed the ambassador.");
        Request asked = meeting.requests().get(0);
        english.set(EnglishRendering.REQUEST, asked.id(), 0, "Support for the province's trade fair");
        new RecordService(store).setDue(asked.id(), PartialDate.of(LocalDate.now().plusDays(7).toString()));
        main = new MainViewModel(store, new SyncTaskRunner(), new RecordingDialogs(), new Messages("en"), prefs);
        main.load();
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        store.close();
    }

    @Test
    void dueSoonShowsTheRequestAsTheRequestsListDoes() {
        assertThat(main.requests()).extracting(MainViewModel.RequestRow::text)
                .contains("Support for the province's trade fair");
        DueSoonViewModel due = new DueSoonViewModel(store, new SyncTaskRunner(), new Messages("en"),
                main.pairProperty(), java.time.Clock.systemDefaultZone());
        due.refresh();
        assertThat(due.soon()).extracting(DueSoonViewModel.Line::text)
                .anySatisfy(t -> assertThat(t).contains("Support for the province's trade fair"))
                .noneSatisfy(t -> assertThat(t).contains(meeting.requests().get(0).text()));
        assertThat(due.ofPair()).extracting(DueSoonViewModel.Line::text)
                .anySatisfy(t -> assertThat(t).contains("Support for the province's trade fair"));
    }

    @Test
    void theRecordPaneShowsTheEnglishSummaryAndTheVietnameseWindowTheRecordsOwn() {
        RecordsViewModel records = new RecordsViewModel(store, new SyncTaskRunner(), new RecordingDialogs(),
                new Messages("en"), main.pairProperty(), main::refresh);
        records.refresh();
        records.select(RecordsViewModel.Kind.MEETING, meeting.id());
        assertThat(records.detailsProperty().get().lines()).anySatisfy(l -> assertThat(l[1])
                .isEqualTo("The chairman welcomed the ambassador."));
        assertThat(records.detailsProperty().get().lines()).anySatisfy(l -> assertThat(l[1])
                .endsWith("Support for the province's trade fair"));

        MainViewModel vi = new MainViewModel(store, new SyncTaskRunner(), new RecordingDialogs(), new Messages("vi"),
                prefs);
        vi.load();
        RecordsViewModel recordsVi = new RecordsViewModel(store, new SyncTaskRunner(), new RecordingDialogs(),
                new Messages("vi"), vi.pairProperty(), vi::refresh);
        recordsVi.refresh();
        recordsVi.select(RecordsViewModel.Kind.MEETING, meeting.id());
        assertThat(recordsVi.detailsProperty().get().lines()).anySatisfy(l -> assertThat(l[1])
                .isEqualTo(meeting.summary()));
    }
}

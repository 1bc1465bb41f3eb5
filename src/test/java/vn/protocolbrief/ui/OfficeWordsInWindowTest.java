package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Actor;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.travel.ConflictLines;
import vn.protocolbrief.travel.TravelService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.records.RecordsViewModel;
import vn.protocolbrief.ui.records.RecordsViewModel.Kind;
import vn.protocolbrief.ui.shell.MainViewModel;
import vn.protocolbrief.ui.travel.TravelViewModel;

/**
 * Issue 20 as the officer reads it in the window: a record's pane lists its changes (who, when, what, which fields),
 * a partner's pane has no "sources" it could never have, and a travel conflict is said in words, not the store's
 * names ("Trạng thái: Đang thực hiện", not "status: in_progress").
 */
class OfficeWordsInWindowTest {
    @TempDir
    Path dir;
    Preferences prefs = Preferences.userRoot().node("protocol-brief-office-words-" + System.nanoTime());
    RecordingDialogs dialogs = new RecordingDialogs();

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    private static void status(Store store, String meetingId, String requestId, RequestStatus status) {
        RecordService records = new RecordService(store);
        Request r = records.meeting(meetingId).requests().stream().filter(x -> x.id().equals(requestId)).findFirst()
                .orElseThrow();
        records.saveRequest(meetingId, new Request(r.id(), r.direction(), r.categories(), r.text(), status,
                r.threadKey(), r.sourceId(), r.followUps(), r.due()));
    }

    @Test
    void aRecordsPaneListsWhoChangedItWhenAndWhichFields() {
        try (Store store = Store.open(dir.resolve("demo.db")).actingAs(new Actor("Minh", "w-1"))) {
            SyncTaskRunner tasks = new SyncTaskRunner();
            MainViewModel main = new MainViewModel(store, tasks, dialogs, new Messages("vi"), prefs);
            RecordsViewModel vm = new RecordsViewModel(store, tasks, dialogs, new Messages("vi"), main.pairProperty(),
                    main::refresh);
            main.load();
            String meeting = main.meetings().get(0).id();
            vm.select(Kind.MEETING, meeting);
            assertThat(vm.detailsProperty().get().changes()).isEmpty();
            assertThat(vm.detailsProperty().get().changesHeading()).isEqualTo("Thay đổi");
            String request = new RecordService(store).meeting(meeting).requests().get(0).id();
            status(store, meeting, request, RequestStatus.DONE);
            vm.select(Kind.REQUEST, request);
            var details = vm.detailsProperty().get();
            assertThat(details.changesHeading()).startsWith("Thay đổi của cuộc làm việc");
            assertThat(details.changes()).hasSize(1);
            assertThat(details.changes().get(0).when()).contains("Minh");
            assertThat(details.changes().get(0).what()).startsWith("sửa");
            assertThat(details.changes().get(0).fields()).contains("status");
            // The partner's pane: its names, no sources heading (a partner is not read from articles).
            vm.select(Kind.PARTNER, main.pairProperty().get().partnerId());
            assertThat(vm.detailsProperty().get().sources()).isNull();
            assertThat(vm.detailsProperty().get().title()).isEqualTo(main.pairProperty().get().partner().name("vi"));
        }
    }

    @Test
    void aTravelConflictIsSaidInTheWindowsWords() throws Exception {
        Path office = dir.resolve("office.db");
        Path copyFile = dir.resolve("copy.db");
        try (Store store = Store.open(office).actingAs(new Actor("Lan", "office"))) {
            String meeting = store.reads(r -> r.history("phu-tho", "embassy-of-japan")).get(0).id();
            String request = new RecordService(store).meeting(meeting).requests().get(0).id();
            TravelService travel = new TravelService(Store::open);
            travel.take(store, office.toString(), copyFile, List.of(), false);
            try (Store copy = Store.open(copyFile).actingAs(new Actor("Minh", "road"))) {
                status(copy, meeting, request, RequestStatus.IN_PROGRESS);
                status(store, meeting, request, RequestStatus.DECLINED);
                travel.sync(copy, store);
                TravelViewModel vm = new TravelViewModel(copy, new SyncTaskRunner(), dialogs, new Messages("vi"));
                vm.refresh();
                assertThat(vm.differences()).extracting(ConflictLines.Difference::field).containsExactly("Trạng thái");
                assertThat(vm.differences().get(0).row()).startsWith("Đề nghị: ").doesNotContain("r-phu-tho");
                assertThat(vm.differences().get(0).mine()).isEqualTo("Đang thực hiện");
                assertThat(vm.differences().get(0).office()).isEqualTo("Không thực hiện");
            }
        }
    }
}

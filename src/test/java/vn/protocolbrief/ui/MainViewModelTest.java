package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.shell.MainViewModel;

/** The main view-model without a window: a synchronous task runner and recorded dialogs. */
class MainViewModelTest {
    @TempDir
    Path dir;
    Store store;
    Preferences prefs;
    RecordingDialogs dialogs = new RecordingDialogs();
    MainViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        prefs = Preferences.userRoot().node("protocol-brief-vm-test-" + System.nanoTime());
        vm = new MainViewModel(store, new SyncTaskRunner(), dialogs, new Messages("vi"), prefs);
        vm.load();
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        store.close();
    }

    @Test
    void opensOnPhuThoAndTheEmbassyTheFirstTime() {
        assertThat(vm.provinceProperty().get().id()).isEqualTo("phu-tho");
        assertThat(vm.partnerProperty().get().id()).isEqualTo("embassy-of-japan");
        assertThat(vm.meetings()).singleElement().satisfies(m -> assertThat(m.date()).isEqualTo("25/11/2025"));
        assertThat(vm.requests()).hasSize(10);
        assertThat(vm.summaryProperty().get()).isEqualTo("1 cuộc làm việc");
    }

    /** An English window's tables show the officer's English rendering of a title or a request where one exists. */
    @Test
    void anEnglishWindowShowsTheRenderingOfATitleAndTheVietnameseWindowTheRecord() {
        MainViewModel en = new MainViewModel(store, new SyncTaskRunner(), dialogs, new Messages("en"), prefs);
        en.load();
        String titleVi = vm.meetings().get(0).title();
        String titleEn = en.meetings().get(0).title();
        assertThat(titleVi).startsWith("Chủ tịch UBND tỉnh Trần Duy Đông");
        assertThat(titleEn).as("the demo store's rendering").isNotEqualTo(titleVi).startsWith("Chairman");
        assertThat(en.requests()).extracting(MainViewModel.RequestRow::text)
                .anySatisfy(t -> assertThat(t).doesNotContainPattern("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]"));
    }

    @Test
    void changingAStatusStoresItWithItsDatedNote() {
        var row = vm.requests().stream().filter(r -> r.text().contains("bưởi Đoan Hùng")).findFirst().orElseThrow();
        vm.statusChange().change(row, RequestStatus.DONE, vn.protocolbrief.domain.PartialDate.of("2026-11-20"), "Lô bưởi đầu tiên đã xuất sang Nhật Bản");
        assertThat(vm.requests()).filteredOn(r -> r.id().equals(row.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.DONE));
        var stored = new HistoryService(store).requests("phu-tho", null, RequestStatus.DONE, null);
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.request().followUps()).last().satisfies(f -> {
                assertThat(f.date().iso()).isEqualTo("2026-11-20");
                assertThat(f.note()).isEqualTo("Lô bưởi đầu tiên đã xuất sang Nhật Bản");
            });
        });
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void aStatusChangeWithoutANoteIsRefusedWithAMessage() {
        var row = vm.requests().get(0);
        vm.statusChange().change(row, RequestStatus.DECLINED, vn.protocolbrief.domain.PartialDate.UNKNOWN, "  ");
        assertThat(dialogs.shown).singleElement().asString().contains("Cần ghi chú");
        assertThat(new HistoryService(store).requests("phu-tho", null, RequestStatus.DECLINED, null)).isEmpty();
    }

    @Test
    void searchingWithoutDiacriticsAndOpeningAHitShowsItsMeeting() {
        vm.searchBox().search("buoi doan hung");
        assertThat(vm.searchBox().hits()).first().satisfies(h -> assertThat(h.snippet()).contains("bưởi Đoan Hùng"));
        vm.searchBox().search("ashikaga");
        var meeting = vm.searchBox().hits().stream().filter(h -> h.kind() == vn.protocolbrief.store.SearchIndex.Kind.MEETING)
                .findFirst().orElseThrow();
        vm.searchBox().open(meeting);
        assertThat(vm.provinceProperty().get().id()).isEqualTo("gia-lai");
        assertThat(vm.partnerProperty().get().id()).isEqualTo("ashikaga");
        assertThat(vm.meetings()).hasSize(2);
    }

    @Test
    void requestsFilterByCategoryStatusAndDirection() {
        assertThat(vm.requests()).hasSize(10);
        vm.requestFilters().categoryProperty().set("ocop_trade");
        assertThat(vm.requests()).hasSize(3).allSatisfy(r -> assertThat(r.categories()).contains("Sản phẩm OCOP"));
        vm.requestFilters().statusProperty().set(RequestStatus.IN_PROGRESS);
        assertThat(vm.requests()).singleElement().satisfies(r -> assertThat(r.text()).contains("bưởi Đoan Hùng"));
        vm.requestFilters().categoryProperty().set(null);
        vm.requestFilters().directionProperty().set("JP→VN");
        assertThat(vm.requests()).hasSize(2);
        vm.requestFilters().statusProperty().set(null);
        vm.requestFilters().directionProperty().set(null);
        assertThat(vm.requests()).hasSize(10);
    }

    @Test
    void theChoiceIsRemembered() {
        vm.provinceProperty().set(vm.provinces().stream().filter(p -> p.id().equals("cao-bang")).findFirst().orElseThrow());
        assertThat(prefs.get("province", null)).isEqualTo("cao-bang");
        MainViewModel again = new MainViewModel(store, new SyncTaskRunner(), dialogs, new Messages("vi"), prefs);
        again.load();
        assertThat(again.provinceProperty().get().id()).isEqualTo("cao-bang");
        assertThat(again.meetings()).singleElement().satisfies(m -> assertThat(m.date()).isEqualTo("chưa rõ"));
    }

    @Test
    void inEnglishThePartnerAndTheCountAreEnglish() {
        MainViewModel en = new MainViewModel(store, new SyncTaskRunner(), dialogs, new Messages("en"), prefs);
        en.load();
        assertThat(en.meetings()).extracting(MainViewModel.MeetingRow::partner).containsExactly("Embassy of Japan in Viet Nam");
        assertThat(en.summaryProperty().get()).isEqualTo("1 meeting");
        assertThat(en.names().categoryLabel("ocop_trade")).isNotEqualTo(vm.names().categoryLabel("ocop_trade"));
    }
}

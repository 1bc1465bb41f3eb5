package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.PartnerRepository;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.shell.MainViewModel;

/**
 * Issue 20: the window shows what is in the store when the officer looks, though another program wrote it (a
 * colleague's window on the office store, the command line): read again, the partners and the rows are the store's.
 */
class StoreReadAgainTest {
    @TempDir
    Path dir;
    Store store;
    Store colleague;
    Preferences prefs;
    MainViewModel vm;

    /** Where the store is: a file here; an office database in {@link StoreReadAgainOnPostgresTest}. */
    String location() {
        return dir.resolve("office.db").toString();
    }

    @BeforeEach
    void open() {
        String location = location();
        store = Store.open(location, true);
        colleague = Store.open(location, true);
        prefs = Preferences.userRoot().node("protocol-brief-read-again-test-" + System.nanoTime());
        vm = new MainViewModel(store, new SyncTaskRunner(), new RecordingDialogs(), new Messages("vi"), prefs);
        vm.load();
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        colleague.close();
        store.close();
    }

    /** What a colleague's import writes: a partner new to the store, and a meeting of the province with it. */
    private void colleagueImports() {
        colleague.write(h -> {
            new PartnerRepository().upsert(h, new Partner("tinh-thu-nghiem", PartnerKind.PREFECTURE,
                    "Tỉnh Thử Nghiệm", "Test Prefecture", null, null, null, List.of()));
            return null;
        });
        new RecordService(colleague).saveMeeting(new Meeting("m-colleague", PartialDate.of("2026-11-20"), "phu-tho",
                null, null, "tinh-thu-nghiem", "Buổi làm việc với đoàn thử nghiệm", null, null, List.of(), List.of(),
                List.of(), List.of()));
    }

    @Test
    void aPartnerAndAMeetingAnotherProgramSavedAreShownOnceTheStoreIsReadAgain() {
        int[] told = {0};
        vm.onStoreReadAgain(() -> told[0]++);
        colleagueImports();
        assertThat(vm.partners()).extracting(Partner::id).doesNotContain("tinh-thu-nghiem");

        vm.readStoreAgain();

        assertThat(vm.partners()).extracting(Partner::id).contains("tinh-thu-nghiem");
        assertThat(told[0]).as("the other screens are told to read again").isEqualTo(1);
        assertThat(vm.provinceProperty().get().id()).as("the pair shown stays").isEqualTo("phu-tho");
        assertThat(vm.partnerProperty().get().id()).isEqualTo("embassy-of-japan");
        vm.partnerProperty().set(vm.partners().stream().filter(p -> p.id().equals("tinh-thu-nghiem")).findFirst()
                .orElseThrow());
        assertThat(vm.meetings()).extracting(MainViewModel.MeetingRow::id).containsExactly("m-colleague");
    }

    @Test
    void theSampleNoteSaysHowManySamplesAndGoesOnceAMeetingOfTheOfficeIsInTheStore() {
        assertThat(vm.demoNote().shownProperty().get()).isTrue();
        assertThat(vm.demoNote().samplesProperty().get()).isGreaterThan(0);
        assertThat(new Messages("en").format("demo.note", vm.demoNote().samplesProperty().get()))
                .startsWith("This store holds only " + vm.demoNote().samplesProperty().get() + " sample meetings")
                .contains("province's");

        new RecordService(store).saveMeeting(new Meeting("m-own", PartialDate.of("2026-11-21"), "phu-tho", null,
                null, "embassy-of-japan", "Buổi làm việc của văn phòng", null, null, List.of(), List.of(), List.of(),
                List.of()));
        vm.refresh(); // what the window does after an import or a form saved

        assertThat(vm.demoNote().shownProperty().get()).as("no longer true: the store holds the office's own").isFalse();
    }
}

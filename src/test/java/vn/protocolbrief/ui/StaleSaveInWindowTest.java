package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.store.Actor;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.records.RecordsViewModel;
import vn.protocolbrief.ui.shell.MainViewModel;

/**
 * Issue 20 in the window: the request, gift, person and agreement forms save against the version they read. Two
 * handles on one store: the officer's window and a colleague (Lan) who saves the same record while the form is open.
 * The second save is refused, both versions are shown, and the officer keeps theirs, overwrites or edits again.
 */
class StaleSaveInWindowTest {
    @TempDir
    Path dir;
    Store store;
    Store colleague;
    Preferences prefs;
    RecordingDialogs dialogs = new RecordingDialogs();
    MainViewModel main;
    RecordsViewModel vm;
    RecordService lan;

    void open(String lang) {
        store = Store.open(dir.resolve("demo.db")).actingAs(new Actor("Minh", "window-1"));
        colleague = Store.open(dir.resolve("demo.db")).actingAs(new Actor("Lan", "window-2"));
        lan = new RecordService(colleague);
        prefs = Preferences.userRoot().node("protocol-brief-stale-test-" + System.nanoTime());
        SyncTaskRunner tasks = new SyncTaskRunner();
        main = new MainViewModel(store, tasks, dialogs, new Messages(lang), prefs);
        vm = new RecordsViewModel(store, tasks, dialogs, new Messages(lang), main.pairProperty(), main::refresh);
        main.load(); // Phú Thọ and the Embassy
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        colleague.close();
        store.close();
    }

    private Meeting demoMeeting() {
        return new RecordService(store).meeting(main.meetings().get(0).id());
    }

    private String chosen() {
        return dialogs.shown.stream().filter(s -> s.startsWith("choose:")).reduce((a, b) -> b).orElse("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aRequestSavedByAColleagueMeanwhileIsKeptWhenTheOfficerKeepsTheirs(String lang) {
        open(lang);
        Meeting m = demoMeeting();
        Request r = m.requests().get(0);
        dialogs.editor = f -> {
            // Lan saves the same request while Minh's form is open.
            lan.saveRequest(m.id(), new Request(r.id(), r.direction(), r.categories(), "Bản của Lan: thêm học bổng",
                    r.status(), r.threadKey(), r.sourceId(), r.followUps()));
            f.field("text").value.set("Bản của Minh: thêm thực tập sinh");
            return true;
        };
        dialogs.choice = 2; // keep theirs
        vm.editRequest(r.id(), null);
        assertThat(chosen()).contains("Lan").contains("Bản của Lan: thêm học bổng")
                .contains("Bản của Minh: thêm thực tập sinh");
        assertThat(chosen().indexOf("Bản của Lan")).as("theirs first").isLessThan(chosen().indexOf("Bản của Minh"));
        assertThat(demoMeeting().requests()).extracting(Request::text).contains("Bản của Lan: thêm học bổng")
                .doesNotContain("Bản của Minh: thêm thực tập sinh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void overwritingWithMineKeepsTheFollowUpAColleagueAddedMeanwhile(String lang) {
        open(lang);
        Meeting m = demoMeeting();
        Request r = m.requests().get(0);
        FollowUp hers = new FollowUp(PartialDate.day(2026, 12, 7), r.status(), "Lan: phía bạn hẹn trả lời", null);
        dialogs.editor = f -> {
            lan.followUp(r.id(), hers); // a dated entry, not a field of Minh's form
            f.field("text").value.set("Bản của Minh: thêm thực tập sinh");
            return true;
        };
        dialogs.choice = 1; // overwrite with mine
        vm.editRequest(r.id(), null);
        Request stored = demoMeeting().requests().stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
        assertThat(stored.text()).isEqualTo("Bản của Minh: thêm thực tập sinh");
        assertThat(stored.followUps()).as("the colleague's follow-up survives the overwrite").contains(hers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aGiftChangedMeanwhileIsOverwrittenOnlyWhenTheOfficerSaysSo(String lang) {
        open(lang);
        Meeting m = demoMeeting();
        Gift g = m.gifts().get(0);
        dialogs.editor = f -> {
            lan.saveGift(m.id(), new Gift(g.id(), "Tranh lụa (Lan)", g.direction(), g.giverPersonId(), g.giverText(),
                    g.receiverPersonId(), g.receiverText(), g.sourceId()));
            f.field("item").value.set("Tranh sơn mài (Minh)");
            return true;
        };
        dialogs.choice = 1; // overwrite with mine
        vm.editGift(vm.gifts().stream().filter(x -> x.id().equals(g.id())).findFirst().orElseThrow());
        assertThat(chosen()).contains("Tranh lụa (Lan)").contains("Tranh sơn mài (Minh)");
        assertThat(demoMeeting().gifts()).extracting(Gift::item).contains("Tranh sơn mài (Minh)")
                .doesNotContain("Tranh lụa (Lan)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void anAgreementChangedMeanwhileIsEditedAgainFromTheirs(String lang) {
        open(lang);
        String id = "agr-stale-test";
        new RecordService(store).saveAgreement(new Agreement(id, null, "phu-tho", "Phú Thọ", "embassy-of-japan",
                "mou", "Biên bản ghi nhớ về đào tạo", vn.protocolbrief.domain.PartialDate.of("2025-11-25"),
                "Các bên ban đầu", null, "signed", null));
        vm.refresh();
        int[] opened = {0};
        dialogs.editor = f -> {
            opened[0]++;
            if (opened[0] == 1) {
                Agreement a = colleagueAgreement(id);
                lan.saveAgreement(new Agreement(a.id(), a.meetingId(), a.provinceId(), a.provinceAsWritten(),
                        a.partnerId(), a.kind(), a.title(), a.signedOn(), "Các bên theo Lan", a.fields(), a.status(),
                        a.sourceId()));
                f.field("fields").value.set("Lĩnh vực theo Minh");
                return true;
            }
            // Opened again from their version: Lan's parties are there, Minh adds his field again.
            assertThat(f.value("parties")).isEqualTo("Các bên theo Lan");
            f.field("fields").value.set("Lĩnh vực theo Minh");
            return true;
        };
        dialogs.choice = 0; // edit again
        vm.editAgreement(id);
        assertThat(opened[0]).isEqualTo(2);
        Agreement now = colleagueAgreement(id);
        assertThat(now.parties()).isEqualTo("Các bên theo Lan");
        assertThat(now.fields()).isEqualTo("Lĩnh vực theo Minh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aPersonChangedMeanwhileIsNotOverwrittenAndTheOfficerIsToldWhoChangedIt(String lang) {
        open(lang);
        String id = vm.people().stream().filter(p -> p.name().equals("ITO Naoki")).findFirst().orElseThrow().id();
        dialogs.editor = f -> {
            Person p = colleague.reads(r -> r.personsById()).get(id);
            lan.savePerson(new Person(p.id(), p.familyName(), p.givenName(), p.kanji(), p.nationality(),
                    p.honorific(), "Ghi chú của Lan", p.positions()));
            f.field("note").value.set("Ghi chú của Minh");
            return true;
        };
        vm.editPerson(id); // the window is closed without an answer: their version stays
        assertThat(chosen()).contains("Lan").contains("Ghi chú của Lan").contains("Ghi chú của Minh");
        assertThat(store.reads(r -> r.personsById()).get(id).note()).isEqualTo("Ghi chú của Lan");
        // Without a colleague in between, the same form saves.
        dialogs.editor = f -> {
            f.field("note").value.set("Ghi chú của Minh");
            return true;
        };
        int refusals = (int) dialogs.shown.stream().filter(s -> s.startsWith("choose:")).count();
        vm.editPerson(id);
        assertThat(dialogs.shown.stream().filter(s -> s.startsWith("choose:")).count()).isEqualTo(refusals);
        assertThat(store.reads(r -> r.personsById()).get(id).note()).isEqualTo("Ghi chú của Minh");
    }

    private Agreement colleagueAgreement(String id) {
        return colleague.read(h -> new vn.protocolbrief.store.Repositories().agreements().all(h)).stream()
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}

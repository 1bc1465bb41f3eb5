package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.records.RecordsViewModel;
import vn.protocolbrief.ui.records.RecordsViewModel.Kind;
import vn.protocolbrief.ui.shell.MainViewModel;

/** Create, edit and delete every kind of record, and the detail pane, without a window. */
class RecordsViewModelTest {
    @TempDir
    Path dir;
    Store store;
    Preferences prefs;
    RecordingDialogs dialogs = new RecordingDialogs();
    MainViewModel main;
    RecordsViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        prefs = Preferences.userRoot().node("protocol-brief-records-test-" + System.nanoTime());
        SyncTaskRunner tasks = new SyncTaskRunner();
        main = new MainViewModel(store, tasks, dialogs, new Messages("vi"), prefs);
        vm = new RecordsViewModel(store, tasks, dialogs, new Messages("vi"), main.pairProperty(), main::refresh);
        main.load(); // Phú Thọ and the Embassy
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        store.close();
    }

    private int count(String sql) {
        return store.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void theDemoPairHasItsGiftsAndPeopleAndARowShowsItsSources() {
        assertThat(vm.gifts()).extracting(RecordsViewModel.GiftRow::item).anyMatch(i -> i.contains("Trống đồng"));
        assertThat(vm.people()).extracting(RecordsViewModel.PersonRow::name).contains("ITO Naoki")
                .anyMatch(n -> n.startsWith("Trần Duy Đông"));
        vm.select(Kind.MEETING, main.meetings().get(0).id());
        RecordsViewModel.Details d = vm.detailsProperty().get();
        assertThat(d.title()).isEqualTo("Chủ tịch UBND tỉnh Trần Duy Đông tiếp Đại sứ Ito Naoki");
        assertThat(d.lines()).anyMatch(l -> l[0].equals("Trưởng đoàn") && l[1].startsWith("ITO Naoki — Đại sứ"));
        assertThat(d.sources()).isNotEmpty().allMatch(s -> s.contains("2025"));
    }

    @Test
    void aNewAgreementIsValidatedOnItsFieldsThenSavedEditedAndDeleted() {
        dialogs.editor = f -> {
            f.set("signedOn", "31/11/2025");
            assertThat(f.errors()).containsEntry("title", "form.error.required").containsEntry("signedOn", "form.error.date");
            f.set("title", "Biên bản ghi nhớ hợp tác phát triển nguồn nhân lực");
            f.set("signedOn", "25/11/2025");
            f.set("kind", "mou");
            f.set("parties", "UBND tỉnh Phú Thọ; Đại sứ quán Nhật Bản");
            return true;
        };
        vm.editAgreement(null);
        assertThat(vm.agreements()).extracting(RecordsViewModel.AgreementRow::title)
                .contains("Biên bản ghi nhớ hợp tác phát triển nguồn nhân lực");
        RecordsViewModel.AgreementRow row = vm.agreements().stream().filter(a -> a.title().startsWith("Biên bản ghi nhớ hợp tác phát"))
                .findFirst().orElseThrow();
        assertThat(row.date()).isEqualTo("25/11/2025");
        dialogs.editor = f -> {
            assertThat(f.value("parties")).isEqualTo("UBND tỉnh Phú Thọ; Đại sứ quán Nhật Bản");
            f.set("status", "in_effect");
            return true;
        };
        vm.editAgreement(row.id());
        assertThat(vm.agreements()).filteredOn(a -> a.id().equals(row.id())).singleElement()
                .extracting(RecordsViewModel.AgreementRow::status).isEqualTo("Đang thực hiện");
        dialogs.answer = false;
        vm.deleteAgreement(vm.agreements().stream().filter(a -> a.id().equals(row.id())).findFirst().orElseThrow());
        assertThat(count("SELECT count(*) FROM agreement WHERE id = '" + row.id() + "'")).isEqualTo(1);
        dialogs.answer = true;
        vm.deleteAgreement(vm.agreements().stream().filter(a -> a.id().equals(row.id())).findFirst().orElseThrow());
        assertThat(count("SELECT count(*) FROM agreement WHERE id = '" + row.id() + "'")).isZero();
        assertThat(dialogs.shown).anyMatch(s -> s.contains("Xóa thỏa thuận “Biên bản ghi nhớ hợp tác phát triển"));
    }

    @Test
    void aRequestIsAddedToAMeetingAndListedWithTheOthers() {
        int before = main.requests().size();
        dialogs.editor = f -> {
            f.set("direction", "JP_TO_VN");
            f.set("category", "tourism_culture");
            f.set("text", "Đề nghị tỉnh cử đoàn tham dự Lễ hội Việt Nam tại Tokyo.");
            return true;
        };
        vm.editRequest(null, null);
        assertThat(main.requests()).hasSize(before + 1);
        assertThat(main.requests()).anyMatch(r -> r.text().equals("Đề nghị tỉnh cử đoàn tham dự Lễ hội Việt Nam tại Tokyo.")
                && r.direction().equals("JP→VN"));
        // Search finds it by words without diacritics.
        main.searchBox().search("le hoi viet nam tokyo");
        assertThat(main.searchBox().hits()).anyMatch(h -> h.title().contains("Lễ hội Việt Nam tại Tokyo"));
    }

    @Test
    void aMeetingIsCreatedWithAKnownLeaderAndDeletedWithItsRequests() {
        dialogs.editor = f -> {
            f.set("title", "Làm việc với Đoàn Đại sứ quán về lao động");
            f.set("date", "2026-02");
            f.set("leader", "Nobody Known");
            assertThat(f.errors()).containsEntry("leader", "form.error.person");
            f.set("leader", "Ito Naoki");
            f.set("leaderTitle", "Đại sứ");
            return true;
        };
        vm.editMeeting(null);
        assertThat(main.meetings()).hasSize(2);
        MainViewModel.MeetingRow created = main.meetings().get(0);
        assertThat(created.date()).isEqualTo("02/2026");
        assertThat(created.leader()).isEqualTo("ITO Naoki");
        dialogs.editor = f -> {
            f.set("text", "Hỗ trợ đào tạo điều dưỡng");
            f.set("category", "training_hr");
            return true;
        };
        vm.editRequest(null, created.id());
        assertThat(count("SELECT count(*) FROM request WHERE meeting_id = '" + created.id() + "'")).isEqualTo(1);
        vm.deleteMeeting(created.id(), created.title());
        assertThat(main.meetings()).hasSize(1);
        assertThat(count("SELECT count(*) FROM request WHERE meeting_id = '" + created.id() + "'")).isZero();
        main.searchBox().search("dieu duong");
        assertThat(main.searchBox().hits()).noneMatch(h -> h.title().contains("điều dưỡng"));
    }

    @Test
    void aPersonWithPostsIsSavedAndOneAtAMeetingCannotBeDeleted() {
        dialogs.editor = f -> {
            f.set("family", "Suzuki");
            f.set("given", "Hanako");
            f.set("kanji", "鈴木花子");
            f.set("nationality", "JP");
            var posts = f.field("posts");
            assertThat(posts.rows).as("a new person starts with one empty post row").hasSize(1);
            posts.rows.get(0).get("title").set("Tham tán");
            posts.rows.get(0).get("organisation").set("Đại sứ quán Nhật Bản");
            posts.rows.get(0).get("from").set("04/2024");
            posts.addRow(java.util.Map.of("title", "Bí thư thứ nhất", "from", "01/13/2025"));
            assertThat(f.errors()).containsEntry("posts", "form.error.date");
            posts.rows.get(1).get("from").set("2025");
            posts.rows.get(1).get("to").set("2023");
            assertThat(f.errors()).containsEntry("posts", "form.error.dateOrder");
            posts.rows.get(1).get("title").set(" ");
            assertThat(f.errors()).containsEntry("posts", "form.error.rowRequired");
            posts.rows.remove(1);
            posts.addRow(java.util.Map.of());
            assertThat(f.errors()).as("a blank row is ignored").doesNotContainKey("posts");
            return true;
        };
        vm.editPerson(null);
        RecordsViewModel.PersonRow suzuki = vm.people().stream().filter(p -> p.name().equals("SUZUKI Hanako (鈴木花子)"))
                .findFirst().orElseThrow();
        assertThat(suzuki.post()).isEqualTo("Tham tán, Đại sứ quán Nhật Bản");
        dialogs.editor = f -> {
            // Editing shows the post as a row, its date in the window's language.
            var row = f.field("posts").rows.get(0);
            assertThat(row.get("title").get()).isEqualTo("Tham tán");
            assertThat(row.get("from").get()).isEqualTo("04/2024");
            assertThat(f.changed()).isFalse();
            row.get("to").set("31/03/2026");
            assertThat(f.changed()).isTrue();
            return true;
        };
        vm.editPerson(suzuki.id());
        assertThat(store.reads(r -> r.persons(java.util.List.of(suzuki.id()))).get(0).positions().get(0).to().iso())
                .isEqualTo("2026-03-31");
        vm.deletePerson(suzuki);
        assertThat(vm.people()).noneMatch(p -> p.id().equals(suzuki.id()));
        RecordsViewModel.PersonRow ito = vm.people().stream().filter(p -> p.name().startsWith("ITO Naoki")).findFirst()
                .orElseThrow();
        vm.deletePerson(ito);
        assertThat(dialogs.shown).last().asString().isEqualTo("error: Xóa bản ghi — ITO Naoki có mặt trong 3 cuộc"
                + " làm việc nên không xóa được; hãy bỏ người này khỏi các cuộc đó trước.");
        assertThat(vm.people()).anyMatch(p -> p.id().equals(ito.id()));
    }

    @Test
    void cancellingAFormChangesNothing() {
        int gifts = count("SELECT count(*) FROM gift");
        dialogs.editor = f -> {
            f.set("item", "Tranh gốm");
            return false;
        };
        vm.editGift(null);
        assertThat(count("SELECT count(*) FROM gift")).isEqualTo(gifts);
        dialogs.editor = f -> {
            f.set("item", "Tranh gốm Phù Ninh");
            f.set("giver", "UBND tỉnh Phú Thọ");
            return true;
        };
        vm.editGift(null);
        assertThat(vm.gifts()).anyMatch(g -> g.item().equals("Tranh gốm Phù Ninh") && g.giver().equals("UBND tỉnh Phú Thọ"));
        dialogs.editor = f -> false;
        vm.editAid(null);
        assertThat(dialogs.shown).last().asString().isEqualTo("edit: Thêm dự án viện trợ");
    }

    @Test
    void aPointOfCareAndAFigureAddedInTheWindowReachThePack() throws Exception {
        dialogs.editor = f -> {
            f.set("kind", "condolence");
            f.set("date", "2026-09");
            f.set("text", "Chia buồn về trận động đất ở tỉnh Ishikawa tháng 9/2026");
            return true;
        };
        vm.editSensitivity(null);
        dialogs.editor = f -> {
            f.set("value", "3.250");
            f.set("unit", "người");
            f.set("label", "Thực tập sinh Phú Thọ đang ở Nhật Bản");
            f.set("asOf", "2026-06");
            return true;
        };
        vm.editFigure(null);
        assertThat(vm.sensitivities()).anyMatch(x -> x.kind().equals("Chia buồn") && x.date().equals("09/2026"));
        assertThat(vm.figures()).anyMatch(x -> x.value().equals("3.250 người"));
        Path pdf = dir.resolve("pack.pdf");
        new vn.protocolbrief.brief.BriefService(store, java.time.Clock.systemDefaultZone()).generate(
                new vn.protocolbrief.brief.BriefRequest("phu-tho", "embassy-of-japan", null, null, "vi", null), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            // In reading order: a name held on one line is its own run of text in the PDF.
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("trận động đất ở tỉnh Ishikawa", "Thực tập sinh Phú Thọ đang ở Nhật Bản");
        }
    }

    @Test
    void theShownRecordFollowsAnEditAndASearchHitInAnotherPair() {
        String meetingId = main.meetings().get(0).id();
        vm.select(Kind.MEETING, meetingId);
        dialogs.editor = f -> {
            f.set("outcome", "Hai bên thống nhất lập nhóm công tác về lao động.");
            return true;
        };
        vm.editMeeting(meetingId);
        assertThat(vm.detailsProperty().get().lines()).anyMatch(l -> l[1].equals("Hai bên thống nhất lập nhóm công tác về lao động."));
        // A hit in Gia Lai with Ashikaga: the pane fills once that pair is loaded.
        main.searchBox().search("ashikaga");
        var hit = main.searchBox().hits().stream().filter(h -> h.kind() == vn.protocolbrief.store.SearchIndex.Kind.MEETING)
                .findFirst().orElseThrow();
        vm.select(Kind.MEETING, hit.refId());
        main.searchBox().open(hit);
        assertThat(main.provinceProperty().get().id()).isEqualTo("gia-lai");
        assertThat(vm.detailsProperty().get()).isNotNull();
        assertThat(vm.detailsProperty().get().title()).isEqualTo(hit.title());
    }

    @Test
    void theMeetingFormMarksItSensitiveAndTakesTheMarkOff() {
        String meetingId = main.meetings().get(0).id();
        var marks = new vn.protocolbrief.service.SensitiveService(store);
        dialogs.editor = f -> {
            assertThat(f.checked("sensitive")).isFalse();
            f.set("sensitive", "true");
            return true;
        };
        vm.editMeeting(meetingId);
        assertThat(marks.of("meeting", meetingId)).isPresent();
        dialogs.editor = f -> {
            assertThat(f.checked("sensitive")).isTrue();
            f.set("sensitive", "");
            return true;
        };
        vm.editMeeting(meetingId);
        assertThat(marks.of("meeting", meetingId)).isEmpty();
    }
}

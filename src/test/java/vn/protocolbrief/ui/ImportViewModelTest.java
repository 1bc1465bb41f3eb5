package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ingest.Draft;
import vn.protocolbrief.ui.importing.DraftForm;
import vn.protocolbrief.ui.importing.DraftItems;
import vn.protocolbrief.ui.importing.ImportViewModel;
import vn.protocolbrief.ui.shell.MainViewModel;

/** Import in the window, without a window: review, validation, duplicates and merges. */
class ImportViewModelTest {
    @TempDir
    Path dir;
    Store store;
    Preferences prefs;
    RecordingDialogs dialogs = new RecordingDialogs();
    MainViewModel main;
    ImportViewModel vm;
    List<String> shown = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        prefs = Preferences.userRoot().node("protocol-brief-import-test-" + System.nanoTime());
        main = new MainViewModel(store, new SyncTaskRunner(), dialogs, new Messages("vi"), prefs);
        main.load();
        vm = new ImportViewModel(store, new SyncTaskRunner(), dialogs, new Messages("vi"), shown::add);
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        store.close();
    }

    private int meetings() {
        return store.read(h -> h.createQuery("SELECT count(*) FROM meeting").mapTo(Integer.class).one());
    }

    @Test
    void aFolderIsReviewedArticleByArticleAndABrokenFileIsSaidInOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("a-ha-tinh.txt"), MainViewFxTest.UNSEEN_ARTICLE);
        Files.write(folder.resolve("b-empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("notes.csv"), "not an article");
        vm.open(List.of(folder));
        assertThat(vm.positionProperty().get()).isEqualTo("Bài 1/2 · a-ha-tinh.txt");
        DraftForm form = vm.formProperty().get();
        assertThat(form.province.get().nameVi()).isEqualTo("Hà Tĩnh");
        assertThat(form.hosts.get()).startsWith("Võ Trọng Hải — Chủ tịch UBND tỉnh");
        assertThat(form.evidence("leader")).contains("do ông Suzuki Yasutomo, Thống đốc tỉnh Shizuoka dẫn đầu");
        int before = meetings();
        vm.save();
        assertThat(meetings()).isEqualTo(before + 1);
        assertThat(shown).singleElement().asString().startsWith("m-2026-03-12-ha-tinh-");
        // The second file is empty: one readable line, then nothing left to review.
        assertThat(dialogs.shown).contains("error: Không đọc được bài báo — b-empty.txt trống. Chưa nhập gì.");
        assertThat(vm.formProperty().get()).isNull();
    }

    @Test
    void fieldsThatCannotBeSavedAreNamedAndNothingIsWritten() {
        vm.paste(MainViewFxTest.UNSEEN_ARTICLE);
        DraftForm form = vm.formProperty().get();
        form.date.set("30/02/2026");
        form.province.set(null);
        form.requests.get(0).text.set(" ");
        assertThat(form.errors()).containsEntry("date", "review.error.date").containsEntry("province",
                "review.error.province").containsEntry("request.0", "review.error.requestText");
        int before = meetings();
        vm.save();
        assertThat(meetings()).isEqualTo(before);
        assertThat(dialogs.shown).last().asString().contains("Còn 3 chỗ cần sửa");
        assertThat(vm.formProperty().get()).isSameAs(form);
    }

    @Test
    void theSameArticleTwiceIsCaughtAndASecondReportOffersAMerge() {
        vm.paste(MainViewFxTest.UNSEEN_ARTICLE);
        vm.save();
        int after = meetings();
        vm.paste(MainViewFxTest.UNSEEN_ARTICLE);
        vm.save();
        assertThat(meetings()).isEqualTo(after);
        assertThat(dialogs.shown).last().asString().contains("đã có trong kho");
        // Another paper reports the same meeting in other words: the officer is asked, and declines.
        String other = MainViewFxTest.UNSEEN_ARTICLE.replace("Chiều 12/3/2026, tại trụ sở UBND tỉnh,",
                "Ngày 12/3/2026, tại thành phố Hà Tĩnh,");
        dialogs.answer = false;
        vm.paste(other);
        vm.save();
        assertThat(dialogs.shown).last().asString().startsWith("ask: Nhập bài báo — Cuộc làm việc “12/03/2026 · Hà Tĩnh mong muốn");
        assertThat(meetings()).isEqualTo(after);
        dialogs.answer = true;
        vm.save();
        assertThat(meetings()).isEqualTo(after);
        int sources = store.read(h -> h.createQuery("SELECT count(*) FROM meeting_source ms JOIN meeting m"
                + " ON m.id = ms.meeting_id WHERE m.province_id = 'ha-tinh'").mapTo(Integer.class).one());
        assertThat(sources).isEqualTo(2);
        assertThat(dialogs.shown).last().asString().contains("Đã bổ sung bài báo vào cuộc làm việc");
    }

    @Test
    void openingAnotherArticleAsksBeforeDroppingAnEditedDraft() {
        vm.paste(MainViewFxTest.UNSEEN_ARTICLE);
        DraftForm first = vm.formProperty().get();
        first.venue.set("Hà Tĩnh");
        dialogs.answer = false;
        vm.paste(MainViewFxTest.UNSEEN_ARTICLE);
        assertThat(vm.formProperty().get()).isSameAs(first);
        assertThat(dialogs.shown).last().asString().contains("đã được sửa nhưng chưa lưu");
    }

    @Test
    void aGiftTheExtractorMissedIsAddedByHandAndStored() {
        vm.paste(MainViewFxTest.UNSEEN_ARTICLE);
        DraftForm form = vm.formProperty().get();
        form.addGift();
        assertThat(form.errors()).containsEntry("gift.0", "review.error.required");
        DraftItems.GiftItem gift = form.gifts.get(0);
        gift.item.set("Bức tranh sơn mài Chùa Hương Tích");
        gift.giver.set("UBND tỉnh Hà Tĩnh");
        gift.receiver.set("Thống đốc Suzuki Yasutomo");
        vm.save();
        String stored = store.read(h -> h.createQuery("SELECT item || ' | ' || giver_text || ' | ' || direction FROM gift"
                + " g JOIN meeting m ON m.id = g.meeting_id WHERE m.province_id = 'ha-tinh'").mapTo(String.class).one());
        assertThat(stored).isEqualTo("Bức tranh sơn mài Chùa Hương Tích | UBND tỉnh Hà Tĩnh | vn_to_jp");
    }

    @Test
    void commitmentsAndThanksAreReviewedAndTheEditedOnesPassedOn() {
        vm.paste("""
                Ngày 12/3/2025, Chủ tịch UBND tỉnh Nghệ An Lê Văn Bình tiếp ông Sato Ken, Thị trưởng thành phố Kofu.
                Ông Sato Ken cảm ơn sự đón tiếp chu đáo của lãnh đạo tỉnh.
                Thành phố Kofu sẽ cử hai giáo viên tiếng Nhật sang giảng dạy tại tỉnh từ tháng 9.
                Tỉnh Nghệ An cam kết bố trí nơi ở cho các giáo viên trong suốt thời gian giảng dạy.
                """);
        DraftForm form = vm.formProperty().get();
        assertThat(form.commitments).extracting(c -> c.side.get()).containsExactly("jp", "vn");
        assertThat(form.thanks).extracting(t -> t.by.get()).containsExactly("jp");
        form.commitments.get(1).include.set(false);
        form.thanks.get(0).by.set("vn");
        Draft edited = form.toDraft();
        assertThat(edited.commitments()).extracting(Draft.CommitmentDraft::side).containsExactly("jp");
        assertThat(edited.thanks()).extracting(Draft.ThanksDraft::by, Draft.ThanksDraft::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("vn", "jp"));
    }

    @Test
    void anUndatedArticlesWarningIsInTheWindowsLanguage() {
        vm.paste(MainViewFxTest.UNSEEN_ARTICLE.replace("Chiều 12/3/2026, tại", "Tại"));
        DraftForm form = vm.formProperty().get();
        assertThat(form.warnings()).extracting(vn.protocolbrief.ingest.Warning::code).contains("no_date");
        Messages vi = new Messages("vi");
        assertThat(form.warnings()).extracting(w -> vi.format("warning." + w.code(), w.args().toArray()))
                .contains("Bài báo không nói cuộc làm việc diễn ra khi nào.");
    }

    @Test
    void anArticleTheImporterRefusesCanStillBeRecordedFromAnEmptyDraft() {
        String festival = "Từ ngày 22 đến 24/3/2024, Lễ hội Hoa anh đào Nhật Bản sẽ diễn ra tại công viên Bạch Đằng, thành phố"
                + " Hạ Long, tỉnh Quảng Ninh, do UBND tỉnh phối hợp với Đại sứ quán Nhật Bản tổ chức, với nhiều hoạt động"
                + " trưng bày và trình diễn văn hóa.";
        dialogs.answer = false;
        vm.paste(festival);
        assertThat(dialogs.shown).singleElement().asString().startsWith("ask: ")
                .contains("không thấy cuộc làm việc nào").contains("[Tạo bản nháp trống / Bỏ qua bài này]");
        assertThat(vm.formProperty().get()).isNull();

        dialogs.shown.clear();
        dialogs.answer = true;
        vm.paste(festival);
        DraftForm form = vm.formProperty().get();
        assertThat(form).isNotNull();
        assertThat(form.original().source().text()).contains("Lễ hội Hoa anh đào");
        assertThat(form.errors()).containsKeys("province", "partner");
        int before = meetings();
        vm.save();
        assertThat(meetings()).isEqualTo(before);
    }
}

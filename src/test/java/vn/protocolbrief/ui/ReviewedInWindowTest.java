package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.ingest.ArticleReader;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.service.MeetingReviews;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.importing.ImportViewModel;
import vn.protocolbrief.ui.review.ReviewViewModel;
import vn.protocolbrief.ui.shell.MainViewModel;

/** Reviewed or not in the window: a draft saved from review is reviewed; the list of the others; marking one. */
class ReviewedInWindowTest {
    static final String ARTICLE = vn.protocolbrief.store.ReviewArticles.READ;

    @TempDir
    Path dir;
    Store store;
    Preferences prefs;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<String> shown = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        prefs = Preferences.userRoot().node("protocol-brief-review-test-" + System.nanoTime());
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        store.close();
    }

    @Test
    void aDraftSavedFromTheWindowsReviewIsReviewedByTheOfficer() {
        MainViewModel main = new MainViewModel(store, new SyncTaskRunner(), dialogs, new Messages("vi"), prefs);
        main.load();
        ImportViewModel vm = new ImportViewModel(store, new SyncTaskRunner(), dialogs, new Messages("vi"), shown::add);
        vm.paste(ARTICLE);
        vm.save();
        String id = shown.get(0);
        var review = new MeetingReviews(store).of(id);
        assertThat(review).isPresent();
        assertThat(review.get().reviewedBy()).isEqualTo(store.actor().name());
        assertThat(new MeetingReviews(store).count()).isZero();
    }

    @Test
    void theListShowsWhatNobodyReviewedAndMarkingItTakesItOff() {
        ImportService importer = new ImportService(store);
        String id = importer.save(importer.draft(
                new ArticleReader().read(ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.txt")), false).meetingId();
        ReviewViewModel vm = new ReviewViewModel(store, new SyncTaskRunner(), dialogs, new Messages("vi"), shown::add);
        List<Integer> reviewedCalls = new ArrayList<>();
        vm.onReviewed(() -> reviewedCalls.add(1));
        vm.refresh();
        assertThat(vm.countProperty().get()).isEqualTo(1);
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.meetingId()).isEqualTo(id);
            assertThat(r.province()).isEqualTo("Quảng Trị");
            assertThat(r.date()).isEqualTo("20/05/2026");
        });
        vm.selectedProperty().set(vm.rows().get(0));
        // What was saved, beside the article it came from.
        assertThat(vm.recordProperty().get()).contains("Đề nghị: ").contains("kỹ sư nông nghiệp");
        assertThat(vm.articleProperty().get()).contains("Sáng 20/5/2026, tại trụ sở UBND tỉnh");
        vm.openSelected();
        assertThat(shown).containsExactly(id);

        dialogs.answer = false;
        vm.markSelected();
        assertThat(new MeetingReviews(store).of(id)).isEmpty();
        dialogs.answer = true;
        vm.markSelected();
        assertThat(dialogs.shown).last().asString().startsWith("confirm: Đánh dấu đã kiểm tra — Anh/chị đã đối chiếu");
        assertThat(new MeetingReviews(store).of(id)).isPresent();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.countProperty().get()).isZero();
        assertThat(reviewedCalls).hasSize(1);
    }

    @Test
    void theComposerCanLeaveOutWhatNobodyReviewed() throws Exception {
        ImportService importer = new ImportService(store);
        importer.save(importer.draft(
                new ArticleReader().read(ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.txt")), false);
        var pair = new javafx.beans.property.SimpleObjectProperty<vn.protocolbrief.ui.common.SelectedPair>();
        var composer = new vn.protocolbrief.ui.brief.ComposerViewModel(store, new SyncTaskRunner(), dialogs,
                new Messages("vi"), pair);
        pair.set(new vn.protocolbrief.ui.common.SelectedPair(
                store.reads(r -> r.provinces().stream().filter(x -> x.id().equals("quang-tri")).findFirst().orElseThrow()),
                store.reads(r -> r.partnersById().get("pref-shizuoka"))));
        String request = "kết nối các trường đại học của hai tỉnh";
        composer.render();
        assertThat(text(composer.fileProperty().get())).contains(request).contains("◇");
        composer.choices().reviewedOnlyProperty().set(true);
        composer.render();
        assertThat(text(composer.fileProperty().get())).doesNotContain(request).doesNotContain("◇");
    }

    private static String text(Path pdf) throws java.io.IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aMeetingSavedInTheRecordFormIsReviewedByWhoeverEnteredIt() {
        ImportService importer = new ImportService(store);
        String id = importer.save(importer.draft(
                new ArticleReader().read(ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.txt")), false).meetingId();
        RecordService records = new RecordService(store);
        Meeting m = records.meeting(id);
        records.saveMeeting(new Meeting(m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), "Nhà khách tỉnh",
                m.partnerId(), m.title(), m.summary(), m.outcome(), m.sourceIds(), m.participants(), m.requests(),
                m.gifts()));
        assertThat(new MeetingReviews(store).of(id)).isPresent();
        // Undoing the edit puts the meeting back as it was: unreviewed.
        records.undoLast();
        assertThat(new MeetingReviews(store).of(id)).isEmpty();
    }
}

package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.brief.PackPrinter;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.ui.brief.ComposerViewModel;
import vn.protocolbrief.ui.brief.TalkingPoints;
import vn.protocolbrief.ui.brief.VisitForm;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;

/** The composer without a window: the visit form, its errors in words, the pack, the talking points, printing. */
class ComposerViewModelTest {
    @TempDir
    Path dir;
    Store store;
    RecordingDialogs dialogs = new RecordingDialogs();
    SimpleObjectProperty<SelectedPair> pair = new SimpleObjectProperty<>();
    ComposerViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        vm = new ComposerViewModel(store, new SyncTaskRunner(), dialogs, new Messages("vi"), pair,
                Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        choose("phu-tho", "embassy-of-japan");
    }

    @AfterEach
    void close() {
        store.close();
    }

    void choose(String province, String partner) {
        var p = store.reads(r -> r.provinces().stream().filter(x -> x.id().equals(province)).findFirst().orElseThrow());
        var x = store.reads(r -> r.partnersById().get(partner));
        pair.set(new SelectedPair(p, x));
    }

    void fill() {
        vm.form().dateProperty().set("03/12/2026");
        vm.form().timeProperty().set("9:30");
        vm.form().venueProperty().set("Trụ sở UBND tỉnh");
        vm.form().leaderProperty().set("ITO Naoki");
        vm.form().hosts().add(new VisitForm.PersonRow());
        vm.form().hosts().get(0).name().set("Trần Duy Đông");
        vm.form().members().add(new VisitForm.PersonRow());
        vm.form().members().get(0).name().set("Sato Yuki");
        vm.form().members().get(0).title().set("Tham tán");
        vm.form().programme().add(new VisitForm.ProgrammeRow());
        vm.form().programme().get(0).time().set("09:30");
        vm.form().programme().get(0).item().set("Đón đoàn tại trụ sở UBND tỉnh");
        vm.form().officeProperty().set("Sở Ngoại vụ tỉnh Phú Thọ");
    }

    /** Issue 19: the sources a reader could not check are listed in the composer, with what each lacks. */
    @Test
    void theSourcesAReaderCannotCheckAreListedAfterThePackIsMade() {
        assertThat(vm.incompleteSources().lines()).isEmpty();
        fill();
        vm.render();
        // The demo's Phú Thọ article was saved with its headline only (no newspaper, no address).
        assertThat(vm.incompleteSources().lines()).anySatisfy(line -> assertThat(line)
                .contains("src-001-phu-tho-embassy: thiếu tên báo / đường dẫn", "source edit src-001-phu-tho-embassy"));
        new vn.protocolbrief.service.SourceService(store).edit("src-001-phu-tho-embassy",
                new vn.protocolbrief.service.SourceService.Edit("Báo Phú Thọ", null, null, "https://baophutho.vn/a"));
        vm.render();
        assertThat(vm.incompleteSources().lines()).noneMatch(line -> line.contains("src-001-phu-tho-embassy"));
    }

    @Test
    void aVisitIsRecordedFromTheFormAndItsPackMade() {
        assertThat(vm.form().partnerPeople()).contains("ITO Naoki");
        fill();
        vm.render();
        // The demo's Phú Thọ posts were read on 25/11/2025, over a year before the visit: confirmed, nothing else.
        assertThat(dialogs.shown).singleElement().asString().startsWith("ask: Chức vụ theo hồ sơ cũ");
        Visit saved = new VisitService(store).list("phu-tho", "embassy-of-japan").get(0);
        assertThat(saved.date().iso()).isEqualTo("2026-12-03"); // the 3rd of December, whatever the locale
        assertThat(saved.time()).isEqualTo("09:30");
        assertThat(saved.leader().personId()).isEqualTo("ito-naoki");
        assertThat(saved.hosts()).extracting(Visit.Attendee::personId).containsExactly("tran-duy-dong");
        assertThat(saved.members()).extracting(Visit.Attendee::name).containsExactly("Sato Yuki");
        assertThat(vm.pages()).isNotEmpty();
        assertThat(vm.fileProperty().get().getFileName().toString())
                .isEqualTo("ho-so-phu-tho-dai-su-quan-nhat-ban-tai-viet-nam-2026-12-03.pdf");
        assertThat(vm.points()).extracting(TalkingPoints.PointRow::kind).startsWith("welcome").endsWith("closing");
        assertThat(vm.past().list()).isNotEmpty();
    }

    @Test
    void aParticipantOfOurSideFromAnotherProvinceIsSaidBesideTheListAndNothingIsSaved() {
        fill();
        vm.form().hosts().add(new VisitForm.PersonRow());
        vm.form().hosts().get(1).name().set("Nguyễn Xuân Ký");
        vm.render();
        assertThat(vm.form().error("hosts").get()).startsWith("Nguyễn Xuân Ký giữ chức vụ tại Quảng Ninh")
                .contains("không thuộc Phú Thọ");
        assertThat(new VisitService(store).list(null, null)).isEmpty();
        assertThat(vm.pages()).isEmpty();
    }

    @Test
    void postsFromRecordsOverAYearOldAreListedWithTheirDatesToConfirmBeforeThePackIsMade() {
        choose("quang-ninh", "pref-hokkaido");
        vm.form().dateProperty().set("03/12/2026");
        vm.form().leaderProperty().set("Suzuki Naomichi");
        vm.form().hosts().add(new VisitForm.PersonRow());
        vm.form().hosts().get(0).name().set("Nguyễn Xuân Ký");
        dialogs.answer = false;
        vm.render();
        assertThat(dialogs.shown).singleElement().asString().startsWith("ask: Chức vụ theo hồ sơ cũ")
                .contains("SUZUKI Naomichi", "Nguyễn Xuân Ký", "(11/2023)", "[Xác nhận vẫn đúng, tạo hồ sơ / Quay lại sửa]");
        assertThat(vm.pages()).as("gone back: no pack").isEmpty();
        dialogs.answer = true;
        vm.render();
        assertThat(vm.pages()).isNotEmpty();
    }

    @Test
    void aVisitWithoutAHostOfOursOrWithANameSeveralPersonsBearIsRefusedNextToTheField() {
        choose("phu-tho", "embassy-of-japan");
        vm.form().dateProperty().set("03/12/2026");
        vm.form().leaderProperty().set("Ito");
        assertThat(vm.saveVisit()).as("no host of ours").isFalse();
        assertThat(vm.form().error("hosts").get()).startsWith("Chuyến thăm cần người tiếp đoàn phía ta");
        vm.form().hosts().add(new VisitForm.PersonRow());
        vm.form().hosts().get(0).name().set("Nguyễn");
        assertThat(vm.saveVisit()).as("two persons are called Nguyễn").isFalse();
        assertThat(vm.form().error("hosts").get()).startsWith("“Nguyễn” là tên của nhiều người (");
        assertThat(new VisitService(store).list(null, null)).isEmpty();
        vm.form().hosts().get(0).name().set("Trần");
        assertThat(vm.saveVisit()).isTrue();
        Visit saved = new VisitService(store).list(null, null).get(0);
        assertThat(saved.leader().personId()).as("the family name alone finds the one Ito").isEqualTo("ito-naoki");
        assertThat(saved.hosts()).extracting(Visit.Attendee::personId).containsExactly("tran-duy-dong");
    }

    @Test
    void wrongFieldsAreSaidNextToThemInWordsAndNothingIsSaved() {
        fill();
        vm.form().dateProperty().set("31/02/2026");
        vm.form().timeProperty().set("25:00");
        vm.form().leaderProperty().set("Trần Duy Đông");
        vm.render();
        assertThat(vm.form().error("date").get()).isEqualTo("“31/02/2026” không phải là ngày. Viết ngày trước: 03/12/2026,"
                + " hoặc tháng 12/2026, hoặc năm 2026.");
        assertThat(vm.form().error("time").get()).startsWith("“25:00” không phải là giờ");
        assertThat(vm.form().error("leader").get()).isEqualTo("Trần Duy Đông thuộc phía Việt Nam; trưởng đoàn phải là"
                + " người của Đại sứ quán Nhật Bản tại Việt Nam.");
        assertThat(new VisitService(store).list(null, null)).isEmpty();
        assertThat(vm.pages()).isEmpty();
        // Corrected, the errors go.
        vm.form().dateProperty().set("12/2026");
        vm.form().timeProperty().set("");
        vm.form().leaderProperty().set("Ito Naoki");
        assertThat(vm.saveVisit()).isTrue();
        assertThat(vm.form().error("date").get()).isEmpty();
        assertThat(new VisitService(store).list(null, null).get(0).date().iso()).isEqualTo("2026-12");
    }

    @Test
    void editedTalkingPointsAreKeptWithTheVisitAndPrinted() {
        fill();
        vm.render();
        vm.points().get(0).text().set("Chào mừng Ngài Đại sứ I-tô Na-ô-ki trở lại Phú Thọ.");
        vm.savePoints();
        Visit saved = new VisitService(store).list("phu-tho", "embassy-of-japan").get(0);
        assertThat(saved.points()).first().extracting(Visit.SpeechPoint::text)
                .isEqualTo("Chào mừng Ngài Đại sứ I-tô Na-ô-ki trở lại Phú Thọ.");
        assertThat(vm.pointsEditedProperty().get()).isTrue();
        assertThat(store.reads(r -> r.packs("phu-tho", "embassy-of-japan")).get(0).points()).first()
                .extracting(Visit.SpeechPoint::text).isEqualTo("Chào mừng Ngài Đại sứ I-tô Na-ô-ki trở lại Phú Thọ.");
        vm.resetPoints();
        assertThat(new VisitService(store).list("phu-tho", "embassy-of-japan").get(0).points()).isEmpty();
        assertThat(vm.points().get(0).text().get()).startsWith("Thay mặt lãnh đạo tỉnh Phú Thọ");
    }

    @Test
    void theNextVisitOfThePairFillsTheFormWhenThePairIsChosen() {
        fill();
        vm.saveVisit();
        choose("gia-lai", "ashikaga");
        assertThat(vm.form().dateProperty().get()).isEmpty();
        choose("phu-tho", "embassy-of-japan");
        assertThat(vm.form().dateProperty().get()).isEqualTo("03/12/2026");
        assertThat(vm.form().leaderProperty().get()).isEqualTo("ITO Naoki");
    }

    @Test
    void withNoPrinterTheOfficerIsToldAndOfferedThePdf() {
        vm.render();
        List<Path> opened = new ArrayList<>();
        vm.usePrinter((pdf, name) -> PackPrinter.Outcome.NO_PRINTER);
        vm.print(opened::add);
        assertThat(dialogs.shown).last().asString().startsWith("ask: In… — Máy tính này chưa có máy in nào.")
                .endsWith("[Mở tệp PDF / Đóng]");
        assertThat(opened).containsExactly(vm.fileProperty().get());
        vm.usePrinter((pdf, name) -> {
            throw new java.awt.print.PrinterException("Printer is offline");
        });
        vm.print(opened::add);
        // A failure is said with the system's reason, and the PDF is offered (issue 22).
        assertThat(dialogs.shown).last().asString().isEqualTo("ask: Không in được hồ sơ — Không in được: Printer is"
                + " offline. Có thể mở tệp PDF rồi in từ trình xem PDF. [Mở tệp PDF / Đóng]");
    }

    /** Issue 20: "Save as Word" says where the file was written, as "Save as" of the PDF does, and that it is Word. */
    @Test
    void saveAsWordSaysWhereTheWordFileWasWritten() {
        fill();
        vm.render();
        Path word = dir.resolve("ho-so.docx");
        dialogs.shown.clear();
        vm.saveAsWord(word);
        assertThat(word).isNotEmptyFile();
        assertThat(dialogs.shown).containsExactly("info: Hồ sơ đón tiếp (Word) — Đã lưu bản Word của hồ sơ tại "
                + word.toAbsolutePath());
    }
}

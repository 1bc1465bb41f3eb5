package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.brief.PackPrinter;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.FileOpener;
import vn.protocolbrief.ui.common.FxTaskRunner;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SearchPicker;
import vn.protocolbrief.ui.common.WindowPlacement;
import vn.protocolbrief.ui.shell.MainViewModel;
import vn.protocolbrief.ui.shell.RecentPairs;

/**
 * Issue 12, finding by finding, driven headless as an officer would, with the computer's locale set by each
 * subclass (en_US: an office laptop in English; vi_VN). The window is in Vietnamese unless a test says otherwise.
 */
abstract class WindowFindingsFx extends WindowFixture {

    // ---- 1. dates in the window's language, whatever the locale ----------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void finding1DatesAreWrittenAndReadAsTheWindowsLanguageDoes(FxRobot robot) throws Exception {
        loaded();
        assertThat(vm.meetings().get(0).date()).isEqualTo("25/11/2025");
        robot.clickOn("#tab-composer");
        WaitForAsyncUtils.waitForFxEvents();
        DateField date = robot.lookup("#visit-date").queryAs(DateField.class);
        robot.clickOn(date.editor()).write("03/12/2026");
        // Someone of ours receives them: a visit without a host is refused.
        robot.interact(() -> {
            var host = new vn.protocolbrief.ui.brief.VisitForm.PersonRow();
            host.name().set("Trần Duy Đông");
            window.composer().form().hosts().add(host);
        });
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo(robot, "#save-visit");
        robot.clickOn("#save-visit");
        WaitForAsyncUtils.waitForFxEvents();
        var visits = new VisitService(store).list("phu-tho", "embassy-of-japan");
        assertThat(visits).singleElement().satisfies(v -> assertThat(v.date().iso()).isEqualTo("2026-12-03"));
        // The calendar speaks the window's language: Vietnamese month names, whatever the computer's locale.
        scrollTo(robot, "#visit-date");
        robot.clickOn(date.lookup(".button"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> labels = new ArrayList<>();
        robot.lookup(".date-picker-popup .label").queryAllAs(Label.class).forEach(l -> labels.add(l.getText()));
        assertThat(String.join(" ", labels).toLowerCase(Locale.ROOT)).contains("tháng");
        robot.type(KeyCode.ESCAPE);
        // The follow-up dialog shows today as 30/11/2026, never 11/30/2026.
        robot.clickOn("#tab-records");
        robot.clickOn(robot.lookup(".tab").lookup("Đề nghị").queryAs(Node.class));
        TableView<MainViewModel.RequestRow> table = robot.lookup("#requests").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#change-status");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#status-date").tryQuery().isPresent());
        DateField statusDate = robot.lookup("#status-date").queryAs(DateField.class);
        LocalDate today = LocalDate.now();
        assertThat(statusDate.editor().getText()).isEqualTo(String.format("%02d/%02d/%d", today.getDayOfMonth(),
                today.getMonthValue(), today.getYear()));
        robot.clickOn("Hủy");
    }

    @Test
    void finding1AnEnglishWindowWritesDatesNoReaderMisreads(FxRobot robot) throws Exception {
        loaded();
        MainWindow[] english = new MainWindow[1];
        Preferences other = Preferences.userRoot().node("protocol-brief-findings-en-" + System.nanoTime());
        robot.interact(() -> {
            english[0] = new MainWindow(store, new FxTaskRunner(), dialogs, new Messages("en"), other, f -> { }, l -> { });
            stage.setScene(new Scene(english[0].root(), 1366, 768));
            english[0].main().load();
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !english[0].main().meetings().isEmpty());
        assertThat(english[0].main().meetings().get(0).date()).isEqualTo("25 Nov 2025");
        other.removeNode();
    }

    // ---- 2. a merge adds nothing twice --------------------------------------------------------------------

    @Test
    void finding2ReimportingAndMergingAnArticleAddsNothingTwice(FxRobot robot) throws Exception {
        loaded();
        String article;
        try (var in = getClass().getResourceAsStream("/articles/002_430b03be67878ace.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int agreements = count("agreement");
        int figures = count("key_figure");
        int meetings = count("meeting");
        var importer = window.importer();
        robot.interact(() -> importer.paste(article));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> importer.formProperty().get() != null);
        robot.interact(importer::save);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> dialogs.shown.stream().anyMatch(s -> s.startsWith("info:")
                || s.startsWith("ask:")));
        // The same report again, with a sentence added: offered as a merge, accepted.
        dialogs.answer = true;
        robot.interact(() -> importer.paste(article + "\n\nHai bên thống nhất sẽ tổ chức đoàn doanh nghiệp Ashikaga"
                + " khảo sát Gia Lai trong năm 2026."));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> importer.formProperty().get() != null);
        robot.interact(importer::save);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> importer.formProperty().get() == null);
        assertThat(count("meeting")).isEqualTo(meetings);
        // Nothing twice: no agreement stored a second time. The added sentence ("hai bên thống nhất …") may be the one
        // new agreement, agreed in words at the meeting (issue 18).
        assertThat(count("agreement")).isBetween(agreements, agreements + 1);
        int storedTwice = store.read(h -> h.createQuery("SELECT count(*) FROM (SELECT meeting_id, title FROM agreement"
                + " GROUP BY meeting_id, title HAVING count(*) > 1) AS twice").mapTo(Integer.class).one());
        assertThat(storedTwice).isZero();
        // National figures (Japan's investment in all of Viet Nam) are never Gia Lai's.
        assertThat(count("key_figure")).isEqualTo(figures);
        int giaLaiFigures = store.read(h -> h.createQuery("SELECT count(*) FROM key_figure WHERE province_id = 'gia-lai'")
                .mapTo(Integer.class).one());
        assertThat(giaLaiFigures).isZero();
        // Every source has a title a person can read.
        List<String> titles = store.read(h -> h.createQuery("SELECT coalesce(title, '') FROM source")
                .mapTo(String.class).list());
        assertThat(titles).noneMatch(t -> t.startsWith("src-"));
    }



    // ---- 3. pickers behave like a search box ----------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void finding3PickersKeepWhatIsTypedAndPutTheBestMatchFirst(FxRobot robot) throws Exception {
        loaded();
        SearchPicker<Province> province = robot.lookup("#province-picker").queryAs(SearchPicker.class);
        robot.clickOn(province.getEditor());
        robot.interact(() -> province.getEditor().selectAll());
        robot.write("gia lai");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(province.getEditor().getText()).isEqualTo("gia lai"); // the space wiped nothing
        assertThat(province.shown().get(0).id()).isEqualTo("gia-lai");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(province.getValue().id()).isEqualTo("gia-lai");
        String chosen = province.getEditor().getText();
        // Tab out and back in: the name stays.
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(province.getEditor().getText()).isEqualTo(chosen);
        // Selected whole so typing replaces it, with the caret at the start so the name's beginning is in view.
        assertThat(province.getEditor().getSelectedText()).isEqualTo(chosen);
        assertThat(province.getEditor().getCaretPosition()).isZero();
        // "gia" puts Gia Lai first; Down then Enter takes the first, highlighted one.
        robot.interact(() -> province.getEditor().selectAll());
        robot.write("phu");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(province.shown().get(0).id()).isEqualTo("phu-tho");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(province.getValue().id()).isEqualTo("phu-tho");
        robot.interact(() -> province.getEditor().selectAll());
        robot.write("gia");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(province.shown().get(0).id()).isEqualTo("gia-lai");
        robot.type(KeyCode.ESCAPE);
        SearchPicker<Partner> partner = robot.lookup("#partner-picker").queryAs(SearchPicker.class);
        robot.clickOn(partner.getEditor());
        robot.interact(() -> partner.getEditor().selectAll());
        robot.write("tp ashikaga");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(partner.shown().get(0).id()).isEqualTo("ashikaga");
        robot.type(KeyCode.ESCAPE);
    }

    // ---- 4. print and open say what happened ----------------------------------------------------------------

    @Test
    void finding4PrintingWithNoPrinterAndAFailedOpenAreSaidInWords(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn("#tab-composer");
        var composer = window.composer();
        robot.interact(() -> composer.usePrinter((pdf, name) -> PackPrinter.Outcome.NO_PRINTER));
        robot.clickOn("#render");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> composer.fileProperty().get() != null);
        dialogs.answer = false;
        robot.clickOn("#print");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.shown.stream()
                .anyMatch(s -> s.startsWith("ask: In… — Máy tính này chưa có máy in nào.")));
        new FileOpener(dialogs, new Messages("vi"), f -> {
            throw new java.io.IOException("no application is associated with PDF files");
        }).open(composer.fileProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.shown.stream()
                .anyMatch(s -> s.startsWith("error: Không mở được tệp") && s.contains("no application is associated")));
    }

    // ---- 5. a meeting recorded by hand in one form ----------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void finding5TheMeetingTheImporterRefusedIsRecordedInOneForm(FxRobot robot) throws Exception {
        loaded();
        long start = System.nanoTime();
        SearchPicker<Province> province = robot.lookup("#province-picker").queryAs(SearchPicker.class);
        SearchPicker<Partner> partner = robot.lookup("#partner-picker").queryAs(SearchPicker.class);
        robot.clickOn(province.getEditor());
        robot.interact(() -> province.getEditor().selectAll());
        robot.write("dong thap").type(KeyCode.ENTER);
        robot.clickOn(partner.getEditor());
        robot.interact(() -> partner.getEditor().selectAll());
        robot.write("tong lanh su ho chi minh").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(partner.getValue().id()).isEqualTo("cg-ho-chi-minh");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL); // "New meeting" on the history tab
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.importer().formProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var form = window.importer().formProperty().get();
        assertThat(form.handEntered()).isTrue();
        // One paragraph, as the Đồng Tháp newspaper printed it; everything typed into the one form.
        TextField dateField = (TextField) robot.lookup(n -> n instanceof TextField t && t.textProperty().isBound() == false
                && t.getPromptText() != null && t.getPromptText().startsWith("ngày/tháng/năm")).query();
        // The form starts on today's date: the officer selects it and types the meeting's.
        robot.clickOn(dateField);
        robot.interact(dateField::selectAll);
        robot.write("11/11/2019");
        robot.interact(() -> {
            form.venue.set("Trụ sở UBND tỉnh Đồng Tháp");
            form.leaderName.set("Ono Masuo");
            form.leaderTitle.set("Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh");
            form.hosts.set("Phạm Thiện Nghĩa — Chủ tịch UBND tỉnh Đồng Tháp");
            form.addRequest();
            form.requests.get(0).text.set("Đề nghị Tổng Lãnh sự quán hỗ trợ kết nối doanh nghiệp Nhật Bản đầu tư"
                    + " chế biến nông sản tại Đồng Tháp.");
            form.requests.get(0).categories.setAll("investment", "agriculture");
            form.addGift();
            form.gifts.get(0).item.set("Tranh sen Đồng Tháp");
            form.publication.set("Báo Đồng Tháp");
        });
        robot.clickOn("#import-save");
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.importer().formProperty().get() == null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not saved: " + dialogs.shown + " " + form.errors(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("finding 5: the Đồng Tháp meeting recorded in one form in %.1f s (robot)%n", seconds);
        var saved = store.reads(r -> r.history("dong-thap", "cg-ho-chi-minh"));
        assertThat(saved).singleElement().satisfies(m -> {
            assertThat(m.date().iso()).isEqualTo("2019-11-11");
            assertThat(m.requests()).hasSize(1);
            assertThat(m.gifts()).extracting(g -> g.item()).containsExactly("Tranh sen Đồng Tháp");
            assertThat(m.participants()).hasSize(2);
        });
        assertThat(store.reads(r -> r.persons()).stream().map(p -> p.protocolName())).contains("ONO Masuo",
                "Phạm Thiện Nghĩa");
        // His post since 11/11/2019, as a row of the person form (not "title | organisation | from | to").
        String ono = store.reads(r -> r.persons()).stream().filter(p -> p.protocolName().equals("ONO Masuo"))
                .findFirst().orElseThrow().id();
        dialogs.editor = f -> {
            var posts = f.field("posts");
            assertThat(posts.type).isEqualTo(vn.protocolbrief.ui.common.RecordForm.Type.ROWS);
            assertThat(posts.columns).extracting(c -> c.key()).containsExactly("title", "organisation", "from", "to");
            var row = posts.rows.isEmpty() ? null : posts.rows.get(0);
            if (row == null) {
                posts.addRow(java.util.Map.of());
                row = posts.rows.get(0);
            }
            row.get("title").set("Tổng Lãnh sự");
            row.get("organisation").set("Tổng Lãnh sự quán Nhật Bản tại TP Hồ Chí Minh");
            row.get("from").set("11/11/2019");
            return true;
        };
        robot.interact(() -> window.records().editPerson(ono));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.reads(r -> r.persons(List.of(ono))).get(0)
                .positions().stream().anyMatch(x -> x.from().known()));
        assertThat(store.reads(r -> r.persons(List.of(ono))).get(0).positions()).singleElement()
                .satisfies(x -> assertThat(x.from().iso()).isEqualTo("2019-11-11"));
    }

    // ---- 6. the details follow, filters say they are on, questions name their buttons, focus shows, undo -----

    @Test
    @SuppressWarnings("unchecked")
    void finding6DetailsFollowFiltersResetQuestionsAreSafeFocusShowsAndDeletionsUndo(FxRobot robot) throws Exception {
        loaded();
        TableView<MainViewModel.MeetingRow> history = robot.lookup("#history").queryAs(TableView.class);
        robot.interact(() -> history.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> detailsText(robot).contains("Trần Duy Đông"));
        robot.clickOn(robot.lookup(".tab").lookup("Đề nghị").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(detailsText(robot)).doesNotContain("Chủ tịch UBND tỉnh Trần Duy Đông tiếp");
        TableView<MainViewModel.RequestRow> requests = robot.lookup("#requests").queryAs(TableView.class);
        robot.interact(() -> requests.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !detailsText(robot).isBlank());
        // A status filter that hides everything says so; another pair clears it.
        robot.interact(() -> vm.requestFilters().statusProperty().set(RequestStatus.DECLINED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(requests.getItems()).isEmpty();
        assertThat(((javafx.scene.layout.VBox) requests.getPlaceholder()).getChildren().get(0))
                .extracting(n -> ((Label) n).getText()).isEqualTo("Bộ lọc đang bật ẩn mọi đề nghị của cặp này.");
        robot.interact(() -> vm.provinceProperty().set(vm.provinces().stream().filter(p -> p.id().equals("cao-bang"))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.requestFilters().statusProperty().get()).isNull();
        // Deleting asks with buttons that say what they do; the safe one is the default (answered "keep" here).
        dialogs.answer = false;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !requests.getItems().isEmpty());
        robot.interact(() -> requests.getSelectionModel().select(0));
        robot.clickOn(requests).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialogs.shown.stream().anyMatch(s -> s.startsWith("ask: Xóa")));
        assertThat(dialogs.shown).filteredOn(s -> s.startsWith("ask: Xóa")).first().asString().endsWith("[Xóa / Giữ lại]");
        // Delete for real, then Ctrl+Z puts it back.
        int before = requests.getItems().size();
        dialogs.answer = true;
        robot.clickOn(requests).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> requests.getItems().size() == before - 1);
        robot.clickOn(requests);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> requests.getItems().size() == before);
        // Keyboard focus is visible on a table: its picture changes when it has the focus.
        WritableImage focused = snapshot(robot, requests);
        robot.clickOn("#search");
        WritableImage unfocused = snapshot(robot, requests);
        assertThat(differ(focused, unfocused)).isTrue();
    }


    WritableImage snapshot(FxRobot robot, Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = node.snapshot(null, null));
        return shot[0];
    }

    static boolean differ(WritableImage a, WritableImage b) {
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- 7. first launch, help, a small screen, recent pairs ------------------------------------------------

    @Test
    void finding7FirstLaunchHelpSmallScreenAndRecentPairs(FxRobot robot) throws Exception {
        loaded();
        assertThat(WindowPlacement.first(0, 0, 1366, 728).maximized()).isTrue();
        WindowPlacement wide = WindowPlacement.first(0, 0, 1920, 1040);
        assertThat(wide.maximized()).isFalse();
        assertThat(wide.x()).isEqualTo((1920 - wide.width()) / 2);
        // The demo store says it holds samples.
        assertThat(robot.lookup("#demo-note").queryAs(Node.class).isVisible()).isTrue();
        // F1: the guide, in the window's language.
        robot.clickOn("#search");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Hướng dẫn".equals(s.getTitle())));
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w instanceof Stage s
                && "Hướng dẫn".equals(s.getTitle())).map(w -> (Stage) w).toList().forEach(Stage::close));
        // At 1024×700 every control of the top bar is whole and on screen.
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[]{"#ui-language", "#help-button", "#province-picker", "#partner-picker"}) {
            Node n = robot.lookup(id).query();
            var b = n.localToScene(n.getBoundsInLocal());
            assertThat(b.getMaxX()).as(id).isLessThanOrEqualTo(stage.getScene().getWidth());
        }
        // Recent pairs remember what was looked at: a pair made with one picker counts once it was shown long enough
        // to be read (issue 22, finding 9) and the officer moves on.
        robot.interact(() -> vm.provinceProperty().set(vm.provinces().stream().filter(p -> p.id().equals("gia-lai"))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1_200);
        robot.interact(() -> vm.provinceProperty().set(vm.provinces().stream().filter(p -> p.id().equals("phu-tho"))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.recentPairs()).extracting(RecentPairs.RecentPair::provinceId).startsWith("gia-lai", "phu-tho");
    }
}

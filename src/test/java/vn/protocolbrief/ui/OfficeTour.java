package vn.protocolbrief.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Actor;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.travel.TravelService;
import vn.protocolbrief.ui.common.FxTaskRunner;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.records.RecordsViewModel.Kind;

/**
 * Screenshots of the window as an office uses it (issue 20), in Vietnamese and English at 1366×768: a meeting's pane
 * with who made and changed it, the request form with its Sensitive box, the partner's form and pane, the trash, the
 * answer of Ctrl+Z, the composer's visit box; then a travel copy of the demo store whose request was changed on both
 * sides, on its travel screen. Not a test: {@code mvn test -Dtest=OfficeTour -Dtour.dir=/tmp/office-tour}, then open
 * the PNGs.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "tour.dir", matches = ".+")
class OfficeTour {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TourShots.windowLook();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("tour.dir"));
        Files.createDirectories(out);
        for (String lang : new String[]{"vi", "en"}) {
            Locale.setDefault("vi".equals(lang) ? Locale.US : Locale.forLanguageTag("vi-VN"));
            Path dir = Files.createTempDirectory("pb-office-tour");
            try (Store store = Store.open(dir.resolve("demo.db")).actingAs(new Actor("Minh", "tour-" + lang))) {
                MainWindow window = open(robot, store, lang);
                String meeting = window.main().meetings().get(0).id();
                robot.interact(() -> window.records().select(Kind.MEETING, meeting));
                settle();
                save(robot, out.resolve(lang + "-01-meeting-pane.png"));
                // The request form (a real dialog): its Sensitive box.
                Meeting m = new RecordService(store).meeting(meeting);
                String request = m.requests().get(0).id();
                Platform.runLater(() -> window.records().editRequest(request, null));
                saveDialog(robot, out.resolve(lang + "-02-request-form.png"));
                robot.clickOn("#form-cancel");
                settle();
                // The partner: marked from the command's service as a colleague would, then its form and pane.
                try (Store lan = Store.open(dir.resolve("demo.db")).actingAs(new Actor("Lan", "tour-lan"))) {
                    new vn.protocolbrief.service.SensitiveService(lan).set("request", request, true);
                    new vn.protocolbrief.service.SensitiveService(lan).set("person", "ito-naoki", true);
                }
                Platform.runLater(() -> window.records().editPartner());
                saveDialog(robot, out.resolve(lang + "-03-partner-form.png"));
                robot.clickOn("#form-cancel");
                settle();
                save(robot, out.resolve(lang + "-04-partner-pane.png"));
                robot.interact(() -> window.records().select(Kind.REQUEST, request));
                robot.interact(window::showRecords);
                settle();
                clickTab(robot, "vi".equals(lang) ? "Đề nghị" : "Requests");
                robot.interact(() -> window.records().select(Kind.REQUEST, request));
                settle();
                save(robot, out.resolve(lang + "-05-request-pane.png"));
                clickTab(robot, "vi".equals(lang) ? "Nhân vật" : "People");
                robot.interact(() -> window.records().select(Kind.PERSON, "ito-naoki"));
                settle();
                save(robot, out.resolve(lang + "-06-person-pane.png"));
                // A deletion, the trash, then Ctrl+Z's answer.
                new RecordService(store).deleteRequest(meeting, m.requests().get(m.requests().size() - 1).id());
                robot.interact(() -> window.main().refresh());
                settle();
                robot.clickOn("#trash");
                saveDialog(robot, out.resolve(lang + "-07-trash.png"));
                closeDialog(robot);
                Platform.runLater(() -> window.records().undo());
                saveDialog(robot, out.resolve(lang + "-08-undo.png"));
                closeDialog(robot);
                Platform.runLater(() -> window.records().undo());
                saveDialog(robot, out.resolve(lang + "-09-undo-nothing.png"));
                closeDialog(robot);
                // The composer's visit box.
                robot.interact(window::showComposer);
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#visit-sensitive").tryQuery().isPresent());
                var composer = window.composer();
                robot.interact(() -> {
                    TourShots.typeVisit(composer);
                    composer.saveVisit();
                });
                settle();
                robot.clickOn("#visit-sensitive");
                settle();
                save(robot, out.resolve(lang + "-10-visit-marked.png"));
                window.main().onChanged(() -> { });
                // A travel copy of this store; the same request changed on both sides; synced: a conflict.
                Path copyFile = dir.resolve("copy.db");
                TravelService travel = new TravelService(Store::open);
                travel.take(store, store.path().toString(), copyFile, List.of(), false);
                try (Store copy = Store.open(copyFile).actingAs(new Actor("Minh", "road"))) {
                    changeStatus(copy, meeting, request, RequestStatus.IN_PROGRESS);
                    changeStatus(store, meeting, request, RequestStatus.DECLINED);
                    travel.sync(copy, store);
                    robot.interact(() -> stage.setScene(new Scene(new javafx.scene.layout.Pane(), 10, 10)));
                    MainWindow road = open(robot, copy, lang);
                    robot.clickOn("#tab-travel");
                    settle();
                    save(robot, out.resolve(lang + "-11-travel.png"));
                    robot.lookup("#travel-conflicts").queryAs(javafx.scene.control.ListView.class).getSelectionModel()
                            .select(0);
                    settle();
                    save(robot, out.resolve(lang + "-12-travel-conflict.png"));
                    road.main().onChanged(() -> { });
                }
            }
        }
    }

    private static void changeStatus(Store store, String meetingId, String requestId, RequestStatus status) {
        RecordService records = new RecordService(store);
        Request r = records.meeting(meetingId).requests().stream().filter(x -> x.id().equals(requestId)).findFirst()
                .orElseThrow();
        records.saveRequest(meetingId, new Request(r.id(), r.direction(), r.categories(), r.text(), status,
                r.threadKey(), r.sourceId(), r.followUps(), r.due()));
    }

    private MainWindow open(FxRobot robot, Store store, String lang) throws Exception {
        Preferences prefs = Preferences.userRoot().node("protocol-brief-office-tour-" + System.nanoTime());
        Messages messages = new Messages(lang);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(store, new FxTaskRunner(),
                    new vn.protocolbrief.ui.common.FxDialogService(stage, messages), messages, prefs, f -> { }, l -> { });
            Scene scene = new Scene(window[0].root(), 1366, 768);
            scene.getRoot().setStyle("-fx-font-family: 'Noto Sans';");
            stage.setScene(scene);
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            window[0].main().load();
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !window[0].main().meetings().isEmpty());
        settle();
        return window[0];
    }

    private void clickTab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab").lookup(title).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void saveDialog(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        settle();
        var windows = Window.getWindows();
        save(robot, windows.get(windows.size() - 1).getScene(), file);
    }

    private void closeDialog(FxRobot robot) throws Exception {
        robot.interact(() -> {
            var windows = Window.getWindows();
            Window top = windows.get(windows.size() - 1);
            if (top != stage && top instanceof Stage s) {
                s.close();
            }
        });
        settle();
    }

    private void save(FxRobot robot, Path file) throws Exception {
        save(robot, stage.getScene(), file);
    }

    private void save(FxRobot robot, Scene scene, Path file) throws Exception {
        TourShots.save(robot, scene, file);
    }
}

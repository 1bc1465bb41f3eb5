package vn.protocolbrief.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.FxTaskRunner;
import vn.protocolbrief.ui.common.Messages;

/**
 * Screenshots of every screen at 1366×768 and 1920×1080, in Vietnamese and English, with the JVM's locale the
 * other way round (an English laptop showing the Vietnamese window). Not a test: run it to look at the window,
 * {@code mvn test -Dtest=WindowTour -Dtour.dir=/tmp/tour}, then open the PNGs.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "tour.dir", matches = ".+")
class WindowTour {
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
            for (int[] size : new int[][]{{1366, 768}, {1920, 1080}}) {
                Path dir = Files.createTempDirectory("pb-tour");
                try (Store store = Store.open(dir.resolve("demo.db"))) {
                    Preferences prefs = Preferences.userRoot().node("protocol-brief-tour-" + System.nanoTime());
                    Messages messages = new Messages(lang);
                    MainWindow[] window = new MainWindow[1];
                    robot.interact(() -> {
                        window[0] = new MainWindow(store, new FxTaskRunner(),
                                new vn.protocolbrief.ui.common.FxDialogService(stage, messages), messages, prefs,
                                f -> { }, l -> { });
                        Scene scene = new Scene(window[0].root(), size[0], size[1]);
                        scene.getRoot().setStyle("-fx-font-family: 'Noto Sans';");
                        stage.setScene(scene);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        stage.show();
                        window[0].main().load();
                    });
                    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !window[0].main().meetings().isEmpty());
                    String name = lang + "-" + size[0] + "x" + size[1];
                    save(robot, out.resolve(name + "-1-history.png"));
                    robot.clickOn(robot.lookup(".tab").lookup(("vi".equals(lang) ? "Đề nghị" : "Requests"))
                            .queryAs(javafx.scene.Node.class));
                    WaitForAsyncUtils.waitForFxEvents();
                    Thread.sleep(300);
                    save(robot, out.resolve(name + "-2-requests.png"));
                    robot.interact(window[0]::newMeeting);
                    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window[0].importer().formProperty().get() != null);
                    WaitForAsyncUtils.waitForFxEvents();
                    Thread.sleep(300);
                    save(robot, out.resolve(name + "-3-new-meeting.png"));
                    robot.interact(() -> window[0].importer().formProperty().get().venue.set(""));
                    robot.interact(window[0]::showComposer);
                    WaitForAsyncUtils.waitForFxEvents();
                    var composer = window[0].composer();
                    robot.interact(() -> {
                        composer.form().dateProperty().set("03/12/2026");
                        composer.form().timeProperty().set("09:30");
                        composer.form().venueProperty().set("Trụ sở UBND tỉnh Phú Thọ");
                        composer.form().leaderProperty().set("ITO Naoki");
                        composer.form().hosts().add(new vn.protocolbrief.ui.brief.VisitForm.PersonRow());
                        composer.form().hosts().get(0).name().set("Trần Duy Đông");
                        composer.choices().langProperty().set(lang);
                        composer.render();
                    });
                    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !composer.pages().isEmpty());
                    WaitForAsyncUtils.waitForFxEvents();
                    Thread.sleep(300);
                    save(robot, out.resolve(name + "-4-composer.png"));
                    // The person form, on the Ambassador (posts as rows). Under Monocle a dialog window stays 600 px
                    // wide whatever its content asks; the real toolkit gives the rows their 960 px.
                    robot.interact(window[0]::showRecords);
                    javafx.application.Platform.runLater(() -> window[0].records().editPerson("ito-naoki"));
                    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().size() > 1);
                    WaitForAsyncUtils.waitForFxEvents();
                    Thread.sleep(500);
                    var windows = javafx.stage.Window.getWindows();
                    save(robot, windows.get(windows.size() - 1).getScene(), out.resolve(name + "-5-person.png"));
                    robot.clickOn("#form-cancel");
                    WaitForAsyncUtils.waitForFxEvents();
                    prefs.removeNode();
                }
            }
        }
    }

    private void save(FxRobot robot, Path file) throws Exception {
        save(robot, stage.getScene(), file);
    }

    private void save(FxRobot robot, Scene scene, Path file) throws Exception {
        TourShots.save(robot, scene, file);
    }
}

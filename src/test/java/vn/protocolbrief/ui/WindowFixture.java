package vn.protocolbrief.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.FxTaskRunner;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.TaskRunner;
import vn.protocolbrief.ui.shell.MainViewModel;

/**
 * The window as the window tests drive it: the demo store in a temporary folder, a Vietnamese window at 1366×768,
 * dialogs recorded instead of shown, preferences of its own; and what those tests do again and again (wait for the
 * history, scroll a form to a field, read the detail pane). Subclasses name the computer's locale.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowFixture {
    protected Store store;
    protected Preferences prefs;
    protected MainWindow window;
    protected MainViewModel vm;
    protected RecordingDialogs dialogs;
    protected Stage stage;
    protected Path dir;

    /** The computer's locale for this run. */
    abstract Locale locale();

    /** The window's own language ("vi" unless a test class says otherwise). */
    String windowLanguage() {
        return "vi";
    }

    /** Called by each subclass's {@code @Start} (TestFX looks for it on the test class itself). */
    void begin(Stage stage) throws Exception {
        begin(stage, new FxTaskRunner());
    }

    /** The same with the runner the window's store work goes through (a test may hold it back). */
    void begin(Stage stage, TaskRunner tasks) throws Exception {
        Locale.setDefault(locale());
        this.stage = stage;
        dir = Files.createTempDirectory("pb-window");
        store = Store.open(dir.resolve("demo.db"));
        prepare(store);
        prefs = Preferences.userRoot().node("protocol-brief-window-" + System.nanoTime());
        dialogs = new RecordingDialogs();
        window = new MainWindow(store, tasks, dialogs, new Messages(windowLanguage()), prefs, f -> { }, l -> { });
        vm = window.main();
        stage.setScene(new Scene(window.root(), 1366, 768));
        stage.show();
        vm.load();
    }

    /** What a test class puts in the store before the window opens on it (nothing by default). */
    void prepare(Store store) throws Exception {
    }

    @AfterEach
    void cleanUp() throws Exception {
        prefs.removeNode();
        store.close();
    }

    /** Waits until the remembered pair's history is in its table. */
    void loaded() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.meetings().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the form that holds a node until the node is in view, as a person would with the wheel. */
    void scrollTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Parent p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                double content = scroll.getContent().getBoundsInLocal().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                scroll.setVvalue(Math.min(1, Math.max(0, (y - 40) / Math.max(1, content - scroll.getViewportBounds()
                        .getHeight()))));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls to a field, clicks in it and types. */
    void type(FxRobot robot, String query, String text) {
        scrollTo(robot, query);
        robot.clickOn(query).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    int count(String table) {
        return store.read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    /** Every label of the detail pane, in order. */
    String detailsText(FxRobot robot) {
        StringBuilder b = new StringBuilder();
        robot.lookup("#details").queryAs(javafx.scene.Parent.class).lookupAll(".label")
                .forEach(n -> b.append(((javafx.scene.control.Label) n).getText()).append(' '));
        return b.toString();
    }
}

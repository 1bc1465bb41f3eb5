package vn.protocolbrief.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreLocation;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.FxDialogService;
import vn.protocolbrief.ui.common.FxTaskRunner;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.shell.MainViewModel;

/** The desktop application: opens the store, the main window, and an export the system asked it to open. */
public final class DesktopApp extends Application {
    private static Path storePath;
    private static Path fileToImport;
    /** The computer's language as the JVM started (the window later sets only the format locale). */
    private static final java.util.Locale SYSTEM = java.util.Locale.getDefault();

    private static String language(Preferences prefs) {
        return vn.protocolbrief.ui.shell.WindowLanguage.of(prefs, SYSTEM);
    }
    /** Benchmark flag: report when the window became interactive and the memory it holds, then quit. */
    public static final String MEASURE_STARTUP = "--measure-startup";
    private static boolean measure;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private Store store;

    /**
     * @param importFile an export file the system asked the application to open (file association), which
     *                   the window offers to import after asking
     */
    /** @param location --db as given: a file, or an office store's address (postgresql://USER@HOST/DB) */
    public static void start(String location, Path importFile, boolean measureStartup) {
        if (location != null && vn.protocolbrief.store.ServerAddress.isServer(location)) {
            officeLocation = location;
            start((Path) null, importFile, measureStartup);
            officeLocation = null;
            return;
        }
        start(location == null ? null : Path.of(location), importFile, measureStartup);
    }

    /** An office store's address given with --db, opened at start (its password from PGPASSWORD or ~/.pgpass). */
    private static volatile String officeLocation;

    public static void start(Path store, Path importFile, boolean measureStartup) {
        storePath = store != null ? store : StoreLocation.defaultStore();
        fileToImport = importFile;
        measure = measureStartup;
        starting = vn.protocolbrief.ui.shell.StartingStore.choose(store, officeLocation, storePath,
                Preferences.userNodeForPackage(DesktopApp.class));
        // The store (native library, schema check) opens while the JavaFX toolkit starts: neither needs the other.
        opening = java.util.concurrent.CompletableFuture.supplyAsync(starting::open);
        Application.launch(DesktopApp.class);
    }

    private static java.util.concurrent.CompletableFuture<Store> opening;
    private static vn.protocolbrief.ui.shell.StartingStore starting;

    @Override
    public void start(Stage stage) {
        mark("fx start");
        Preferences prefs = Preferences.userNodeForPackage(DesktopApp.class);
        // 11 MB of fonts load beside the window being built; they must be in before the first layout.
        Thread fonts = new Thread(DesktopApp::loadFonts, "fonts");
        fonts.start();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // The window's frame is shown at once, saying the store is being opened (a first start creating it, an
        // older one being backed up and brought up to date, a busy computer); the window is built into it on a
        // later turn of the FX thread, once the frame is up, and fills as the store answers. The FX thread never
        // waits for the store.
        Scene frame = new Scene(vn.protocolbrief.ui.shell.StartingFrame.root(new Messages(language(prefs)),
                starting.shown(), starting.creates()), prefs.getDouble("w", 1280), prefs.getDouble("h", 760));
        stage.setScene(frame);
        stage.setTitle(new Messages(language(prefs)).get("app.title"));
        placeOnScreen(stage, prefs);
        stage.show();
        mark("frame shown");
        opening.whenComplete((s, e) -> Platform.runLater(() -> afterFirstFrames(() -> {
            if (e != null) {
                failed(stage, prefs, e);
            } else {
                store = s;
                proceed(stage, prefs, fonts);
            }
        })));
    }

    /**
     * Runs when the frame has gone through two pulses, so that it is handed to the renderer (and painted) before
     * the FX thread spends its time building the window: otherwise the first thing seen is a blank white window.
     */
    private static void afterFirstFrames(Runnable then) {
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static void failed(Stage stage, Preferences prefs, Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.ExecutionException
                || e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
        Messages messages = new Messages(language(prefs));
        new FxDialogService(stage, messages).showError(messages.get("store.failed"), messages.reason(cause));
        Platform.exit();
    }

    private void proceed(Stage stage, Preferences prefs, Thread fonts) {
        mark("store open");
        boolean framed = stage.isShowing(); // the frame shown while the store opened: the window fills it
        Scene scene = framed ? stage.getScene()
                : new Scene(new javafx.scene.layout.Region(), prefs.getDouble("w", 1280), prefs.getDouble("h", 760));
        stage.setScene(scene);
        MainWindow window = show(stage, scene, prefs, language(prefs));
        if (!framed) {
            placeOnScreen(stage, prefs);
        }
        stage.setOnCloseRequest(e -> {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("w", stage.getWidth());
            prefs.putDouble("h", stage.getHeight());
            prefs.putBoolean("maximized", stage.isMaximized());
        });
        mark("window built");
        try {
            fonts.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stage.show();
        mark("shown");
        Messages messages = new Messages(language(prefs));
        DialogService dialogs = new FxDialogService(stage, messages);
        MainViewModel vm = window.main();
        if (measure) {
            reportWhenInteractive(vm);
        }
        starting.takeOfficeProblem().map(messages::reason).ifPresent(problem ->
                Platform.runLater(() -> connectOffice(stage, scene, prefs, problem)));
        starting.takeLastFileProblem().map(messages::reason).ifPresent(problem ->
                Platform.runLater(() -> dialogs.showError(messages.get("storeFile.lastFailed"), problem)));
        if (fileToImport != null) {
            String name = fileToImport.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".pbjson") || name.endsWith(".json")) {
                Platform.runLater(() -> new ExportFileImport(store, dialogs, messages, tasks).offer(fileToImport,
                        () -> progressOf(stage, messages, fileToImport), vm::refresh));
            } else {
                // An article opened with the application: straight to its review.
                window.openArticles(java.util.List.of(fileToImport));
            }
        }
    }

    /** Builds the window's content in a language; switching language builds it again (the chosen pair is remembered). */
    private MainWindow show(Stage stage, Scene scene, Preferences prefs, String lang) {
        Messages messages = new Messages(lang);
        FxDialogService dialogs = new FxDialogService(stage, messages);
        MainWindow[] built = new MainWindow[1];
        MainWindow window = new MainWindow(store, tasks, dialogs, messages, prefs,
                file -> openExternally(file, dialogs, messages), chosen -> {
                    vn.protocolbrief.ui.shell.WindowLanguage.choose(prefs, chosen);
                    // The search text and the tab shown stay as they were, now in the other language.
                    var shown = built[0].shown();
                    show(stage, scene, prefs, chosen).show(shown);
                });
        built[0] = window;
        window.onStoreMenu(() -> connectOffice(stage, scene, prefs, null), () -> useLocalStore(stage, scene, prefs),
                new vn.protocolbrief.ui.shell.StoreChoices(prefs, messages, dialogs, tasks, dialogs,
                        () -> store.path(),
                        opened -> switchTo(opened, stage, scene, prefs)));
        scene.setRoot(window.root());
        scene.getRoot().setStyle("-fx-font-family: 'Noto Sans';");
        stage.setTitle(messages.get("app.title"));
        // Read the store while the window is laid out and painted; the rows arrive right after.
        window.main().load();
        return window;
    }

    /**
     * The store menu's "Connect to an office store…": asks where and the password (kept in memory for this
     * connection only), connects off the FX thread, and shows the office's records in the same window. The address
     * (never the password) is remembered for the next start.
     */
    private void connectOffice(Stage stage, Scene scene, Preferences prefs, String problem) {
        Messages messages = new Messages(language(prefs));
        DialogService dialogs = new FxDialogService(stage, messages);
        var answer = new vn.protocolbrief.ui.shell.OfficeConnectDialog(messages).ask(stage,
                vn.protocolbrief.ui.shell.OfficeAddress.suggested(prefs), problem);
        if (answer.isEmpty()) {
            return;
        }
        var address = answer.get().address();
        char[] password = answer.get().password();
        tasks.run(() -> {
            try {
                return Store.openOffice(address.url(), password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }, opened -> {
            address.remember(prefs);
            vn.protocolbrief.ui.shell.LastStoreFile.forget(prefs);
            switchTo(opened, stage, scene, prefs);
        }, e -> dialogs.showError(messages.get("office.failed"), messages.reason(e)));
    }

    /** The store menu's "This computer's store": back to the laptop's file, and forget the office. */
    private void useLocalStore(Stage stage, Scene scene, Preferences prefs) {
        Messages messages = new Messages(language(prefs));
        vn.protocolbrief.ui.shell.OfficeAddress.forget(prefs);
        vn.protocolbrief.ui.shell.LastStoreFile.forget(prefs);
        tasks.run(() -> Store.open(storePath), opened -> switchTo(opened, stage, scene, prefs),
                e -> new FxDialogService(stage, messages).showError(messages.get("store.failed"), messages.reason(e)));
    }

    private void switchTo(Store opened, Stage stage, Scene scene, Preferences prefs) {
        Store was = store;
        store = opened;
        show(stage, scene, prefs, language(prefs));
        if (was != null) {
            was.close();
        }
    }

    /** Opens a file in the system's viewer; says so in words when nothing opens it. */
    private void openExternally(Path file, DialogService dialogs, Messages messages) {
        new vn.protocolbrief.ui.common.FileOpener(dialogs, messages, f -> {
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(f.toFile());
            } else {
                Platform.runLater(() -> getHostServices().showDocument(f.toUri().toString()));
            }
        }).open(file);
    }

    /**
     * The remembered place and size when they are still on a screen; the first time (or when the screen changed),
     * maximised on a laptop screen and sized to the screen and centred otherwise.
     */
    private static void placeOnScreen(Stage stage, Preferences prefs) {
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        double w = prefs.getDouble("w", Double.NaN);
        double h = prefs.getDouble("h", Double.NaN);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        boolean remembered = !Double.isNaN(x) && !Double.isNaN(w)
                && !javafx.stage.Screen.getScreensForRectangle(x, y, Math.max(100, w / 2), 40).isEmpty();
        if (remembered) {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(Math.min(w, screen.getWidth()));
            stage.setHeight(Math.min(h, screen.getHeight()));
            stage.setMaximized(prefs.getBoolean("maximized", false));
            return;
        }
        var first = vn.protocolbrief.ui.common.WindowPlacement.first(screen.getMinX(), screen.getMinY(),
                screen.getWidth(), screen.getHeight());
        stage.setX(first.x());
        stage.setY(first.y());
        stage.setWidth(first.width());
        stage.setHeight(first.height());
        stage.setMaximized(first.maximized());
    }

    /**
     * Interactive means the window is shown and the remembered pair's history is in its table. Prints one JSON
     * line (milliseconds since the JVM started, the wall clock then, heap and resident memory after a GC) and quits.
     */
    private static void reportWhenInteractive(MainViewModel vm) {
        vm.summaryProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> o, String a, String b) {
                vm.summaryProperty().removeListener(this);
                // After the next pulse: the rows are laid out and painted.
                Platform.runLater(() -> {
                    long now = System.currentTimeMillis();
                    long sinceStart = now - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                    System.out.printf("{\"interactiveMs\": %d, \"epochMs\": %d, \"rows\": %d, \"heapUsedMb\": %d,"
                            + " \"rssMb\": %d, \"rssAnonMb\": %d, \"rssFileMb\": %d}%n", sinceStart, now, vm.meetings().size(), heap,
                            residentMb(), statusMb("RssAnon:"), statusMb("RssFile:"));
                    System.out.flush();
                    Platform.exit();
                });
            }
        });
    }

    static void mark(String what) {
        if (measure) {
            System.err.println(what + " " + (System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms, " + residentMb() + " MB");
        }
    }

    private static long residentMb() {
        return statusMb("VmRSS:");
    }

    /** A memory line of /proc/self/status in MB: VmRSS (all resident), RssAnon (heap, stacks, malloc), RssFile (mapped files). */
    private static long statusMb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: heap only
        }
        return -1;
    }

    /** Noto Sans for Vietnamese in the window too (the same TrueType files the PDF embeds). */
    private static void loadFonts() {
        for (String f : new String[]{"NotoSans_400Regular.ttf", "NotoSans_700Bold.ttf", "NotoSansJP_400Regular.ttf"}) {
            try (InputStream in = DesktopApp.class.getResourceAsStream("/assets/fonts/" + f)) {
                if (in != null) {
                    Font.loadFont(in, 13);
                }
            } catch (java.io.IOException ignored) {
                // the platform's fonts remain; text is still shown
            }
        }
    }

    /** The progress window of an export file's import, updated from the import's thread. */
    private static ExportFileImport.Progress progressOf(Stage owner, Messages messages, Path file) {
        var window = new vn.protocolbrief.ui.common.ProgressWindow(owner, messages.get("import.title"),
                messages.format("import.running", file.getFileName()), true);
        window.show();
        return new ExportFileImport.Progress() {
            @Override
            public void progress(int done, int total, String words) {
                Platform.runLater(() -> window.progress(done, total, words));
            }

            @Override
            public void close() {
                window.close();
            }
        };
    }

    @Override
    public void stop() {
        tasks.close();
        if (store != null) {
            store.close();
        }
    }
}

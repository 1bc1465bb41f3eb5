package vn.protocolbrief;

import vn.protocolbrief.cli.Cli;
import vn.protocolbrief.cli.Output;
import vn.protocolbrief.ui.DesktopApp;

/**
 * Entry point. With a command it runs headless (no JavaFX toolkit is started); without one it opens the
 * window. Kept free of JavaFX types so that the class-path jar can start JavaFX itself.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        chooseLogFile();
        // Logging starts before any second thread: SLF4J otherwise replays early calls with warnings on stderr.
        org.slf4j.LoggerFactory.getLogger(Launcher.class).debug("Protocol Brief starting");
        if (Cli.namesCommand(args)) {
            System.setProperty("java.awt.headless", "true");
            System.exit(Cli.run(Output.system(), args));
        } else {
            DesktopApp.start(Cli.storeArgument(args), Cli.fileArgument(args),
                    java.util.Arrays.asList(args).contains(DesktopApp.MEASURE_STARTUP));
        }
    }

    /**
     * The log goes to the user's own cache folder (logback.xml reads the property). A log that cannot be written
     * is skipped silently: diagnostics never reach stdout, where --json must stay parseable.
     */
    static void chooseLogFile() {
        if (System.getProperty("protocolbrief.log") != null) {
            return;
        }
        java.nio.file.Path log = vn.protocolbrief.store.StoreLocation.logFile();
        try {
            java.nio.file.Files.createDirectories(log.getParent());
            if (java.nio.file.Files.exists(log) && !java.nio.file.Files.isWritable(log)) {
                log = null;
            }
        } catch (java.io.IOException | RuntimeException e) {
            log = null;
        }
        System.setProperty("protocolbrief.log", log == null ? nullDevice() : log.toString());
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win") ? "NUL" : "/dev/null";
    }
}

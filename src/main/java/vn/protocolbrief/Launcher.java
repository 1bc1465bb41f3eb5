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

    public static void main(String[] given) {
        String[] args = Utf8Arguments.of(given);
        if (Utf8Arguments.mustRelaunch(args)) {
            try {
                System.exit(Utf8Arguments.relaunch(args));
            } catch (java.io.IOException | InterruptedException e) {
                // runs here, with the arguments as re-read
            }
        }
        chooseLogFile();
        vn.protocolbrief.store.NativeSqlite.useCachedCopy();
        // Logging starts before any second thread: SLF4J otherwise replays early calls with warnings on stderr.
        org.slf4j.LoggerFactory.getLogger(Launcher.class).debug("Protocol Brief starting");
        if (args.length > 0 && args[0].equals("--aot-training")) {
            train(java.util.Arrays.asList(args).contains("--window"));
            return;
        }
        if (Cli.namesCommand(args) || !Cli.opensWindow(DesktopApp.MEASURE_STARTUP, args)) {
            System.setProperty("java.awt.headless", "true");
            System.exit(Cli.run(Output.system(), args));
        } else {
            DesktopApp.start(Cli.storeLocationArgument(args), Cli.fileArgument(args),
                    java.util.Arrays.asList(args).contains(DesktopApp.MEASURE_STARTUP));
        }
    }

    /**
     * The installers' training run (packaging/package.sh): the commands, then the window until it is interactive
     * (when there is a display). The JVM writes its ahead-of-time cache when this process exits.
     */
    private static void train(boolean window) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("protocol-brief-training");
            vn.protocolbrief.cli.AotTraining.run(dir);
            if (window) {
                DesktopApp.start(dir.resolve("training.db"), null, true);
                return;
            }
        } catch (Exception e) {
            System.err.println("error: training run failed: " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    /**
     * The log goes to the user's own cache folder (LogSetup reads the property). A log that cannot be written
     * is skipped silently: diagnostics never reach stdout, where --json must stay parseable.
     */
    static void chooseLogFile() {
        if (System.getProperty("protocolbrief.log") != null) {
            return;
        }
        java.nio.file.Path log = vn.protocolbrief.store.StoreLocation.logFile();
        try {
            if (!java.nio.file.Files.isDirectory(log.getParent()) && java.nio.file.FileSystems.getDefault()
                    .supportedFileAttributeViews().contains("posix")) {
                // The cache folder (the log, SQLite's library) is the user's own.
                java.nio.file.Files.createDirectories(log.getParent(), java.nio.file.attribute.PosixFilePermissions
                        .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            }
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

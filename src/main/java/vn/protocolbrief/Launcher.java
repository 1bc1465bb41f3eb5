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
}

package vn.protocolbrief.store;

import java.nio.file.Path;

/** A second process on a store: opens it, adds one probe row, closes it (as a command line does). */
public final class WritesFromAnotherProcess {
    private WritesFromAnotherProcess() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]), false)) {
            store.write(h -> h.execute("INSERT INTO wal_probe(who) VALUES (?)", args[1]));
        }
    }

    /** Runs {@link #main} in a JVM of its own and waits for it. */
    static void run(Path file, String who) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WritesFromAnotherProcess.class.getName(),
                file.toString(), who).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new AssertionError("the other process failed: " + out);
        }
    }
}

package vn.protocolbrief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The soak of {@link ConcurrencySoak} with each officer in an operating-system process of its own (its own JVM and
 * store connections), as officers at their own laptops or windows are: threads of one process share the process's
 * lock of the store file, processes only share what SQLite or the server gives them. Each officer's process is this
 * same program ({@code benchmark-concurrency --officer N}), started together and telling its counts as JSON; the
 * totals are then checked against the store as the threads' are.
 */
final class ConcurrencyProcesses {
    /** Time given to the processes' start-up (a JVM and a store opening, on a loaded machine) before the common start. */
    private static final long START_DELAY_MS = 30_000;

    private final String store;
    private final int clients;
    private final double seconds;

    ConcurrencyProcesses(String store, int clients, double seconds) {
        this.store = store;
        this.clients = clients;
        this.seconds = seconds;
    }

    ConcurrencySoak.Result run() throws IOException, InterruptedException {
        ConcurrencySoak soak = new ConcurrencySoak(store, clients, seconds);
        soak.prepare();
        long startAt = System.currentTimeMillis() + START_DELAY_MS;
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                Path out = Files.createTempFile("protocol-brief-officer-" + c + "-", ".json");
                outputs.add(out);
                processes.add(new ProcessBuilder(command(c, startAt)).redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start());
            }
            List<ConcurrencySoak.Result> officers = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int rc = processes.get(c).waitFor();
                String text = Files.readString(outputs.get(c), StandardCharsets.UTF_8).strip();
                try {
                    officers.add(vn.protocolbrief.store.ArchiveJson.mapper().readValue(text.substring(Math.max(0, text.indexOf('{'))),
                            ConcurrencySoak.Result.class));
                } catch (IOException | RuntimeException e) {
                    failures.add("officer-" + c + "'s process ended with " + rc + " and told no counts: "
                            + (text.isEmpty() ? "(nothing)" : text.lines().reduce((a, b) -> b).orElse("")));
                }
            }
            return soak.total(officers, failures);
        } finally {
            processes.forEach(Process::destroyForcibly);
            for (Path out : outputs) {
                Files.deleteIfExists(out);
            }
        }
    }

    /** This program again, as one officer: the same Java and class path, headless. */
    private List<String> command(int client, long startAt) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "vn.protocolbrief.Launcher", "benchmark-concurrency", "--db", store, "--json",
                "--officer", String.valueOf(client), "--start-at", String.valueOf(startAt),
                "--seconds", String.valueOf(seconds));
    }
}

package vn.protocolbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.store.Repositories;
import vn.protocolbrief.store.Reads;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.SyntheticStore;

@Command(name = "benchmark", description = "Build a synthetic store and measure search, history and open times.")
final class BenchmarkCommand implements Callable<Integer> {
    private static final String[] QUERIES = {"bưởi", "dao tao nhan luc", "hokkaido", "thien tai", "cong nghe cao",
            "đầu tư", "ocop", "hoc bong", "le hoi", "điện gió", "suzuki", "thuy san", "cang bien", "chuyen doi so",
            "ket nghia", "y te", "moi truong rac thai", "cà phê", "nara", "du lich van hoa"};

    @ParentCommand
    Cli cli;

    @Option(names = "--meetings", defaultValue = "50000")
    int meetings;

    @Option(names = "--requests", defaultValue = "250000")
    int requests;

    @Option(names = "--queries", defaultValue = "400", description = "Timed queries of each kind.")
    int queries;

    @Option(names = "--keep", paramLabel = "FILE", description = "Build the store here and keep it (default: a temp file).")
    Path keep;

    @Option(names = "--existing", description = "Measure the store an earlier run built and kept (--keep FILE, or the"
            + " --db server database) as it is, without building it again.")
    boolean existing;

    @Option(names = "--clients", defaultValue = "1", description = "Officers searching and reading histories at once"
            + " (threads, each with its own store object); the times are each query's, across all of them.")
    int clients;

    @Option(names = "--pause", defaultValue = "0", paramLabel = "MS", description = "Each officer pauses before each"
            + " timed query, on average this long (drawn at random; not timed): an office's officers read an answer"
            + " before they ask again, so their queries meet only now and then. 0 (the default): back to back, every"
            + " client queued behind the others, the harder figure.")
    int pauseMs;

    record Result(int meetings, int requests, double buildSeconds, double openMsP50, double searchMsP50,
                  double searchMsP95, double historyMsP50, double historyMsP95, double historyMeetingsAvg,
                  long storeBytes, Cpu searchCpu, Cpu historyCpu, int pauseMs) {
    }

    /**
     * Processor time per query, averaged over every timed query of one kind: the client's (the querying thread's own
     * time: driver, mapping, and on SQLite the whole engine) and the server's (the backends serving the clients, read
     * from /proc when the server runs on this machine; null otherwise). Unlike the wall-clock percentiles it does not
     * grow with the load: with N clients on C cores a query waits about N/C times its processor time.
     */
    record Cpu(double clientMs, Double serverMs) {
        double totalMs() {
            return clientMs + (serverMs == null ? 0 : serverMs);
        }
    }

    /** Processor time summed over the clients' timed queries of one kind. */
    private static final class CpuSum {
        private final java.util.concurrent.atomic.AtomicLong clientNanos = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong serverNanos = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong queries = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicBoolean serverUnknown = new java.util.concurrent.atomic.AtomicBoolean();

        Cpu perQuery() {
            long n = Math.max(1, queries.get());
            return new Cpu(round(clientNanos.get() / 1e6 / n),
                    serverUnknown.get() ? null : round(serverNanos.get() / 1e6 / n));
        }
    }

    /** Marks the start of one client's timed queries of one kind: its thread's and its backend's time so far. */
    private record CpuMark(long threadNanos, java.util.OptionalLong pid, java.util.OptionalLong serverNanos) {
        static CpuMark of(Store store, java.lang.management.ThreadMXBean threads) {
            java.util.OptionalLong pid = store.serverProcess();
            java.util.OptionalLong server = pid.isPresent() ? Store.processCpuNanos(pid.getAsLong())
                    : java.util.OptionalLong.empty();
            return new CpuMark(threads.getCurrentThreadCpuTime(), pid, server);
        }

        /** Adds what was used since {@code start}; the server's only if the same backend served all of it. */
        void since(CpuMark start, int queries, CpuSum sum) {
            sum.clientNanos.addAndGet(threadNanos - start.threadNanos);
            sum.queries.addAndGet(queries);
            if (pid.isEmpty() && start.pid.isEmpty()) {
                return; // a file store: SQLite runs in the client's thread, whose time is counted above
            }
            if (pid.isPresent() && pid.equals(start.pid) && serverNanos.isPresent() && start.serverNanos.isPresent()) {
                sum.serverNanos.addAndGet(serverNanos.getAsLong() - start.serverNanos.getAsLong());
            } else {
                sum.serverUnknown.set(true);
            }
        }
    }

    private final CpuSum searchCpu = new CpuSum();
    private final CpuSum historyCpu = new CpuSum();

    private final java.util.Map<String, Double> slowest = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        // --db postgresql://… builds the synthetic store in that (empty) office database, and leaves it there.
        boolean server = cli.db != null && vn.protocolbrief.store.ServerAddress.isServer(cli.db);
        Path file = server ? null : keep != null ? keep : Files.createTempFile("protocol-brief-bench-", ".db");
        if (existing && !server && keep == null) {
            throw new IllegalArgumentException("--existing measures a kept store: give --keep FILE or --db postgresql://…");
        }
        if (keep != null && !server && !existing) {
            NewStoreFile.refuseExisting(keep, cli.storePath());
        }
        if (file != null && !existing) {
            Files.deleteIfExists(file);
        }
        String location = server ? cli.db : file.toString();
        long t0 = System.nanoTime();
        try (Store store = Store.open(location, false)) {
            if (existing) {
                SyntheticStore.Counts held = SyntheticStore.held(store);
                meetings = held.meetings();
                requests = held.requests();
            } else if (SyntheticStore.fill(store, meetings, requests, 42).auditTriggersOff()) {
                // On stderr: with --json, stdout holds only the result.
                cli.out().stderr().println("synthetic build: the office's audit triggers were off for its own"
                        + " transaction (session_replication_role = replica): these test rows carry no history");
            }
            store.optimize();
        }
        double build = (System.nanoTime() - t0) / 1e9;
        List<Double> opens = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long s = System.nanoTime();
            try (Store store = Store.open(location, false)) {
                store.reads(r -> r.provinces().size());
            }
            opens.add((System.nanoTime() - s) / 1e6);
        }
        List<Double> search = Collections.synchronizedList(new ArrayList<>());
        List<Double> hist = Collections.synchronizedList(new ArrayList<>());
        java.util.Map<String, List<Double>> perQuery = new java.util.concurrent.ConcurrentSkipListMap<>();
        long[] found = new long[clients];
        List<Thread> officers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                try (Store store = Store.open(location, false)) {
                    found[client] = timed(store, client, search, hist, perQuery);
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            });
            officers.add(t);
            t.start();
        }
        for (Thread t : officers) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A benchmark client failed: " + failures.get(0), failures.get(0));
        }
        perQuery.forEach((q, times) -> slowest.put(q, pct(times, 50)));
        long storeBytes;
        try (Store store = Store.open(location, false)) {
            storeBytes = store.sizeBytes();
        }
        long foundAll = java.util.Arrays.stream(found).sum();
        Result r = new Result(meetings, requests, round(build), pct(opens, 50), pct(search, 50), pct(search, 95),
                pct(hist, 50), pct(hist, 95), round((double) foundAll / ((long) queries * clients)), storeBytes,
                searchCpu.perQuery(), historyCpu.perQuery(), pauseMs);
        report(r, file, server);
        return Cli.OK;
    }

    /** One officer's timed searches and histories (after a warm-up); returns the meetings the histories found. */
    private long timed(Store store, int client, List<Double> search, List<Double> hist,
                       java.util.Map<String, List<Double>> perQuery) {
        {
            HistoryService history = new HistoryService(store);
            List<Province> provinces = store.reads(Reads::provinces);
            List<String> partners = store.reads(Reads::partnerIds);
            Random rnd = new Random(7 + client);
            for (int i = 0; i < 50; i++) {
                history.search(QUERIES[i % QUERIES.length], 20);
                history.meetings(provinces.get(i % provinces.size()).id(), partners.get(i % partners.size()));
            }
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            CpuMark start = CpuMark.of(store, threads);
            for (int i = 0; i < queries; i++) {
                String q = QUERIES[rnd.nextInt(QUERIES.length)];
                pause(rnd);
                long s = System.nanoTime();
                history.search(q, 20);
                double ms = (System.nanoTime() - s) / 1e6;
                search.add(ms);
                perQuery.computeIfAbsent(q, k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
            }
            CpuMark.of(store, threads).since(start, queries, searchCpu);
            start = CpuMark.of(store, threads);
            long found = 0;
            for (int i = 0; i < queries; i++) {
                String p = provinces.get(rnd.nextInt(provinces.size())).id();
                String x = partners.get(rnd.nextInt(partners.size()));
                pause(rnd);
                long s = System.nanoTime();
                found += history.meetings(p, x).size();
                hist.add((System.nanoTime() - s) / 1e6);
            }
            CpuMark.of(store, threads).since(start, queries, historyCpu);
            return found;
        }
    }

    /**
     * An officer reading the last answer (--pause): exponentially distributed, as the gaps between independent
     * requests are, around the mean given. Asleep, the client's thread takes no processor time.
     */
    private void pause(Random rnd) {
        if (pauseMs <= 0) {
            return;
        }
        try {
            Thread.sleep(Math.round(-Math.log(1.0 - rnd.nextDouble()) * pauseMs));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(Result r, Path file, boolean server) throws IOException {
        if (keep == null && file != null) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        }
        if (cli.json) {
            cli.out().json(r);
        } else {
            if (clients > 1) {
                cli.out().line(clients + " clients searching and reading histories at once" + (pauseMs > 0
                        ? ", each pausing " + pauseMs + " ms on average before each query (not timed)"
                        : ", back to back"));
            }
            cli.out().line(String.format("synthetic store: %,d meetings, %,d requests, %.1f MB, %s in %.1f s",
                    r.meetings(), r.requests(), r.storeBytes() / 1e6, existing ? "kept (not rebuilt), opened and analysed"
                            : "built", r.buildSeconds()));
            cli.out().line(String.format("store open      p50 %7.2f ms", r.openMsP50()));
            // One officer: issue 2's goals; several at once: issue 20's (an office's ten officers).
            boolean office = clients > 1;
            cli.out().line(String.format("search          p50 %7.2f ms   p95 %7.2f ms   (goal p95 <= %d ms)",
                    r.searchMsP50(), r.searchMsP95(), office ? 50 : 20));
            cli.out().line(String.format("history         p50 %7.2f ms   p95 %7.2f ms   (goal p95 <= %d ms; %.1f meetings/query)",
                    r.historyMsP50(), r.historyMsP95(), office ? 20 : 10, r.historyMeetingsAvg()));
            cli.out().line("processor time per query (client + server = total; wall-clock waits for it under load):");
            cli.out().line(cpuLine("search", r.searchCpu(), server));
            cli.out().line(cpuLine("history", r.historyCpu(), server));
            cli.out().line("search p50 by query:");
            slowest.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> cli.out().line(String.format("  %-22s %7.2f ms", e.getKey(), e.getValue())));
        }
    }

    private static String cpuLine(String kind, Cpu cpu, boolean server) {
        if (!server) {
            return String.format("  %-13s %7.2f ms (SQLite runs in the client's thread)", kind, cpu.clientMs());
        }
        return cpu.serverMs() == null
                ? String.format("  %-13s %7.2f ms client (server's not readable: not on this machine)", kind, cpu.clientMs())
                : String.format("  %-13s %7.2f ms client + %7.2f ms server = %7.2f ms", kind, cpu.clientMs(),
                cpu.serverMs(), cpu.totalMs());
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return round(sorted.get(Math.max(0, i)));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

package vn.protocolbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.store.Actor;
import vn.protocolbrief.store.ArchiveService;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.SyntheticStore;
import vn.protocolbrief.travel.TravelService;

/**
 * Times a travel copy's take of a synthetic office and a sync of requests changed on both sides; with --kills N,
 * kills (kill -9) a child process's sync N times at random moments and checks that each side holds all of that
 * sync's changes or none, and that the next sync finishes it.
 */
@Command(name = "benchmark-travel", description = "Time travel take and travel sync on a synthetic office; --kills N"
        + " kills a sync N times and checks nothing is half-applied.")
final class TravelBenchmarkCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--meetings", defaultValue = "50000")
    int meetings;

    @Option(names = "--requests", defaultValue = "250000")
    int requests;

    @Option(names = "--changes", defaultValue = "500", description = "Requests changed on each side before the"
            + " timed sync (default 500 + 500).")
    int changes;

    @Option(names = "--kills", defaultValue = "0", description = "Syncs killed at a random moment (child processes).")
    int kills;

    @Option(names = "--kill-changes", defaultValue = "100", description = "Requests changed on each side before each"
            + " killed sync.")
    int killChanges;

    @Option(names = "--office", description = "Keep the synthetic office in this SQLite file and use it again when it"
            + " exists (its own counts then; the timed changes are made in it).")
    Path keptOffice;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("protocol-brief-travel-bench-");
        boolean reuse = keptOffice != null && Files.exists(keptOffice);
        Path officeFile = keptOffice != null ? keptOffice.toAbsolutePath() : dir.resolve("office.db");
        Path copyFile = dir.resolve("copy.db");
        TravelService travel = new TravelService(location -> Store.open(Path.of(location), false));
        try (Store office = Store.open(officeFile, false)) {
            long t0 = System.nanoTime();
            if (!reuse) {
                SyntheticStore.fill(office, meetings, requests, 42);
            }
            double build = seconds(t0);
            t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            TravelService.TakeResult taken = travel.take(office, officeFile.toString(), copyFile, List.of(), false);
            double take = seconds(t0);
            double takeCpu = (cpuNanos() - cpu0) / 1e9;
            cli.out().line(reuse ? "synthetic office: " + officeFile + " (kept from an earlier run)"
                    : String.format("synthetic office: %,d meetings, %,d requests, built in %.1f s", meetings,
                    requests, build));
            cli.out().line(String.format("travel take: %,d meetings, %,d persons, %.1f MB copy in %.2f s (goal <= 20 s);"
                    + " CPU of this thread %.2f s", taken.meetings(), taken.persons(), Files.size(copyFile) / 1e6, take,
                    takeCpu));
            List<String> requestIds = firstRequests(office);
            try (Store copy = Store.open(copyFile, false)) {
                copy.actingAs(Actor.named("Lan"));
                office.actingAs(Actor.named("Minh"));
                change(copy, requestIds.subList(0, changes), "road-timed");
                change(office, requestIds.subList(changes, 2 * changes), "office-timed");
                t0 = System.nanoTime();
                cpu0 = cpuNanos();
                TravelService.SyncResult r = travel.sync(copy, office);
                double sync = seconds(t0);
                double syncCpu = (cpuNanos() - cpu0) / 1e9;
                cli.out().line(String.format("travel sync: %d records sent, %d received (%d changed on each side),"
                        + " %d conflicts, in %.2f s (goal <= 5 s for 1,000); CPU of this thread %.2f s", r.sent(),
                        r.received(), changes, r.conflicts(), sync, syncCpu));
                int arrived = countWith(office, requestIds.subList(0, changes), "road-timed")
                        + countWith(copy, requestIds.subList(changes, 2 * changes), "office-timed");
                cli.out().line("after the sync, changes missing on the other side: " + (2 * changes - arrived));
                if (kills > 0) {
                    killCampaign(travel, office, copy, copyFile, requestIds.subList(2 * changes, requestIds.size()));
                }
            }
        } finally {
            deleteAll(dir);
        }
        return Cli.OK;
    }

    /** The first request of each meeting that has one, in a fixed order. */
    private static List<String> firstRequests(Store office) {
        List<String> out = new ArrayList<>();
        for (Meeting m : new ArchiveService(office).export().meetings()) {
            if (!m.requests().isEmpty()) {
                out.add(m.requests().get(0).id());
            }
        }
        return out;
    }

    private static void change(Store store, List<String> requestIds, String note) {
        RecordService records = new RecordService(store);
        for (String id : requestIds) {
            records.followUp(id, new FollowUp(PartialDate.of("2026-12-06"), RequestStatus.IN_PROGRESS, note, null));
        }
    }

    /** How many of these requests carry a follow-up with this note. */
    private static int countWith(Store store, List<String> requestIds, String note) {
        RecordService records = new RecordService(store);
        int n = 0;
        for (String id : requestIds) {
            Meeting m = records.meeting(records.meetingOfRequest(id));
            if (m.requests().stream().filter(r -> r.id().equals(id))
                    .anyMatch(r -> r.followUps().stream().anyMatch(f -> note.equals(f.note())))) {
                n++;
            }
        }
        return n;
    }

    private void killCampaign(TravelService travel, Store office, Store copy, Path copyFile, List<String> free)
            throws IOException, InterruptedException {
        Random rnd = new Random(20);
        int perSide = killChanges;
        int[] outcomes = new int[4];
        int halfApplied = 0;
        int unfinished = 0;
        long lastMillis = 0;
        for (int round = 0; round < kills; round++) {
            int from = round * 2 * perSide;
            if (from + 2 * perSide > free.size()) {
                cli.out().line("not enough meetings for more rounds; stopped after " + round);
                break;
            }
            List<String> road = free.subList(from, from + perSide);
            List<String> atOffice = free.subList(from + perSide, from + 2 * perSide);
            change(copy, road, "road-" + round);
            change(office, atOffice, "office-" + round);
            // The first round's child runs to its end: how long a whole sync takes in a child is where kills land.
            long start = System.nanoTime();
            Process child = new ProcessBuilder(javaCommand(copyFile)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (round == 0) {
                child.waitFor();
                lastMillis = (System.nanoTime() - start) / 1_000_000;
            } else {
                long at = (long) (lastMillis * (0.3 + 0.9 * rnd.nextDouble()));
                if (!child.waitFor(at, TimeUnit.MILLISECONDS)) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the stores
                    child.waitFor();
                }
            }
            int sentNow = countWith(office, road, "road-" + round);
            int takenNow = countWith(copy, atOffice, "office-" + round);
            boolean sentAll = sentNow == perSide;
            boolean takenAll = takenNow == perSide;
            if ((sentNow != 0 && !sentAll) || (takenNow != 0 && !takenAll)) {
                halfApplied++;
            }
            outcomes[sentAll ? (takenAll ? 2 : 1) : (takenAll ? 3 : 0)]++;
            travel.sync(copy, office);
            if (countWith(office, road, "road-" + round) != perSide || countWith(copy, atOffice, "office-" + round)
                    != perSide) {
                unfinished++;
            }
        }
        cli.out().line(String.format("kill -9 during sync, %d rounds (%d requests changed on each side each round;"
                + " first round not killed, %d ms):", kills, perSide, lastMillis));
        cli.out().line(String.format("  killed before the office took anything: %d; office done, copy not yet: %d;"
                + " both done: %d; copy done before office (must be 0): %d", outcomes[0], outcomes[1], outcomes[2],
                outcomes[3]));
        cli.out().line("  half-applied on either side: " + halfApplied + "; not complete after the next sync: "
                + unfinished);
    }

    /** This program again, in a new process, syncing the copy. */
    private static List<String> javaCommand(Path copyFile) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-cp", System.getProperty("java.class.path"), "vn.protocolbrief.Launcher", "--db",
                copyFile.toString(), "--as", "Lan", "travel", "sync");
    }

    /**
     * CPU time of this thread (SQLite works in it, in native code): on a machine shared with other builds the wall
     * clock says as much about the other builds as about the take; this says what the take itself cost.
     */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

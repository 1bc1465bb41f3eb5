package vn.protocolbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "benchmark-concurrency", description = "Several officers (threads, each with its own store object) write"
        + " and read one new store file at once; prints what was refused and checks that nothing was lost and that"
        + " every undo took back its own officer's change.")
final class ConcurrencyBenchmarkCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--clients", defaultValue = "10")
    int clients;

    @Option(names = "--seconds", defaultValue = "30")
    double seconds;

    @Option(names = "--keep", paramLabel = "FILE", description = "Use this new store file and keep it (default: a temp file).")
    Path keep;

    @Option(names = "--processes", description = "Each officer in a process of its own (its own Java and store"
            + " connections), as officers at their own computers are; default: threads of this process.")
    boolean processes;

    /** Set by {@code --processes} in the officers' processes it starts: this process is that one officer. */
    @Option(names = "--officer", hidden = true)
    Integer officer;

    @Option(names = "--start-at", hidden = true, description = "When the officers start together (epoch ms).")
    long startAt;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (officer != null) {
            cli.out().json(new ConcurrencySoak(cli.db, 1, seconds).runOfficer(officer, startAt));
            return Cli.OK;
        }
        if (cli.db != null && vn.protocolbrief.store.ServerAddress.isServer(cli.db)) {
            // An office store: the officers write into the database given (its records stay there).
            return report(soak(cli.db), "one PostgreSQL store");
        }
        Path file = keep != null ? keep : Files.createTempFile("protocol-brief-soak-", ".db");
        if (keep != null) {
            NewStoreFile.refuseExisting(keep, cli.storePath());
        }
        Files.deleteIfExists(file);
        ConcurrencySoak.Result r = soak(file.toString());
        if (keep == null) {
            for (String suffix : new String[]{"", "-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        }
        return report(r, "one SQLite file");
    }

    private ConcurrencySoak.Result soak(String store) throws IOException, InterruptedException {
        return processes ? new ConcurrencyProcesses(store, clients, seconds).run()
                : new ConcurrencySoak(store, clients, seconds).run();
    }

    private int report(ConcurrencySoak.Result r, String where) {
        if (cli.json) {
            cli.out().json(r);
        } else {
            cli.out().line(String.format("%d officers (%s), %.0f s on %s: %d operations, %d saves, %d refused as"
                            + " \"changed by …\", %d undos (%d refused: a colleague counted on since), %d undos of another's"
                            + " change, %d other errors, %d lost (shared count %d, expected %d)", r.clients(),
                    processes ? "processes" : "threads", r.seconds(), where, r.operations(), r.saves(), r.refusedChangedBy(), r.undos(), r.undoRefused(),
                    r.undoOfAnother(), r.errors(), r.lost(), r.sharedCount(), r.expectedCount()));
            r.firstErrors().forEach(e -> cli.out().line("  " + e));
        }
        return r.errors() == 0 && r.lost() == 0 && r.undoOfAnother() == 0 ? Cli.OK : Cli.FAILED;
    }
}

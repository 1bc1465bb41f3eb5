package vn.protocolbrief.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;

/** A record's history: who changed it, when, and which fields. */
@Command(name = "changes", description = "Who created and changed a record, when, and which fields, the oldest first.")
final class ChangesCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "meeting, person, source, partner, agreement, aid, figure, link, sensitivity or visit")
    String kind;

    @Option(names = "--id", required = true, paramLabel = "ID")
    String id;

    record History(String kind, String id, RecordService.Stamp stamp, List<RecordService.HistoryEntry> changes) {
    }

    @Override
    public Integer call() {
        try (Store store = cli.openStore()) {
            RecordService records = new RecordService(store);
            List<RecordService.HistoryEntry> all = records.history(kind, id);
            RecordService.Stamp stamp = records.stamp(kind, id);
            if (cli.json) {
                cli.out().json(new History(kind, id, stamp, all));
                return Cli.OK;
            }
            if (stamp.version() > 0) {
                cli.out().line(kind + " " + id + ": version " + stamp.version()
                        + (stamp.createdBy() == null ? "" : ", created by " + stamp.createdBy() + " at " + stamp.createdAt())
                        + ", last changed by " + stamp.changedBy() + " at " + stamp.changedAt());
            }
            if (all.isEmpty()) {
                cli.out().line("No recorded changes of " + kind + " " + id + ".");
            }
            for (RecordService.HistoryEntry e : all) {
                cli.out().line(String.format("%5d  %-19s  %-14s %-6s %s%s", e.change(), e.at(), e.actor(), e.action(),
                        e.label(), e.undone() ? "  (undone)" : ""));
                if (e.fromTheRoad()) {
                    cli.out().line("       on the road: " + e.roadBy() + (e.roadAt() == null ? "" : " at " + e.roadAt())
                            + "; synced by " + e.actor() + " at " + e.at());
                }
                if (!e.fields().isEmpty()) {
                    cli.out().line("       " + String.join(", ", e.fields()));
                }
            }
        }
        return Cli.OK;
    }
}

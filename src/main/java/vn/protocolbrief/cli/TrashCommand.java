package vn.protocolbrief.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;

/** The deleted records, and putting one back (the window's Trash). */
@Command(name = "trash", description = "Deleted records, the latest first; --restore N puts one back.")
final class TrashCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--restore", paramLabel = "N", description = "The number 'trash' shows.")
    Long restore;

    @Override
    public Integer call() {
        try (Store store = cli.openStore()) {
            RecordService records = new RecordService(store);
            if (restore != null) {
                if (records.trash().stream().noneMatch(c -> c.id() == restore)) {
                    throw new IllegalArgumentException("No deleted record " + restore + " in the trash.");
                }
                RecordService.Change c = records.undo(restore);
                if (cli.json) {
                    cli.out().json(c);
                } else {
                    cli.out().line("Restored " + c.kind() + " " + c.refId() + ": " + c.label());
                }
                return Cli.OK;
            }
            List<RecordService.Change> all = records.trash();
            if (cli.json) {
                cli.out().json(all);
            } else if (all.isEmpty()) {
                cli.out().line("The trash is empty.");
            } else {
                all.forEach(c -> cli.out().line(String.format("%5d  %-19s  %-11s %s", c.id(), c.at(), c.kind(),
                        c.label())));
            }
        }
        return Cli.OK;
    }
}

package vn.protocolbrief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;

@Command(name = "delete", description = "Delete one record by kind and id (ids: the --json output of meetings,"
        + " requests and export). Creating and changing records: export, edit the JSON, import-json.")
final class DeleteCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--kind", required = true, paramLabel = "K",
            description = RecordService.DELETABLE_KINDS + ".")
    String kind;

    @Option(names = "--id", required = true, paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        try (Store store = cli.openStore()) {
            new RecordService(store).delete(kind, id);
        }
        if (cli.json) {
            cli.out().json(new Summary(kind, id, "deleted"));
        } else {
            cli.out().line("Deleted " + kind + " " + id + ".");
        }
        return Cli.OK;
    }

    record Summary(String kind, String id, String status) {
    }
}

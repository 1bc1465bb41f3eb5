package vn.protocolbrief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;

/** Undoes the officer's own latest change made by hand (the window's Ctrl+Z undoes its own session's). */
@Command(name = "undo", description = "Undo your latest change made to a record by hand (a new record, an edit, a"
        + " deletion, a status change), never a colleague's; refused, with the reason, when a later change depends"
        + " on it. You are --as OFFICER, else PROTOCOLBRIEF_USER, else the system user.")
final class UndoCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        try (Store store = cli.openStore()) {
            var undone = new RecordService(store).undoLast();
            if (undone.isEmpty()) {
                throw new IllegalArgumentException("There is nothing of " + store.actor().name() + "'s to undo.");
            }
            RecordService.Change c = undone.get();
            if (cli.json) {
                cli.out().json(c);
            } else {
                // an import of a file is of the archive as a whole: no record's id to name
                cli.out().line("Undone: " + c.action() + " of " + c.kind()
                        + (c.refId() == null || c.refId().isEmpty() ? "" : " " + c.refId()) + " (" + c.label() + ")");
            }
        }
        return Cli.OK;
    }
}

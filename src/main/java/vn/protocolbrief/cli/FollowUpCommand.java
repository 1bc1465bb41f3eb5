package vn.protocolbrief.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.store.RecordService;
import vn.protocolbrief.store.Store;

@Command(name = "follow-up", description = "Change a request's status with a dated note (ids: requests --json).")
final class FollowUpCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--request", required = true, paramLabel = "ID")
    String request;

    @Option(names = "--status", required = true, paramLabel = "S", description = "open, in_progress, done or declined.")
    String status;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why: what happened, who said so.")
    String note;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When (default today).")
    String date;

    @Override
    public Integer call() {
        RequestStatus st = RequestsCommand.parseStatus(status);
        PartialDate when = PartialDate.of(date == null ? LocalDate.now().toString() : date.strip());
        try (Store store = cli.openStore()) {
            new RecordService(store).followUp(request, new FollowUp(when, st, note, null));
        }
        if (cli.json) {
            cli.out().json(new Summary(request, st.name().toLowerCase(Locale.ROOT), when.iso()));
        } else {
            cli.out().line("Request " + request + " is now " + st.name().toLowerCase(Locale.ROOT) + " (" + when.display()
                    + ").");
        }
        return Cli.OK;
    }

    record Summary(String request, String status, String date) {
    }
}

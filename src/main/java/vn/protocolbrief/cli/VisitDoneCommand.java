package vn.protocolbrief.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.VisitOutcome;
import vn.protocolbrief.ingest.RequestCategories;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitOutcomeService;

/** "visit done": what happened at the visit becomes its meeting; prints the meeting's id. */
@Command(name = "done", description = "Record what happened at the visit: it becomes a meeting with the visit's date,"
        + " venue, delegation, hosts and programme, and what you give here. Prints the meeting's id. Once per visit.")
final class VisitDoneCommand implements Callable<Integer> {
    @ParentCommand
    VisitCommand parent;

    @Parameters(paramLabel = "ID", description = "The visit (visit list shows ids).")
    String id;

    @Option(names = "--request", paramLabel = "VN:TEXT[:DD/MM/YYYY]", description = "What one side asked of the"
            + " other (VN: the province asked; an answer due by a day, last; repeat).")
    List<String> requests = List.of();

    @Option(names = "--commitment", paramLabel = "VN:TEXT[:DD/MM/YYYY]", description = "What one side promised to do,"
            + " with the due date last (repeat).")
    List<String> commitments = List.of();

    @Option(names = "--follow-up-by", paramLabel = "WHO", description = "Who on our side follows up the commitments.")
    String followedBy;

    @Option(names = "--agreement", paramLabel = "TEXT", description = "What was signed (repeat).")
    List<String> agreements = List.of();

    @Option(names = "--gift", paramLabel = "VN:ITEM|JP:ITEM", description = "A gift (VN: ours to the guests; repeat).")
    List<String> gifts = List.of();

    @Option(names = "--outcome", paramLabel = "TEXT", description = "The outcome in a sentence or two.")
    String outcome;

    @Override
    public Integer call() {
        // Every option is read before the store is touched: bad input writes nothing.
        VisitOutcome what = new RequestCategories().filed(new VisitOutcome(id,
                requests.stream().map(VisitOutcome::request).toList(),
                commitments.stream().map(VisitOutcome::commitment)
                        .map(c -> new VisitOutcome.Promise(c.side(), c.text(), c.due(), followedBy)).toList(),
                agreements, gifts.stream().map(VisitOutcome::gift).toList(), outcome));
        try (Store store = parent.cli.openStore()) {
            String meetingId = new VisitOutcomeService(store).record(what, LocalDate.now());
            if (parent.cli.json) {
                parent.cli.out().json(new Done(id, meetingId, what.requests().size(), what.commitments().size(),
                        what.agreements().size(), what.gifts().size()));
            } else {
                parent.cli.out().line(meetingId);
            }
        }
        return Cli.OK;
    }

    record Done(String visit, String meeting, int requests, int commitments, int agreements, int gifts) {
    }
}

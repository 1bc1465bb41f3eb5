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
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.service.CommitmentService;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;

@Command(name = "follow-up", description = "Change a request's or a commitment's status with a dated note, or give a"
        + " request the day it is to be answered by (ids: requests --json, due).")
final class FollowUpCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--request", paramLabel = "ID")
    String request;

    @Option(names = "--commitment", paramLabel = "ID")
    String commitment;

    @Option(names = "--status", paramLabel = "S", description = "open, in_progress, done or declined (with --note).")
    String status;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why: what happened, who said so.")
    String note;

    @Option(names = "--due", paramLabel = "DATE", description = "For a request: the day an answer is due (31/01/2027),"
            + " or \"none\" to clear it. It then appears in \"due\" with the commitments.")
    String due;

    @Option(names = "--date", paramLabel = "DATE", description = "When: 03/12/2026 (day first) or 2026-12-03; default"
            + " today.")
    String date;

    private Integer setDue() {
        if (request == null) {
            throw new IllegalArgumentException("--due is for a request; a commitment's due date is set when it is"
                    + " recorded.");
        }
        if (status != null || note != null) {
            throw new IllegalArgumentException("Give --due alone, then --status with --note in a second command.");
        }
        PartialDate day = due.strip().equalsIgnoreCase("none") ? PartialDate.UNKNOWN : DateInput.parse(due);
        try (Store store = cli.openStore()) {
            new RecordService(store).setDue(request, day);
        }
        if (cli.json) {
            cli.out().json(new DueSet(request, day.known() ? day.iso() : null));
        } else {
            cli.out().line("Request " + request + (day.known() ? " is due by " + day.display() + "." : " has no due date."));
        }
        return Cli.OK;
    }

    record DueSet(String request, String due) {
    }

    @Override
    public Integer call() {
        if ((request == null) == (commitment == null)) {
            throw new IllegalArgumentException("Give --request ID or --commitment ID (one of them).");
        }
        if (due != null) {
            return setDue();
        }
        if (status == null || note == null) {
            throw new IllegalArgumentException("Give --status and --note (what changed and why), or --due DATE.");
        }
        RequestStatus st = RequestsCommand.parseStatus(status);
        PartialDate when = date == null ? PartialDate.of(LocalDate.now().toString()) : DateInput.parse(date);
        try (Store store = cli.openStore()) {
            if (request != null) {
                new RecordService(store).followUp(request, new FollowUp(when, st, note, null));
            } else {
                new CommitmentService(store).followUp(commitment, new FollowUp(when, st, note, null));
            }
        }
        String what = request != null ? "Request " + request : "Commitment " + commitment;
        if (cli.json) {
            cli.out().json(new Summary(request, commitment, st.name().toLowerCase(Locale.ROOT), when.iso()));
        } else {
            cli.out().line(what + " is now " + st.name().toLowerCase(Locale.ROOT) + " (" + when.display()
                    + ").");
        }
        return Cli.OK;
    }

    /** As before commitments had follow-ups: {@code request} names a request; {@code commitment} is null then. */
    record Summary(String request, String commitment, String status, String date) {
    }
}

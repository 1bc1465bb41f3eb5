package vn.protocolbrief.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.SensitiveMark;
import vn.protocolbrief.service.SensitiveService;
import vn.protocolbrief.store.Store;

@Command(name = "sensitive", description = "Show whether a record (a meeting, person, partner, single request or"
        + " visit) is marked sensitive, or mark it (--on) or take the mark off (--off). `travel take"
        + " --without-sensitive` leaves a sensitive record out of the travel copy with what hangs on it, and a travel"
        + " sync never sends it there; packs do not show the mark.")
final class SensitiveCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--kind", paramLabel = "KIND", description = "meeting (default), person, partner, request or visit.")
    String kind = "meeting";

    @Option(names = "--id", paramLabel = "ID", description = "The record (ids: meetings, requests, visits --json…).")
    String id;

    @Option(names = "--meeting", paramLabel = "ID", description = "The meeting (the same as --kind meeting --id ID).")
    String meetingId;

    @Option(names = "--on", description = "Mark the record sensitive.")
    boolean on;

    @Option(names = "--off", description = "Take the mark off.")
    boolean off;

    @Override
    public Integer call() {
        if (on && off) {
            throw new IllegalArgumentException("Give --on or --off, not both.");
        }
        if ((meetingId == null) == (id == null)) {
            throw new IllegalArgumentException("Name the record: --kind KIND --id ID (or --meeting ID).");
        }
        if (meetingId != null && !kind.equals("meeting")) {
            throw new IllegalArgumentException("--meeting names a meeting; for a " + kind + " give --id.");
        }
        if (!SensitiveMark.KINDS.contains(kind)) {
            throw new IllegalArgumentException("A " + kind + " cannot be marked sensitive (only "
                    + String.join(", ", SensitiveMark.KINDS) + ").");
        }
        String recordId = meetingId != null ? meetingId : id;
        try (Store store = cli.openStore()) {
            SensitiveService marks = new SensitiveService(store);
            Optional<SensitiveMark> mark = on || off ? marks.set(kind, recordId, on) : shown(marks, recordId);
            String what = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + recordId;
            if (cli.json) {
                cli.out().json(new Shown(kind, recordId, kind.equals("meeting") ? recordId : null, mark.isPresent(),
                        mark.map(SensitiveMark::markedBy).orElse(null), mark.map(SensitiveMark::markedAt).orElse(null)));
            } else {
                cli.out().line(mark.map(m -> what + " is marked sensitive (by " + m.markedBy() + ", " + m.markedAt()
                                + "): travel take --without-sensitive leaves it out.")
                        .orElse(what + " is not marked sensitive."));
            }
        }
        return Cli.OK;
    }

    private Optional<SensitiveMark> shown(SensitiveService marks, String recordId) {
        Optional<SensitiveMark> mark = marks.of(kind, recordId);
        if (mark.isEmpty() && !marks.exists(kind, recordId)) {
            throw new IllegalArgumentException("No " + kind + " with id " + recordId + ".");
        }
        return mark;
    }

    /** A record's mark: whether it is sensitive, and who marked it when ({@code meetingId} as before, for meetings). */
    record Shown(String kind, String id, String meetingId, boolean sensitive, String markedBy, String markedAt) {
    }
}

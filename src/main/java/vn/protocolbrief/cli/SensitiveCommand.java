package vn.protocolbrief.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.SensitiveMark;
import vn.protocolbrief.store.SensitiveMarks;
import vn.protocolbrief.store.Store;

@Command(name = "sensitive", description = "Show whether a meeting is marked sensitive, or mark it (--on) or take the"
        + " mark off (--off). `travel take --without-sensitive` leaves a sensitive meeting out of the travel copy, with"
        + " everything saved with it; packs do not show the mark.")
final class SensitiveCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--meeting", required = true, paramLabel = "ID", description = "The meeting (ids: meetings --json).")
    String meetingId;

    @Option(names = "--on", description = "Mark the meeting sensitive.")
    boolean on;

    @Option(names = "--off", description = "Take the mark off.")
    boolean off;

    @Override
    public Integer call() {
        if (on && off) {
            throw new IllegalArgumentException("Give --on or --off, not both.");
        }
        try (Store store = cli.openStore()) {
            SensitiveMarks marks = new SensitiveMarks(store);
            Optional<SensitiveMark> mark = on || off ? marks.set(meetingId, on) : shown(marks);
            if (cli.json) {
                cli.out().json(new Shown(meetingId, mark.isPresent(), mark.map(SensitiveMark::markedBy).orElse(null),
                        mark.map(SensitiveMark::markedAt).orElse(null)));
            } else {
                cli.out().line(mark.map(m -> "Meeting " + meetingId + " is marked sensitive (by " + m.markedBy()
                                + ", " + m.markedAt() + "): travel take --without-sensitive leaves it out.")
                        .orElse("Meeting " + meetingId + " is not marked sensitive."));
            }
        }
        return Cli.OK;
    }

    private Optional<SensitiveMark> shown(SensitiveMarks marks) {
        Optional<SensitiveMark> mark = marks.of(meetingId);
        if (mark.isEmpty() && !marks.exists(meetingId)) {
            throw new IllegalArgumentException("No meeting with id " + meetingId + ".");
        }
        return mark;
    }

    /** A meeting's mark: whether it is sensitive, and who marked it when. */
    record Shown(String meetingId, boolean sensitive, String markedBy, String markedAt) {
    }
}

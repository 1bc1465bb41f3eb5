package vn.protocolbrief.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.MeetingReview;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.service.MeetingReviews;
import vn.protocolbrief.store.Store;

/** Which meetings nobody has read against their article yet, and marking one reviewed (as the window does). */
@Command(name = "review", description = "Meetings saved in bulk that nobody has reviewed yet (review list), and"
        + " marking one reviewed after reading it against its article (review mark ID).",
        subcommands = {ReviewCommand.ListUnreviewed.class, ReviewCommand.Mark.class})
final class ReviewCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("Name what to do: review list or review mark ID (see --help).");
    }

    @Command(name = "list", description = "The meetings nobody has reviewed, newest first; packs mark what comes from"
            + " them.")
    static final class ListUnreviewed implements Callable<Integer> {
        @ParentCommand
        ReviewCommand parent;

        @Option(names = "--province", paramLabel = "P", description = "Only this province (its predecessors included).")
        String province;

        @Override
        public Integer call() {
            try (Store store = parent.cli.openStore()) {
                String p = province == null ? null : new Catalog(store).province(province).province().id();
                List<MeetingReviews.Unreviewed> all = new MeetingReviews(store).unreviewed(p);
                if (parent.cli.json) {
                    parent.cli.out().json(all);
                } else if (all.isEmpty()) {
                    parent.cli.out().line("Every meeting" + (p == null ? "" : " of that province") + " has been reviewed.");
                } else {
                    parent.cli.out().line(all.size() + " meeting" + (all.size() == 1 ? "" : "s") + " not reviewed:");
                    for (MeetingReviews.Unreviewed u : all) {
                        parent.cli.out().line(String.format("%-50s %-10s %s", u.meetingId(),
                                u.date() == null ? "—" : u.date(), u.title() == null ? "" : u.title()));
                    }
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "mark", description = "Mark a meeting, with the requests, gifts, agreements and aid saved with it,"
            + " reviewed: only after reading them against the article.")
    static final class Mark implements Callable<Integer> {
        @ParentCommand
        ReviewCommand parent;

        @Parameters(paramLabel = "MEETING_ID")
        String meetingId;

        @Override
        public Integer call() {
            try (Store store = parent.cli.openStore()) {
                MeetingReview r = new MeetingReviews(store).mark(meetingId);
                if (parent.cli.json) {
                    parent.cli.out().json(r);
                } else {
                    parent.cli.out().line("Meeting " + r.meetingId() + " reviewed by " + r.reviewedBy() + " at "
                            + r.reviewedAt() + ".");
                }
            }
            return Cli.OK;
        }
    }
}

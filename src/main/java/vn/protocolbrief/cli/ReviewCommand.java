package vn.protocolbrief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.service.MeetingReviews;

/** Which meetings nobody has read against their article yet, and marking one reviewed (as the window does). */
@Command(name = "review", description = "Meetings saved in bulk that nobody has reviewed yet (review list), and"
        + " marking one reviewed after reading it against its article (review mark ID).",
        subcommands = {ReviewCommand.ListUnreviewed.class, ReviewCommand.Mark.class})
final class ReviewCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalArgumentException("Name what to do: review list or review mark ID (see --help).");
    }

    @Command(name = "list", description = "The meetings nobody has reviewed, newest first; packs mark what comes from"
            + " them.")
    static final class ListUnreviewed implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Option(names = "--province", paramLabel = "P", description = "Only this province (its predecessors included).")
        String province;

        @Override
        public Integer call() {
            return context.answer(store -> new MeetingReviews(store).unreviewed(province == null ? null
                    : new Catalog(store).province(province).province().id()), (all, out) -> {
                if (all.isEmpty()) {
                    out.line("Every meeting" + (province == null ? "" : " of that province") + " has been reviewed.");
                    return;
                }
                out.line(all.size() + " meeting" + (all.size() == 1 ? "" : "s") + " not reviewed:");
                for (MeetingReviews.Unreviewed u : all) {
                    out.line(String.format("%-50s %-10s %s", u.meetingId(), u.date() == null ? "—" : u.date(),
                            u.title() == null ? "" : u.title()));
                }
            });
        }
    }

    @Command(name = "mark", description = "Mark a meeting, with the requests, gifts, agreements and aid saved with it,"
            + " reviewed: only after reading them against the article.")
    static final class Mark implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "MEETING_ID")
        String meetingId;

        @Override
        public Integer call() {
            return context.answer(store -> new MeetingReviews(store).mark(meetingId), (r, out) -> out.line(
                    "Meeting " + r.meetingId() + " reviewed by " + r.reviewedBy() + " at " + r.reviewedAt() + "."));
        }
    }
}

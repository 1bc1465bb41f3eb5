package vn.protocolbrief.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.MeetingReview;

/**
 * Which meetings someone has read against their source (docs/decisions/0010-reviewed-records.md): the list of those
 * nobody has, and marking one reviewed. The window and the command line both come here.
 */
public final class MeetingReviews {
    /** The environment variable naming the officer when no name is given. */
    public static final String USER_VARIABLE = "PROTOCOLBRIEF_USER";

    private final Store store;
    private final MeetingReviewRepository reviews = new MeetingReviewRepository();
    private final Repositories repos = new Repositories();

    public MeetingReviews(Store store) {
        this.store = store;
    }

    /**
     * Who is reviewing: the name given (--as), else PROTOCOLBRIEF_USER, else the name the operating system knows
     * the user by. There is no login on a local store; the name is what the officer says it is.
     */
    public static String officer(String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String env = System.getenv(USER_VARIABLE);
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        String os = System.getProperty("user.name");
        return os == null || os.isBlank() ? "unknown" : os.strip();
    }

    /** A review made now. */
    public static MeetingReview review(String meetingId, String by) {
        return new MeetingReview(meetingId, by, LocalDateTime.now().withNano(0).toString());
    }

    /** A meeting nobody has reviewed yet, as a list shows it. */
    public record Unreviewed(String meetingId, String provinceId, String partnerId, String date, String title,
                             int requests, int gifts) {
    }

    /** The unreviewed meetings, of one province (its predecessors included) or of all when null; newest first. */
    public List<Unreviewed> unreviewed(String provinceId) {
        return store.snapshot(h -> {
            Set<String> ids = reviews.unreviewedMeetingIds(h);
            if (ids.isEmpty()) {
                return List.of();
            }
            List<Meeting> meetings = provinceId == null
                    ? repos.meetings().all(h) : repos.meetings().history(h, provinceId, null);
            return meetings.stream().filter(m -> ids.contains(m.id()))
                    .sorted(java.util.Comparator.comparing((Meeting m) -> m.date().known() ? m.date().iso() : "")
                            .reversed().thenComparing(Meeting::id))
                    .map(m -> new Unreviewed(m.id(), m.provinceId(), m.partnerId(),
                            m.date().known() ? m.date().iso() : null, m.title(), m.requests().size(), m.gifts().size()))
                    .toList();
        });
    }

    /** How many meetings nobody has reviewed. */
    public int count() {
        return store.read(h -> h.createQuery("SELECT count(*) FROM meeting WHERE id NOT IN"
                + " (SELECT meeting_id FROM meeting_review)").mapTo(Integer.class).one());
    }

    public Optional<MeetingReview> of(String meetingId) {
        return store.read(h -> reviews.byMeeting(h, meetingId));
    }

    /** Marks a meeting (and what was saved with it) reviewed by {@code by}, now. */
    public MeetingReview mark(String meetingId, String by) {
        return store.write(h -> {
            if (repos.meetings().byId(h, meetingId).isEmpty()) {
                throw new StoreException("No meeting with id " + meetingId + "; nothing was marked.");
            }
            MeetingReview r = review(meetingId, officer(by));
            reviews.upsert(h, r);
            return r;
        });
    }
}

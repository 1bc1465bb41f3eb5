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
    private final Store store;
    private final MeetingReviewRepository reviews = new MeetingReviewRepository();
    private final Repositories repos = new Repositories();

    public MeetingReviews(Store store) {
        this.store = store;
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

    /**
     * Marks a meeting (and what was saved with it) reviewed now, by the store's officer ({@link Store#actor()}: the
     * same name the change log and undo use).
     */
    public MeetingReview mark(String meetingId) {
        return store.write(h -> {
            if (repos.meetings().byId(h, meetingId).isEmpty()) {
                throw new StoreException("No meeting with id " + meetingId + "; nothing was marked.");
            }
            MeetingReview r = review(meetingId, store.actor().name());
            reviews.upsert(h, r);
            return r;
        });
    }
}

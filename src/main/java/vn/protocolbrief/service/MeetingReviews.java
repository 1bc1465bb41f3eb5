package vn.protocolbrief.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.MeetingReview;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;

/**
 * Which meetings someone has read against their source (docs/decisions/0010-reviewed-records.md): the list of those
 * nobody has, and marking one reviewed. The window and the command line both come here.
 */
public final class MeetingReviews {
    private final Store store;

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
        return store.snapshotting(work -> {
            Set<String> ids = work.unreviewedMeetingIds();
            if (ids.isEmpty()) {
                return List.of();
            }
            List<Meeting> meetings = provinceId == null
                    ? work.meetings().all() : work.meetings().history(provinceId, null);
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
        return store.reading(work -> work.unreviewedCount());
    }

    public Optional<MeetingReview> of(String meetingId) {
        return store.reading(work -> work.review(meetingId));
    }

    /**
     * Marks a meeting (and what was saved with it) reviewed now, by the store's officer ({@link Store#actor()}: the
     * same name the change log and undo use).
     */
    public MeetingReview mark(String meetingId) {
        return store.writing(work -> {
            if (!work.meetings().exists(meetingId)) {
                throw new StoreException(UserProblem.Code.NO_RECORD_NOTHING_MARKED, "meeting", meetingId);
            }
            MeetingReview r = review(meetingId, work.actor().name());
            work.saveReview(r);
            return r;
        });
    }
}

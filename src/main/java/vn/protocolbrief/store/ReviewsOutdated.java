package vn.protocolbrief.store;

import java.util.Collection;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * A review vouches for what its reviewer read. When someone else then changes the meeting (or what was saved with
 * it: its requests, gifts, promises…), nobody has read the change: the review is taken off in the change's own
 * transaction, so the meeting is unreviewed again in the window's list and in the packs until someone reads it
 * (docs/decisions/0010-reviewed-records.md). Taking it off is part of the change: undoing the change puts the review
 * back. Kept: a change by the reviewer, the demo data's own mark ({@value MeetingReviewRepository#SAMPLE}: no person
 * vouched for the sample meetings), and what only carries changes made elsewhere (a sync, an undo).
 */
final class ReviewsOutdated {
    /** The changes an officer makes here by hand or by importing; a sync or an undo puts rows back as they were. */
    private static final Set<String> BY_HAND = Set.of("create", "edit", "delete", "merge", "import");

    private ReviewsOutdated() {
    }

    static boolean applies(String action) {
        return BY_HAND.contains(action);
    }

    /**
     * Takes off the reviews of {@code meetingIds} (meetings that existed before the change: a meeting written new
     * comes with the reviews its file says it has) made by anyone but {@code actor}; how many.
     */
    static int clear(Handle h, Collection<String> meetingIds, Actor actor) {
        int cleared = 0;
        for (String id : meetingIds) {
            cleared += h.execute("DELETE FROM meeting_review WHERE meeting_id = ? AND reviewed_by <> ?"
                    + " AND reviewed_by <> ?", id, actor.name(), MeetingReviewRepository.SAMPLE);
        }
        return cleared;
    }

    /**
     * On an office store: the meetings the transaction's open change has touched so far (the database's triggers
     * list them, V015), before the change is named; the deletion is logged into the same change by the triggers.
     */
    static void clearOnServer(Handle h, Actor actor) {
        h.execute("DELETE FROM meeting_review WHERE reviewed_by <> ? AND reviewed_by <> ? AND meeting_id IN"
                + " (SELECT r.ref_id FROM change_record r WHERE r.kind = 'meeting'"
                + " AND r.change_id = nullif(current_setting('pb.change_id', true), '')::BIGINT"
                + " AND NOT EXISTS (SELECT 1 FROM change_row w WHERE w.change_id = r.change_id"
                + " AND w.table_name = 'meeting' AND w.before IS NULL AND w.row_key = '[\"' || r.ref_id || '\"]'))",
                actor.name(), MeetingReviewRepository.SAMPLE);
    }
}

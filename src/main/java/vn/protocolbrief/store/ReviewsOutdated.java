package vn.protocolbrief.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * A review vouches for what its reviewer read. When someone else then changes the meeting (or what was saved with
 * it: its requests, gifts, promises, the agreements and aid saved with it…), nobody has read the change: the review is taken off in the change's own
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

    /** The tables of the records saved with a meeting apart from it (its meeting_id says which). */
    private static final Set<String> SAVED_WITH_A_MEETING = Set.of("agreement", "aid_project");

    /** The meetings of the open change on an office store, as {@link #meetings} names them on a file. */
    private static final String CHANGED_ON_SERVER = "(SELECT r.ref_id FROM change_record r WHERE r.kind = 'meeting'"
            + " AND r.change_id = nullif(current_setting('pb.change_id', true), '')::BIGINT"
            + " AND NOT EXISTS (SELECT 1 FROM change_row w WHERE w.change_id = r.change_id"
            + " AND w.table_name = 'meeting' AND w.before IS NULL AND w.row_key = '[\"' || r.ref_id || '\"]')"
            + " UNION SELECT w.before::JSONB ->> 'meeting_id' FROM change_row w"
            + " WHERE w.change_id = nullif(current_setting('pb.change_id', true), '')::BIGINT"
            + " AND w.table_name IN ('agreement', 'aid_project') AND w.before IS NOT NULL)";

    static boolean applies(String action) {
        return BY_HAND.contains(action);
    }

    /**
     * The meetings a change outdates the reviews of: those it changed that existed before it, and those an agreement
     * or aid project it changed was saved with, before or after (the triggers of V015 name the latter's meeting).
     */
    static Set<String> meetings(List<ChangeLog.RowChange> changed, Map<RecordRows.Ref, Boolean> touched) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> created = new java.util.HashSet<>();
        touched.forEach((ref, made) -> {
            if (ref.kind().equals("meeting")) {
                (made ? created : ids).add(ref.id());
            }
        });
        for (ChangeLog.RowChange c : changed) {
            if (SAVED_WITH_A_MEETING.contains(c.table())) {
                for (Map<String, Object> row : java.util.Arrays.asList(c.before(), c.after())) {
                    if (row != null && row.get("meeting_id") != null) {
                        ids.add(row.get("meeting_id").toString());
                    }
                }
            }
        }
        ids.removeAll(created);
        return ids;
    }

    /** Those of {@code meetingIds} with a review by someone other than {@code actor} (the demo's mark aside). */
    static List<String> reviewedByOthers(Handle h, Collection<String> meetingIds, Actor actor) {
        List<String> reviewed = new java.util.ArrayList<>();
        for (String id : meetingIds) {
            if (h.createQuery("SELECT count(*) FROM meeting_review WHERE meeting_id = ? AND reviewed_by <> ?"
                    + " AND reviewed_by <> ?").bind(0, id).bind(1, actor.name()).bind(2, MeetingReviewRepository.SAMPLE)
                    .mapTo(Integer.class).one() > 0) {
                reviewed.add(id);
            }
        }
        return reviewed;
    }

    /** On an office store: {@link #reviewedByOthers} of the meetings the open change has touched so far. */
    static List<String> onServer(Handle h, Actor actor) {
        return h.createQuery("SELECT meeting_id FROM meeting_review WHERE reviewed_by <> ? AND reviewed_by <> ?"
                + " AND meeting_id IN " + CHANGED_ON_SERVER).bind(0, actor.name())
                .bind(1, MeetingReviewRepository.SAMPLE).mapTo(String.class).list();
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
        h.execute("DELETE FROM meeting_review WHERE reviewed_by <> ? AND reviewed_by <> ? AND meeting_id IN "
                + CHANGED_ON_SERVER, actor.name(), MeetingReviewRepository.SAMPLE);
    }
}

package vn.protocolbrief.service;

import java.util.List;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.store.Work;

/**
 * Changing commitments, each in one transaction. A commitment belongs to its meeting as a request does: a change is
 * logged as an edit of the meeting, so Ctrl+Z and {@code undo} put the meeting back with the commitments it had.
 */
public final class CommitmentService {
    private final Store store;

    public CommitmentService(Store store) {
        this.store = store;
    }

    public static String newId() {
        return RecordService.newId("cm");
    }

    public List<Commitment> ofMeeting(String meetingId) {
        return store.reading(work -> work.commitments().ofMeeting(meetingId));
    }

    /** The thanks said at the meeting (kept with it as its commitments are; they have no status to follow up). */
    public List<vn.protocolbrief.domain.Thanks> thanksOf(String meetingId) {
        return store.reading(work -> work.thanksOf(meetingId));
    }

    public Commitment get(String id) {
        return store.reading(work -> work.commitments().byId(id))
                .orElseThrow(() -> new StoreException(UserProblem.Code.NO_COMMITMENT, id));
    }

    /** Adds the commitment to its meeting, or replaces the one with the same id. */
    public void save(Commitment c) {
        changing(c.meetingId(), work -> work.commitments().save(c));
    }

    public void delete(String id) {
        Commitment c = get(id);
        changing(c.meetingId(), work -> work.commitments().delete(id));
    }

    /** Sets a commitment's status and keeps the dated note that explains it, as a request's follow-up does. */
    public Commitment followUp(String id, FollowUp step) {
        if (step.note() == null || step.note().isBlank()) {
            throw new StoreException(UserProblem.Code.STATUS_NEEDS_NOTE);
        }
        Commitment c = get(id);
        Commitment changed = c.followedUp(step);
        changing(c.meetingId(), work -> work.commitments().save(changed));
        return changed;
    }

    private void changing(String meetingId, java.util.function.Consumer<Work> write) {
        store.writing(work -> {
            Meeting m = work.meetings().byId(meetingId)
                    .orElseThrow(() -> new StoreException(UserProblem.Code.NO_MEETING, meetingId));
            var change = work.changing("meeting", meetingId);
            write.accept(work);
            change.record("edit", "meeting", meetingId, RecordService.label(m));
            return null;
        });
    }
}

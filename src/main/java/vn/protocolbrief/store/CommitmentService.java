package vn.protocolbrief.store;

import java.util.List;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Meeting;

/**
 * Changing commitments, each in one transaction. A commitment belongs to its meeting as a request does: a change is
 * logged as an edit of the meeting, so Ctrl+Z and {@code undo} put the meeting back with the commitments it had.
 */
public final class CommitmentService {
    private final Store store;
    private final Repositories repos = new Repositories();
    private final CommitmentRepository commitments = new CommitmentRepository();

    public CommitmentService(Store store) {
        this.store = store;
    }

    public static String newId() {
        return RecordService.newId("cm");
    }

    public List<Commitment> ofMeeting(String meetingId) {
        return store.read(h -> commitments.forMeeting(h, meetingId));
    }

    public Commitment get(String id) {
        return store.read(h -> commitments.byId(h, id))
                .orElseThrow(() -> new StoreException("No commitment with id " + id + "."));
    }

    /** Adds the commitment to its meeting, or replaces the one with the same id. */
    public void save(Commitment c) {
        changing(c.meetingId(), h -> commitments.upsert(h, c));
    }

    public void delete(String id) {
        Commitment c = get(id);
        changing(c.meetingId(), h -> commitments.delete(h, id));
    }

    /** Sets a commitment's status and keeps the dated note that explains it, as a request's follow-up does. */
    public Commitment followUp(String id, FollowUp step) {
        if (step.note() == null || step.note().isBlank()) {
            throw new StoreException("A status change needs a note saying why.");
        }
        Commitment c = get(id);
        Commitment changed = c.followedUp(step);
        changing(c.meetingId(), h -> commitments.upsert(h, changed));
        return changed;
    }

    private void changing(String meetingId, java.util.function.Consumer<org.jdbi.v3.core.Handle> write) {
        ChangeLog changes = new ChangeLog(new RecordRows());
        store.write(h -> {
            Meeting m = repos.meetings().byId(h, meetingId)
                    .orElseThrow(() -> new StoreException("No meeting with id " + meetingId + "."));
            var before = changes.before(h, List.of(new RecordRows.Ref("meeting", meetingId)));
            write.accept(h);
            changes.record(h, before, store.actor(), "edit", "meeting", meetingId, RecordService.label(m));
            return null;
        });
    }
}

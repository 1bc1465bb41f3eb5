package vn.protocolbrief.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.protocolbrief.domain.SensitiveMark;

/**
 * Marking a meeting sensitive, or taking the mark off: one transaction, logged as an edit of the meeting (so that
 * `changes` lists it and undo takes it back). The window and the command line both come here.
 */
public final class SensitiveMarks {
    private final Store store;
    private final SensitiveMarkRepository marks = new SensitiveMarkRepository();
    private final ChangeLog changes = new ChangeLog(new RecordRows());

    public SensitiveMarks(Store store) {
        this.store = store;
    }

    public Optional<SensitiveMark> of(String meetingId) {
        return store.read(h -> marks.byMeeting(h, meetingId));
    }

    /** Whether the store holds this meeting. */
    public boolean exists(String meetingId) {
        return store.read(h -> exists(h, meetingId));
    }

    private static boolean exists(org.jdbi.v3.core.Handle h, String meetingId) {
        return h.createQuery("SELECT count(*) FROM meeting WHERE id = ?").bind(0, meetingId).mapTo(Integer.class)
                .one() > 0;
    }

    /**
     * Marks the meeting sensitive (by the store's officer, now) or takes the mark off; returns the mark now kept.
     * Setting what is already set changes nothing and logs nothing.
     */
    public Optional<SensitiveMark> set(String meetingId, boolean sensitive) {
        return store.write(h -> {
            if (!exists(h, meetingId)) {
                throw new StoreException("No meeting with id " + meetingId + "; nothing was marked.");
            }
            Optional<SensitiveMark> current = marks.byMeeting(h, meetingId);
            if (current.isPresent() == sensitive) {
                return current;
            }
            RecordRows.Ref ref = new RecordRows.Ref("meeting", meetingId);
            var before = changes.before(h, List.of(ref));
            SensitiveMark mark = new SensitiveMark(meetingId, store.actor().name(),
                    LocalDateTime.now().withNano(0).toString());
            if (sensitive) {
                marks.upsert(h, mark);
            } else {
                marks.remove(h, meetingId);
            }
            changes.record(h, before, store.actor(), "edit", "meeting", meetingId,
                    sensitive ? "marked sensitive" : "sensitive mark taken off");
            return sensitive ? Optional.of(mark) : Optional.<SensitiveMark>empty();
        });
    }
}

package vn.protocolbrief.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.protocolbrief.domain.SensitiveMark;

/**
 * Marking a record sensitive (a meeting, person, partner, single request or visit), or taking the mark off: one
 * transaction, logged as an edit of the record (a request's as an edit of its meeting, of which it is a part), so
 * that `changes` lists it and undo takes it back. The window and the command line both come here.
 */
public final class SensitiveMarks {
    private final Store store;
    private final SensitiveMarkRepository marks = new SensitiveMarkRepository();
    private final ChangeLog changes = new ChangeLog(new RecordRows());

    public SensitiveMarks(Store store) {
        this.store = store;
    }

    public Optional<SensitiveMark> of(String meetingId) {
        return of("meeting", meetingId);
    }

    public Optional<SensitiveMark> of(String kind, String id) {
        SensitiveMarkRepository.table(kind);
        return store.read(h -> marks.of(h, kind, id));
    }

    /** Whether the store holds this meeting. */
    public boolean exists(String meetingId) {
        return exists("meeting", meetingId);
    }

    /** Whether the store holds this record. */
    public boolean exists(String kind, String id) {
        SensitiveMarkRepository.table(kind);
        return store.read(h -> SensitiveMarkRepository.exists(h, kind, id));
    }

    /** Marks a meeting sensitive or takes the mark off (see {@link #set(String, String, boolean)}). */
    public Optional<SensitiveMark> set(String meetingId, boolean sensitive) {
        return set("meeting", meetingId, sensitive);
    }

    /**
     * Marks the record sensitive (by the store's officer, now) or takes the mark off; returns the mark now kept.
     * Setting what is already set changes nothing and logs nothing.
     */
    public Optional<SensitiveMark> set(String kind, String id, boolean sensitive) {
        SensitiveMarkRepository.table(kind);
        return store.write(h -> {
            if (!SensitiveMarkRepository.exists(h, kind, id)) {
                throw new StoreException("No " + kind + " with id " + id + "; nothing was marked.");
            }
            Optional<SensitiveMark> current = marks.of(h, kind, id);
            if (current.isPresent() == sensitive) {
                return current;
            }
            RecordRows.Ref ref = SensitiveMarkRepository.loggedAs(h, kind, id);
            var before = changes.before(h, List.of(ref));
            SensitiveMark mark = new SensitiveMark(id, store.actor().name(),
                    LocalDateTime.now().withNano(0).toString(), kind);
            if (sensitive) {
                marks.upsert(h, mark);
            } else {
                marks.remove(h, kind, id);
            }
            String what = kind.equals("request") ? "request " + id + " " : "";
            changes.record(h, before, store.actor(), "edit", ref.kind(), ref.id(),
                    what + (sensitive ? "marked sensitive" : "sensitive mark taken off"));
            return sensitive ? Optional.of(mark) : Optional.<SensitiveMark>empty();
        });
    }
}

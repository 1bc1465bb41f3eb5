package vn.protocolbrief.service;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import vn.protocolbrief.domain.SensitiveMark;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.store.Work;

/**
 * Marking a record sensitive (a meeting, person, partner, single request or visit), or taking the mark off: one
 * transaction, logged as an edit of the record (a request's as an edit of its meeting, of which it is a part), so
 * that `changes` lists it and undo (the command's and the window's Ctrl+Z) takes it back. The `sensitive` command
 * and the window both come here. A mark set from a record as the officer read it carries that version, and is
 * refused ("… was changed by Lan at …") when a colleague changed the record since.
 */
public final class SensitiveService {
    private final Store store;

    public SensitiveService(Store store) {
        this.store = store;
    }

    /** The record's mark, if it is marked; a kind that cannot be marked is refused. */
    public Optional<SensitiveMark> of(String kind, String id) {
        requireKind(kind);
        return store.reading(work -> work.marks().of(kind, id));
    }

    /** Whether the store holds this record. */
    public boolean exists(String kind, String id) {
        requireKind(kind);
        return store.reading(work -> work.marks().exists(kind, id));
    }

    /**
     * The version a mark set from the record as now read is checked against: the record's own, a request's its
     * meeting's (the record the change is logged as).
     */
    public long version(String kind, String id) {
        requireKind(kind);
        return store.reading(work -> {
            Work.Ref ref = work.marks().loggedAs(kind, id);
            return work.stamp(ref.kind(), ref.id()).version();
        });
    }

    /** Marks the record sensitive or takes the mark off, whatever changed since (see {@link #set(String, String, boolean, Long)}). */
    public Optional<SensitiveMark> set(String kind, String id, boolean sensitive) {
        return set(kind, id, sensitive, null);
    }

    /**
     * Marks the record sensitive (by the store's officer, now) or takes the mark off; returns the mark now kept.
     * Setting what is already set changes nothing and logs nothing. {@code basedOn}: the version of the record (see
     * {@link #version}) the officer saw; the change is refused when it differs now (null: not checked).
     */
    public Optional<SensitiveMark> set(String kind, String id, boolean sensitive, Long basedOn) {
        requireKind(kind);
        return store.writing(work -> {
            if (!work.marks().exists(kind, id)) {
                throw new StoreException(UserProblem.Code.NO_RECORD_NOTHING_MARKED, kind, id);
            }
            Work.Ref ref = work.marks().loggedAs(kind, id);
            if (basedOn != null) {
                work.requireVersion(ref.kind(), ref.id(), basedOn,
                        ref.kind().substring(0, 1).toUpperCase(Locale.ROOT) + ref.kind().substring(1) + " " + ref.id());
            }
            Optional<SensitiveMark> current = work.marks().of(kind, id);
            if (current.isPresent() == sensitive) {
                return current;
            }
            Work.Change change = work.changing(ref.kind(), ref.id());
            SensitiveMark mark = new SensitiveMark(id, work.actor().name(), LocalDateTime.now().withNano(0).toString(),
                    kind);
            if (sensitive) {
                work.marks().put(mark);
            } else {
                work.marks().remove(kind, id);
            }
            String what = kind.equals("request") ? "request " + id + " " : "";
            change.record("edit", ref.kind(), ref.id(), what + (sensitive ? "marked sensitive" : "sensitive mark taken off"));
            return sensitive ? Optional.of(mark) : Optional.<SensitiveMark>empty();
        });
    }

    private static void requireKind(String kind) {
        if (!SensitiveMark.KINDS.contains(kind)) {
            throw new StoreException(UserProblem.Code.SENSITIVE_KIND, kind,
                    String.join(", ", SensitiveMark.KINDS));
        }
    }
}

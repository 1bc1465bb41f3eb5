package vn.protocolbrief.store;

import java.util.List;
import java.util.Optional;
import vn.protocolbrief.domain.EnglishRendering;

/**
 * Adding, changing and removing English renderings of record text, each in one transaction and logged as an edit of
 * the record it belongs to (the meeting; an agreement itself), so that Ctrl+Z and {@code undo} take it back.
 */
public final class EnglishRenderingService {
    private final Store store;
    private final EnglishRenderingRepository renderings = new EnglishRenderingRepository();
    private final ChangeLog changes = new ChangeLog(new RecordRows());

    public EnglishRenderingService(Store store) {
        this.store = store;
    }

    /** The rendering of one record text, if the officer has given one. */
    public Optional<EnglishRendering> get(String kind, String recordId, int note) {
        return store.read(h -> renderings.get(h, kind, recordId, note));
    }

    /** The Vietnamese text a rendering of this record text renders; refused when there is none. */
    public String original(String kind, String recordId, int note) {
        new EnglishRendering(kind, recordId, note, "-");
        return store.read(h -> original(h, kind, recordId, note));
    }

    private String original(org.jdbi.v3.core.Handle h, String kind, String recordId, int note) {
        return renderings.original(h, kind, recordId, note).orElseThrow(() -> new StoreException(
                EnglishRendering.NOTE.equals(kind) ? "Request " + recordId + " has no note " + (note + 1) + "."
                        : "No " + kind + " text for '" + recordId + "' (no such record, or its " + kind
                        + " is empty)."));
    }

    /** The number of the newest note of a request (its follow-ups count from 0). */
    public int latestNote(String requestId) {
        return store.read(h -> h.createQuery("SELECT max(ordinal) FROM request_followup WHERE request_id = ?")
                .bind(0, requestId).mapTo(Integer.class).findOne()).orElseThrow(() -> new StoreException(
                "Request " + requestId + " has no notes."));
    }

    /**
     * Sets the English rendering of a record text; a blank {@code text} removes it. Returns the rendering now kept
     * (empty when removed).
     */
    public Optional<EnglishRendering> set(String kind, String recordId, int note, String text) {
        boolean remove = vn.protocolbrief.domain.Text.clean(text) == null;
        EnglishRendering rendering = new EnglishRendering(kind, recordId, note, remove ? "-" : text);
        return store.write(h -> {
            original(h, kind, recordId, note);
            RecordRows.Ref ref = EnglishRendering.AGREEMENT.equals(kind) ? new RecordRows.Ref("agreement", recordId)
                    : new RecordRows.Ref("meeting", renderings.meetingOf(h, kind, recordId).orElseThrow());
            var before = changes.before(h, List.of(ref));
            if (remove) {
                renderings.remove(h, kind, recordId, note);
            } else {
                renderings.upsert(h, rendering);
            }
            changes.record(h, before, store.actor(), "edit", ref.kind(), ref.id(),
                    "English of " + rendering.label());
            return remove ? Optional.<EnglishRendering>empty() : Optional.of(rendering);
        });
    }
}

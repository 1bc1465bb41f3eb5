package vn.protocolbrief.service;

import java.util.List;
import java.util.Optional;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.store.Work;

/**
 * Adding, changing and removing English renderings of record text, each in one transaction and logged as an edit of
 * the record it belongs to (the meeting; an agreement itself), so that Ctrl+Z and {@code undo} take it back.
 */
public final class EnglishRenderingService {
    private final Store store;

    public EnglishRenderingService(Store store) {
        this.store = store;
    }

    /** The rendering of one record text, if the officer has given one. */
    public Optional<EnglishRendering> get(String kind, String recordId, int note) {
        return store.reading(work -> work.renderings().get(kind, recordId, note));
    }

    /** The Vietnamese text a rendering of this record text renders; refused when there is none. */
    public String original(String kind, String recordId, int note) {
        new EnglishRendering(kind, recordId, note, "-");
        return store.reading(work -> original(work, kind, recordId, note));
    }

    private static String original(Work work, String kind, String recordId, int note) {
        return work.renderings().original(kind, recordId, note).orElseThrow(() -> EnglishRendering.NOTE.equals(kind)
                ? new StoreException(UserProblem.Code.RENDERING_NO_NOTE, recordId, note + 1)
                : new StoreException(UserProblem.Code.RENDERING_NO_TEXT, kind, recordId));
    }

    /**
     * The renderings whose record's Vietnamese was edited after they were written: packs quote the Vietnamese as the
     * original with a note until the officer writes the English again (or sets it again unchanged).
     */
    public List<vn.protocolbrief.domain.StaleRendering> stale() {
        return store.reads(r -> r.staleEnglish());
    }

    /** The number of the newest note of a request (its follow-ups count from 0). */
    public int latestNote(String requestId) {
        return store.reading(work -> work.renderings().latestNote(requestId)).orElseThrow(() -> new StoreException(UserProblem.Code.RENDERING_NO_NOTES, requestId));
    }

    /**
     * Sets the English rendering of a record text; a blank {@code text} removes it. Returns the rendering now kept
     * (empty when removed).
     */
    public Optional<EnglishRendering> set(String kind, String recordId, int note, String text) {
        boolean remove = vn.protocolbrief.domain.Text.clean(text) == null;
        EnglishRendering rendering = new EnglishRendering(kind, recordId, note, remove ? "-" : text);
        return store.writing(work -> {
            original(work, kind, recordId, note);
            Work.Ref ref = switch (kind) {
                case EnglishRendering.AGREEMENT, EnglishRendering.PARTIES, EnglishRendering.FIELDS ->
                        new Work.Ref("agreement", recordId);
                case EnglishRendering.FIGURE, EnglishRendering.FIGURE_VALUE, EnglishRendering.FIGURE_UNIT ->
                        new Work.Ref("figure", recordId);
                case EnglishRendering.LINK -> new Work.Ref("link", recordId);
                case EnglishRendering.VISIT_VENUE, EnglishRendering.VISIT_PURPOSE, EnglishRendering.VISIT_OFFICE,
                     EnglishRendering.VISIT_PROGRAMME -> new Work.Ref("visit", recordId);
                default -> new Work.Ref("meeting", work.renderings().meetingOf(kind, recordId).orElseThrow());
            };
            var change = work.changing(List.of(ref));
            if (remove) {
                work.renderings().remove(kind, recordId, note);
            } else {
                work.renderings().save(rendering);
            }
            change.record("edit", ref.kind(), ref.id(),
                    "English of " + rendering.label());
            return remove ? Optional.<EnglishRendering>empty() : Optional.of(rendering);
        });
    }
}

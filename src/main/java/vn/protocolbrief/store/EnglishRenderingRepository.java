package vn.protocolbrief.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.EnglishRendering;

/** Table english_rendering: one row per rendered piece of record text, keyed by kind, record and note number. */
public final class EnglishRenderingRepository {
    /** The table and column holding the Vietnamese text a rendering of each kind renders (a note: see {@link #textOf}). */
    private static final Map<String, String[]> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put(EnglishRendering.REQUEST, new String[]{"request", "text"});
        TEXTS.put(EnglishRendering.AGREEMENT, new String[]{"agreement", "title"});
        TEXTS.put(EnglishRendering.OUTCOME, new String[]{"meeting", "outcome"});
        TEXTS.put(EnglishRendering.SUMMARY, new String[]{"meeting", "summary"});
        TEXTS.put(EnglishRendering.TITLE, new String[]{"meeting", "title"});
        TEXTS.put(EnglishRendering.VENUE, new String[]{"meeting", "venue"});
        TEXTS.put(EnglishRendering.COMMITMENT, new String[]{"commitment", "text"});
        TEXTS.put(EnglishRendering.PARTIES, new String[]{"agreement", "parties"});
        TEXTS.put(EnglishRendering.FIELDS, new String[]{"agreement", "fields"});
        TEXTS.put(EnglishRendering.FIGURE, new String[]{"key_figure", "label"});
        TEXTS.put(EnglishRendering.FIGURE_VALUE, new String[]{"key_figure", "value"});
        TEXTS.put(EnglishRendering.FIGURE_UNIT, new String[]{"key_figure", "unit"});
        TEXTS.put(EnglishRendering.GIFT, new String[]{"gift", "item"});
        TEXTS.put(EnglishRendering.LINK, new String[]{"locality_link", "note"});
        TEXTS.put(EnglishRendering.VISIT_VENUE, new String[]{"visit", "venue"});
        TEXTS.put(EnglishRendering.VISIT_PURPOSE, new String[]{"visit", "purpose"});
        TEXTS.put(EnglishRendering.VISIT_OFFICE, new String[]{"visit", "issuing_office"});
    }

    /**
     * The query of the Vietnamese text a rendering of {@code kind} renders, for the record {@code record} names (a
     * parameter or a column) and the note {@code note} names: the record's own column; a note is the follow-up's note
     * ({@code request_followup}, keyed by the request and the note's ordinal).
     */
    private static String textOf(String kind, String record, String note) {
        if (kind.equals(EnglishRendering.NOTE)) {
            return "SELECT t.note FROM request_followup t WHERE t.request_id = " + record + " AND t.ordinal = " + note;
        }
        if (kind.equals(EnglishRendering.VISIT_PROGRAMME)) {
            return "SELECT t.item FROM visit_programme t WHERE t.visit_id = " + record + " AND t.ordinal = " + note;
        }
        String[] column = TEXTS.get(kind);
        if (column == null) {
            throw new StoreException("Unknown kind of record text '" + kind + "'.");
        }
        return "SELECT t." + column[1] + " FROM " + column[0] + " t WHERE t.id = " + record;
    }

    /** Each rendering with the Vietnamese text it renders ({@code original}, null when the record has gone). */
    private static final String RECORD_TEXT = recordText();

    private static String recordText() {
        StringBuilder sql = new StringBuilder("SELECT e.kind, e.record_id, e.note, e.text, e.rendered, CASE e.kind");
        List<String> kinds = new java.util.ArrayList<>(TEXTS.keySet());
        kinds.add(EnglishRendering.NOTE);
        kinds.add(EnglishRendering.VISIT_PROGRAMME);
        for (String kind : kinds) {
            sql.append("\n  WHEN '").append(kind).append("' THEN (").append(textOf(kind, "e.record_id", "e.note"))
                    .append(')');
        }
        return sql.append("\nEND AS original FROM english_rendering e").toString();
    }

    /** Saves a rendering with the Vietnamese it renders now (what later tells a stale rendering). */
    public void upsert(Handle h, EnglishRendering e) {
        String rendered = original(h, e.kind(), e.recordId(), e.note()).orElse(null);
        h.createUpdate("""
                INSERT INTO english_rendering (kind, record_id, note, text, rendered)
                VALUES (:kind, :id, :note, :text, :rendered)
                ON CONFLICT (kind, record_id, note) DO UPDATE SET text = excluded.text, rendered = excluded.rendered""")
                .bind("kind", e.kind()).bind("id", e.recordId()).bind("note", e.note()).bind("text", e.text())
                .bind("rendered", rendered).execute();
    }

    /** Every stale rendering, by kind, record and note. */
    public List<vn.protocolbrief.domain.StaleRendering> stale(Handle h) {
        return h.createQuery("SELECT kind, record_id, note, text, rendered, original FROM (" + RECORD_TEXT
                        + ") AS rendered_now WHERE original IS NOT NULL AND rendered IS NOT NULL"
                        + " ORDER BY kind, record_id, note")
                .map((rs, ctx) -> new vn.protocolbrief.domain.StaleRendering(new EnglishRendering(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4)), rs.getString(5), rs.getString(6)))
                .stream().filter(x -> stale(x.rendered(), x.original())).toList();
    }

    /** Whether the Vietnamese a rendering was written for differs from the record's text now. */
    static boolean stale(String rendered, String original) {
        return rendered != null && original != null
                && !EnglishRendering.key(rendered).equals(EnglishRendering.key(original));
    }

    /** Removes a rendering (true when there was one). */
    public boolean remove(Handle h, String kind, String recordId, int note) {
        return h.execute("DELETE FROM english_rendering WHERE kind = ? AND record_id = ? AND note = ?", kind, recordId,
                note) > 0;
    }

    /** The Vietnamese record text a rendering would render; empty when the record (or its note) has none. */
    public Optional<String> original(Handle h, String kind, String recordId, int note) {
        String sql = textOf(kind, ":id", ":note");
        var q = h.createQuery(sql).bind("id", recordId);
        if (sql.contains(":note")) {
            q.bind("note", note);
        }
        return q.mapTo(String.class).findOne().filter(t -> !t.isBlank());
    }

    /** The meeting a rendered text belongs to (none for an agreement signed without one). */
    public Optional<String> meetingOf(Handle h, String kind, String recordId) {
        String sql = switch (kind) {
            case EnglishRendering.REQUEST, EnglishRendering.NOTE -> "SELECT meeting_id FROM request WHERE id = ?";
            case EnglishRendering.AGREEMENT -> "SELECT meeting_id FROM agreement WHERE id = ?";
            case EnglishRendering.COMMITMENT -> "SELECT meeting_id FROM commitment WHERE id = ?";
            case EnglishRendering.GIFT -> "SELECT meeting_id FROM gift WHERE id = ?";
            default -> "SELECT id FROM meeting WHERE id = ?";
        };
        return h.createQuery(sql).bind(0, recordId).mapTo(String.class).findOne();
    }

    public Optional<EnglishRendering> get(Handle h, String kind, String recordId, int note) {
        return h.createQuery("SELECT kind, record_id, note, text FROM english_rendering"
                        + " WHERE kind = ? AND record_id = ? AND note = ?").bind(0, kind).bind(1, recordId).bind(2, note)
                .map((rs, ctx) -> new EnglishRendering(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .findOne();
    }

    /** Every rendering whose record text exists (one whose record was deleted waits, unexported, for an undo). */
    public List<EnglishRendering> all(Handle h) {
        // PostgreSQL 15 wants a name for a subquery in FROM.
        return h.createQuery("SELECT kind, record_id, note, text FROM (" + RECORD_TEXT + ") AS rendered"
                        + " WHERE original IS NOT NULL ORDER BY kind, record_id, note")
                .map((rs, ctx) -> new EnglishRendering(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    /**
     * The English rendering of each rendered Vietnamese text (the text as {@link #key} gives it). A text written the
     * same way in two records is rendered as the one added last says.
     */
    public Map<String, String> byOriginal(Handle h) {
        Map<String, String> out = new LinkedHashMap<>();
        // A rendering written for Vietnamese since edited is no rendering of the text now: the text is marked stale
        // (EnglishRendering.STALE), so a pack quotes it as the original with a note for the officer.
        h.createQuery("SELECT original, text, rendered FROM (" + RECORD_TEXT.replace("SELECT e.kind,",
                        "SELECT e.rowid AS seq, e.kind,") + ") AS rendered WHERE original IS NOT NULL ORDER BY seq")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(e -> out.put(EnglishRendering.key(e[0]), stale(e[2], e[0]) ? EnglishRendering.STALE : e[1]));
        // A key figure is printed as its value and unit together ("trên 2,3 tỷ USD"): that text has the English of
        // both parts ("over 2.3 billion USD"), each as rendered or, a number, as written.
        h.createQuery("SELECT k.value, k.unit, v.text, u.text FROM key_figure k"
                        + " LEFT JOIN english_rendering v ON v.kind = 'figure_value' AND v.record_id = k.id"
                        + " LEFT JOIN english_rendering u ON u.kind = 'figure_unit' AND u.record_id = k.id"
                        + " WHERE k.unit IS NOT NULL AND (v.text IS NOT NULL OR u.text IS NOT NULL)")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .forEach(f -> out.putIfAbsent(EnglishRendering.key(f[0] + " " + f[1]),
                        (f[2] != null ? f[2] : f[0]) + " " + (f[3] != null ? f[3] : f[1])));
        return out;
    }
}

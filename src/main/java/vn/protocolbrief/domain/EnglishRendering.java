package vn.protocolbrief.domain;

import java.util.List;

/**
 * The officer's English rendering of a piece of record text that exists only in Vietnamese: a request's text, a
 * request's dated note ({@code note}: the follow-up's number in the request, from 0), an agreement's title, a
 * meeting's outcome, summary, title or venue, a commitment's text. An English pack or letter shows it where it would otherwise
 * quote the Vietnamese original (docs/decisions/0014-english-renderings.md).
 *
 * @param kind     one of {@link #KINDS}
 * @param recordId the request, agreement, meeting or commitment
 * @param note     the follow-up's number for {@code note}; 0 for every other kind
 */
public record EnglishRendering(String kind, String recordId, int note, String text) {
    public static final String REQUEST = "request";
    public static final String NOTE = "note";
    public static final String AGREEMENT = "agreement";
    public static final String OUTCOME = "outcome";
    public static final String SUMMARY = "summary";
    public static final String TITLE = "title";
    public static final String VENUE = "venue";
    public static final String COMMITMENT = "commitment";
    /** An agreement's parties and its fields (issue 19: printed in the agreements annex of an English pack). */
    public static final String PARTIES = "parties";
    public static final String FIELDS = "fields";
    /** A key figure's label, value and unit. */
    public static final String FIGURE = "figure";
    public static final String FIGURE_VALUE = "figure_value";
    public static final String FIGURE_UNIT = "figure_unit";
    /** A gift's item. */
    public static final String GIFT = "gift";
    /** A locality link's note. */
    public static final String LINK = "link";
    /**
     * A planned visit's venue, purpose, issuing office and programme items (issue 19: the officer's own English for
     * an English pack; {@code note} is the programme item's number, from 0).
     */
    public static final String VISIT_VENUE = "visit_venue";
    public static final String VISIT_PURPOSE = "visit_purpose";
    public static final String VISIT_OFFICE = "visit_office";
    public static final String VISIT_PROGRAMME = "visit_programme";
    public static final List<String> KINDS = List.of(REQUEST, NOTE, AGREEMENT, OUTCOME, SUMMARY, TITLE,
            VENUE, COMMITMENT, PARTIES, FIELDS, FIGURE, FIGURE_VALUE, FIGURE_UNIT, GIFT, LINK, VISIT_VENUE,
            VISIT_PURPOSE, VISIT_OFFICE, VISIT_PROGRAMME);
    /**
     * What {@code englishByOriginal} gives for a record text whose rendering was written for Vietnamese since edited:
     * no English for it (the original is quoted, with a note for the officer), never the out-of-date English.
     */
    public static final String STALE = "\u0000stale";
    /** The kinds of a visit's text (the change log names the visit). */
    public static final List<String> VISIT_KINDS = List.of(VISIT_VENUE, VISIT_PURPOSE, VISIT_OFFICE, VISIT_PROGRAMME);

    public EnglishRendering {
        if (kind == null || !KINDS.contains(kind)) {
            throw new UserProblem(UserProblem.Code.RENDERING_UNKNOWN_KIND, kind,
                    String.join(", ", KINDS));
        }
        recordId = Text.clean(recordId);
        if (recordId == null) {
            throw new UserProblem(UserProblem.Code.RENDERING_NO_RECORD, kind);
        }
        if (note < 0 || (note > 0 && !numbered(kind))) {
            throw new UserProblem(UserProblem.Code.RENDERING_ONLY_NOTE_NUMBERED, kind,
                    recordId, note);
        }
        text = Text.clean(text);
        if (text == null) {
            throw new UserProblem(UserProblem.Code.RENDERING_EMPTY, kind, recordId);
        }
    }

    /**
     * Record text as a pack may quote it: spaces collapsed, without its closing full stop (a sentence around a
     * quoted record has its own), so that a quoted text finds its rendering.
     */
    public static String key(String text) {
        String t = Text.clean(text);
        if (t == null) {
            return null;
        }
        t = t.replaceAll("\\s+", " ");
        while (t.endsWith(".") && !t.endsWith("...")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Whether a kind renders one of several numbered texts of its record (a request's note, a programme item). */
    public static boolean numbered(String kind) {
        return NOTE.equals(kind) || VISIT_PROGRAMME.equals(kind);
    }

    /** Which record text it renders, as the change log and the archive check name it. */
    public String label() {
        return NOTE.equals(kind) ? "note " + (note + 1) + " of request " + recordId
                : VISIT_PROGRAMME.equals(kind) ? "programme item " + (note + 1) + " of visit " + recordId
                : kind + " " + recordId;
    }
}

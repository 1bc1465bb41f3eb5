package vn.protocolbrief.domain;

import java.util.List;

/**
 * An officer marked a record sensitive: a meeting, a person (private notes on a guest), a partner, a single request or
 * a visit in preparation. A travel copy taken "without sensitive" records leaves it out with what hangs on it
 * (docs/decisions/0013-travel-copy.md). The pack does not show the mark (it is about what leaves the office on a
 * laptop, not about what a leader may read).
 *
 * @param meetingId the marked record's id (named so since files written when only meetings could be marked)
 * @param markedAt  local date and time, ISO ("2026-12-06T09:30:00")
 * @param kind      one of {@link #KINDS}; absent in older files, which marked meetings only
 */
public record SensitiveMark(String meetingId, String markedBy, String markedAt, String kind) {
    /** The kinds of record an officer can mark sensitive. */
    public static final List<String> KINDS = List.of("meeting", "person", "partner", "request", "visit");

    public SensitiveMark {
        kind = kind == null || kind.isBlank() ? "meeting" : kind.strip();
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("a " + kind + " cannot be marked sensitive (only "
                    + String.join(", ", KINDS) + ")");
        }
        if (meetingId == null || meetingId.isBlank()) {
            throw new IllegalArgumentException("a sensitive mark names no " + kind);
        }
        if (markedBy == null || markedBy.isBlank()) {
            throw new IllegalArgumentException("the sensitive mark of " + kind + " " + meetingId + " names nobody");
        }
        if (markedAt == null || markedAt.isBlank()) {
            throw new IllegalArgumentException("the sensitive mark of " + kind + " " + meetingId + " has no date");
        }
        markedBy = markedBy.strip();
    }

    /** A meeting's mark. */
    public SensitiveMark(String meetingId, String markedBy, String markedAt) {
        this(meetingId, markedBy, markedAt, "meeting");
    }
}

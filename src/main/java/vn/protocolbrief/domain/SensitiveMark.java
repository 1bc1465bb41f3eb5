package vn.protocolbrief.domain;

/**
 * An officer marked a meeting sensitive: a travel copy taken "without sensitive" records leaves it out, with the
 * requests, gifts, agreements, aid and commitments saved with it. The pack does not show the mark (it is about what
 * leaves the office on a laptop, not about what a leader may read).
 *
 * @param markedAt local date and time, ISO ("2026-12-06T09:30:00")
 */
public record SensitiveMark(String meetingId, String markedBy, String markedAt) {
    public SensitiveMark {
        if (meetingId == null || meetingId.isBlank()) {
            throw new IllegalArgumentException("a sensitive mark names no meeting");
        }
        if (markedBy == null || markedBy.isBlank()) {
            throw new IllegalArgumentException("the sensitive mark of meeting " + meetingId + " names nobody");
        }
        if (markedAt == null || markedAt.isBlank()) {
            throw new IllegalArgumentException("the sensitive mark of meeting " + meetingId + " has no date");
        }
        markedBy = markedBy.strip();
    }
}

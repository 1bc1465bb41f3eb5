package vn.protocolbrief.domain;

/**
 * A person read a meeting's records against their source and vouches for them: the meeting and the requests,
 * gifts, agreements and aid saved with it. A meeting without one is a draft nobody has checked yet (one saved in
 * bulk by the importer); packs mark what comes from it.
 *
 * @param reviewedAt local date and time, ISO ("2026-12-06T09:30:00")
 */
public record MeetingReview(String meetingId, String reviewedBy, String reviewedAt) {
    public MeetingReview {
        if (meetingId == null || meetingId.isBlank()) {
            throw new IllegalArgumentException("a review names no meeting");
        }
        if (reviewedBy == null || reviewedBy.isBlank()) {
            throw new IllegalArgumentException("the review of meeting " + meetingId + " names nobody who reviewed it");
        }
        if (reviewedAt == null || reviewedAt.isBlank()) {
            throw new IllegalArgumentException("the review of meeting " + meetingId + " has no date");
        }
        reviewedBy = reviewedBy.strip();
    }
}

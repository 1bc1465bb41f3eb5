package vn.protocolbrief.domain;

/** The meeting a visit became once what happened was recorded. */
public record VisitMeeting(String visitId, String meetingId) {
    public VisitMeeting {
        if (visitId == null || meetingId == null) {
            throw new IllegalArgumentException("a visit's meeting needs both ids");
        }
    }
}

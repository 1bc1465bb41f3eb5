package vn.protocolbrief.domain;

/** A dated step in a request's life: the new status and what happened. */
public record FollowUp(PartialDate date, RequestStatus status, String note, String sourceId) {
    public FollowUp {
        date = date == null ? PartialDate.UNKNOWN : date;
    }
}

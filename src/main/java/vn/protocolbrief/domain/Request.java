package vn.protocolbrief.domain;

import java.util.List;

/**
 * Something one side asked of the other at a meeting. Requests raised again at a later meeting share a
 * {@code threadKey}, which is how a brief flags a repeated request. {@code due} is the day the side asked said it
 * would answer by (unknown for most requests); a dated request joins the commitments in the list of what is due.
 */
public record Request(String id, Direction direction, List<String> categories, String text, RequestStatus status,
                      String threadKey, String sourceId, List<FollowUp> followUps, PartialDate due) {
    public Request {
        categories = Lists.copy(categories, "the categories of request " + id);
        followUps = Lists.copy(followUps, "the follow-ups of request " + id + "");
        due = due == null ? PartialDate.UNKNOWN : due;
    }

    /** A request with no due date (most are). */
    public Request(String id, Direction direction, List<String> categories, String text, RequestStatus status,
                   String threadKey, String sourceId, List<FollowUp> followUps) {
        this(id, direction, categories, text, status, threadKey, sourceId, followUps, PartialDate.UNKNOWN);
    }

    public Request withDue(PartialDate newDue) {
        return new Request(id, direction, categories, text, status, threadKey, sourceId, followUps, newDue);
    }
}

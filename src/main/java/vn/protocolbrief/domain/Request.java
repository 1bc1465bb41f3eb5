package vn.protocolbrief.domain;

import java.util.List;

/**
 * Something one side asked of the other at a meeting. Requests raised again at a later meeting share a
 * {@code threadKey}, which is how a brief flags a repeated request.
 */
public record Request(String id, Direction direction, List<String> categories, String text, RequestStatus status,
                      String threadKey, String sourceId, List<FollowUp> followUps) {
    public Request {
        categories = Lists.copy(categories, "the categories of request " + id);
        followUps = Lists.copy(followUps, "the follow-ups of request " + id + "");
    }
}

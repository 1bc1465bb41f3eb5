package vn.protocolbrief.domain;

import java.util.List;

/**
 * What one side promised at a meeting to do itself ({@code side} JP: the partner; VN: the province), by when
 * ({@code due}, unknown when none was said), who on our side follows it up, where it stands, and the dated notes of
 * its follow-up (as a request keeps them).
 */
public record Commitment(String id, String meetingId, Side side, String text, PartialDate due, String followedBy,
                         RequestStatus status, String sourceId, List<FollowUp> followUps) {
    public Commitment {
        id = Text.clean(id);
        if (id == null) {
            throw new UserProblem(UserProblem.Code.COMMITMENT_NO_ID);
        }
        if (meetingId == null || side == null) {
            throw new UserProblem(UserProblem.Code.COMMITMENT_NO_MEETING_OR_SIDE, id);
        }
        text = Text.clean(text);
        if (text == null) {
            throw new UserProblem(UserProblem.Code.COMMITMENT_NO_TEXT, id);
        }
        due = due == null ? PartialDate.UNKNOWN : due;
        followedBy = Text.clean(followedBy);
        status = status == null ? RequestStatus.OPEN : status;
        followUps = Lists.copy(followUps, "the follow-ups of commitment " + id);
    }

    /** The same commitment at a new status, with the note that explains it. */
    public Commitment followedUp(FollowUp step) {
        List<FollowUp> steps = new java.util.ArrayList<>(followUps);
        steps.add(step);
        return new Commitment(id, meetingId, side, text, due, followedBy, step.status(), sourceId, steps);
    }
}

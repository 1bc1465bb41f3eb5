package vn.protocolbrief.domain;

/**
 * Thanks said at a meeting: {@code by} thanks {@code to} (our side VN, the partner JP) for what {@code text} says, as
 * the article or the officer put it. Kept so that a thank-you letter after the visit and the next pack's greeting can
 * say what was thanked for; like a gift it is a fact of the meeting, with no status to follow up.
 */
public record Thanks(String id, String meetingId, Side by, Side to, String text, String sourceId) {
    public Thanks {
        id = Text.clean(id);
        text = Text.clean(text);
        if (id == null || meetingId == null || by == null || to == null || text == null) {
            throw new UserProblem(UserProblem.Code.THANKS_INCOMPLETE, id == null ? "" : id);
        }
    }
}

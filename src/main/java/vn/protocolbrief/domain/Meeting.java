package vn.protocolbrief.domain;

import java.util.List;
import java.util.Optional;

/**
 * One encounter between a province and a Japanese partner. {@code provinceAsWritten} keeps the unit's name
 * as used at the time (an older unit such as "Bình Định"); {@code provinceId} is the 2025 unit it belongs to.
 */
public record Meeting(String id, PartialDate date, String provinceId, String provinceAsWritten, String venue,
                      String partnerId, String title, String summary, String outcome, List<String> sourceIds,
                      List<Participant> participants, List<Request> requests, List<Gift> gifts) {
    public Meeting {
        date = date == null ? PartialDate.UNKNOWN : date;
        sourceIds = Lists.copy(sourceIds, "the sources of meeting " + id + "");
        participants = Lists.copy(participants, "the participants of meeting " + id + "");
        requests = Lists.copy(requests, "the requests of meeting " + id + "");
        gifts = Lists.copy(gifts, "the gifts of meeting " + id + "");
    }

    /** The partner's head of delegation (our own head of delegation abroad is {@link #head}(VN)). */
    public Optional<Participant> leader() {
        return head(Side.JP);
    }

    /** The head of one side's delegation. */
    public Optional<Participant> head(Side side) {
        return participants.stream().filter(p -> p.side() == side && p.role() == ParticipantRole.LEADER).findFirst();
    }

    public List<Participant> side(Side side) {
        return participants.stream().filter(p -> p.side() == side).toList();
    }
}

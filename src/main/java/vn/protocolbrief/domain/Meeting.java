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
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
        participants = participants == null ? List.of() : List.copyOf(participants);
        requests = requests == null ? List.of() : List.copyOf(requests);
        gifts = gifts == null ? List.of() : List.copyOf(gifts);
    }

    public Optional<Participant> leader() {
        return participants.stream().filter(p -> p.role() == ParticipantRole.LEADER).findFirst();
    }

    public List<Participant> side(Side side) {
        return participants.stream().filter(p -> p.side() == side).toList();
    }
}

package vn.protocolbrief.ui.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.store.Reads;

/**
 * The people a new meeting's form offers as the officer types, "Name — title" as at their latest meeting: the
 * partner's people from its meetings anywhere, ours from the province's meetings; newest meeting first and, in a
 * meeting, its heads first, so the current leader is offered first.
 */
record KnownPeople(List<String> jp, List<String> vn) {
    static final KnownPeople NONE = new KnownPeople(List.of(), List.of());

    static KnownPeople of(Reads reads, String provinceId, String partnerId) {
        List<String> jp = partnerId == null ? List.of() : lines(reads, reads.meetingsWithPartner(partnerId), Side.JP);
        List<String> vn = provinceId == null ? List.of() : lines(reads, reads.history(provinceId, null), Side.VN);
        return new KnownPeople(jp, vn);
    }

    private static List<String> lines(Reads reads, List<Meeting> newestFirst, Side side) {
        Map<String, String> titles = new LinkedHashMap<>(); // person id → title at the newest meeting
        for (Meeting m : newestFirst) {
            List<Participant> people = new ArrayList<>(m.participants().stream().filter(p -> p.side() == side).toList());
            people.sort(java.util.Comparator.comparing(p -> p.role() == ParticipantRole.LEADER
                    || p.role() == ParticipantRole.HOST ? 0 : 1));
            people.forEach(p -> titles.putIfAbsent(p.personId(), p.title()));
        }
        Map<String, Person> persons = new LinkedHashMap<>();
        reads.persons(titles.keySet()).forEach(p -> persons.put(p.id(), p));
        List<String> out = new ArrayList<>();
        titles.forEach((id, title) -> {
            Person p = persons.get(id);
            if (p != null) {
                String t = title != null && !title.isBlank() ? title : latestTitle(p);
                out.add(p.protocolName() + (t == null ? "" : " — " + t));
            }
        });
        return out;
    }

    private static String latestTitle(Person p) {
        return p.positions().isEmpty() ? null : p.positions().get(p.positions().size() - 1).title();
    }
}

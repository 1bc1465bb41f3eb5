package vn.protocolbrief.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.store.Repositories;
import vn.protocolbrief.store.Store;

/** The command line's JSON shapes: records, so fields keep their order. Names are resolved for the reader. */
final class Views {
    record Ref(String id, String name) {
    }

    record Named(String personId, String name, String title) {
    }

    record SearchHit(String kind, String id, String title, String snippet) {
    }

    record MeetingJson(String id, String date, String datePrecision, Ref province, String provinceAsWritten,
                       String venue, Ref partner, String title, Named leader, List<Named> delegation,
                       List<Named> hosts, int requests, String summary, String outcome, List<String> sources) {
    }

    record RequestJson(String id, String direction, List<String> categories, String text, String status,
                       String meetingId, String meetingDate, Ref province, String provinceAsWritten, Ref partner,
                       int followUps, String due) {
    }

    private final Map<String, Person> persons;
    private final Map<String, Partner> partners;
    private final Map<String, Province> provinces;

    Views(Store store) {
        this.persons = store.reads(r -> r.personsById());
        this.partners = store.reads(r -> r.partnersById());
        this.provinces = store.reads(r -> r.provinces()).stream()
                .collect(Collectors.toMap(Province::id, Function.identity()));
    }

    Ref province(String id) {
        Province p = provinces.get(id);
        return p == null ? null : new Ref(id, p.nameVi());
    }

    Ref partner(String id) {
        Partner p = id == null ? null : partners.get(id);
        return p == null ? null : new Ref(id, p.name("vi"));
    }

    Named person(Participant p) {
        Person person = persons.get(p.personId());
        return new Named(p.personId(), person == null ? p.personId() : person.displayName(), p.title());
    }

    MeetingJson meeting(Meeting m) {
        Named leader = m.leader().map(this::person).orElse(null);
        List<Named> delegation = m.side(Side.JP).stream().map(this::person).toList();
        List<Named> hosts = m.side(Side.VN).stream().map(this::person).toList();
        return new MeetingJson(m.id(), m.date().iso(), m.date().precision().name().toLowerCase(), province(m.provinceId()),
                m.provinceAsWritten(), m.venue(), partner(m.partnerId()), m.title(), leader, delegation, hosts,
                m.requests().size(), m.summary(), m.outcome(), m.sourceIds());
    }

    RequestJson request(HistoryService.RequestRow row) {
        Request r = row.request();
        return new RequestJson(r.id(), r.direction().arrow(), r.categories(), r.text(),
                r.status().name().toLowerCase(), row.meetingId(), row.meetingDate().iso(), province(row.provinceId()),
                row.provinceAsWritten(), partner(row.partnerId()), r.followUps().size(),
                r.due().known() ? r.due().iso() : null);
    }

    String dateText(vn.protocolbrief.domain.PartialDate d) {
        return d.known() ? d.display() : "ngày chưa rõ";
    }
}

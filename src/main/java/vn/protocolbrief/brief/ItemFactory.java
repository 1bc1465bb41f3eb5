package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.brief.BriefModel.GiftItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Side;

/** Turns stored records into the pack's items: names in protocol order, titles as of the meeting, sources cited. */
final class ItemFactory {
    private final Map<String, Person> persons;
    private final Map<String, Partner> partners;
    private final SourceNumbers sources;
    private final String lang;

    ItemFactory(Map<String, Person> persons, Map<String, Partner> partners, SourceNumbers sources, String lang) {
        this.persons = persons;
        this.partners = partners;
        this.sources = sources;
        this.lang = lang;
    }

    String partnerName(String partnerId) {
        Partner p = partnerId == null ? null : partners.get(partnerId);
        return p == null ? null : p.name(lang);
    }

    PersonItem person(Participant p) {
        Person person = persons.get(p.personId());
        if (person == null) {
            return new PersonItem(p.personId(), p.personId(), p.title(), null);
        }
        return new PersonItem(person.id(), person.displayName(), p.title(), person.honorific());
    }

    /** A person with the title of their current post (the last one without an end date). */
    PersonItem person(Person person) {
        String title = null;
        for (Position pos : person.positions()) {
            if (pos.current()) {
                title = pos.title();
            }
        }
        return new PersonItem(person.id(), person.displayName(), title, person.honorific());
    }

    MeetingItem meeting(Meeting m) {
        PersonItem leader = m.leader().map(this::person).orElse(null);
        List<PersonItem> delegation = new ArrayList<>();
        List<PersonItem> hosts = new ArrayList<>();
        for (Participant p : m.participants()) {
            if (p.side() == Side.JP && p.role() != ParticipantRole.LEADER) {
                delegation.add(person(p));
            } else if (p.side() == Side.VN) {
                hosts.add(person(p));
            }
        }
        return new MeetingItem(m.id(), m.date(), m.provinceAsWritten(), partnerName(m.partnerId()), m.venue(),
                m.title(), leader, delegation, hosts, m.summary(), m.outcome(), m.requests().size(),
                sources.cite(m.sourceIds()));
    }

    GiftItem gift(Gift g, Meeting at) {
        return new GiftItem(g.id(), at.date(), g.item(), g.direction(), name(g.giverPersonId(), g.giverText()),
                name(g.receiverPersonId(), g.receiverText()), at.title(), at.provinceAsWritten(),
                sources.cite(g.sourceId() != null ? List.of(g.sourceId()) : at.sourceIds()));
    }

    private String name(String personId, String text) {
        Person p = personId == null ? null : persons.get(personId);
        return p != null ? p.protocolName() : text;
    }
}

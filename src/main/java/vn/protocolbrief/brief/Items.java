package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.brief.BriefModel.GiftItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.PostLevel;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Visit;

/** Turns stored records into the pack's items: names in protocol order, posts as of the day, sources cited. */
final class Items {
    private final Map<String, Person> persons;
    private final Map<String, Partner> partners;
    private final SourceNumbers sources;
    private final String lang;
    private final Addressing addressing;
    private final PostDating dating;
    private final Labels labels;
    private List<String> provinceNames = List.of();

    Items(Map<String, Person> persons, Map<String, Partner> partners, SourceNumbers sources, String lang) {
        this(persons, partners, sources, lang, PostDating.none());
    }

    Items(Map<String, Person> persons, Map<String, Partner> partners, SourceNumbers sources, String lang,
          PostDating dating) {
        this.persons = persons;
        this.partners = partners;
        this.sources = sources;
        this.lang = lang;
        // A post ending with a partner's name is said with the partner's English name (PartnerPosts).
        this.addressing = new Addressing(lang).knowing(partners == null ? null : partners.values());
        this.dating = dating;
        this.labels = new Labels(lang);
    }

    PostDating dating() {
        return dating;
    }

    Addressing addressing() {
        return addressing;
    }

    Person personRecord(String id) {
        return id == null ? null : persons.get(id);
    }

    String partnerName(String partnerId) {
        Partner p = partnerId == null ? null : partners.get(partnerId);
        return p == null ? null : p.name(lang);
    }

    /** A person as they took part in a meeting: the title the source gave them that day. */
    PersonItem person(Participant p, List<String> meetingSources) {
        Person person = persons.get(p.personId());
        return item(person, p.personId(), p.title(), p.side() == Side.JP, sources.cite(meetingSources));
    }

    /** A person with the post they hold now (the last one without an end date), cited to where it was read. */
    PersonItem person(Person person) {
        Position current = current(person);
        return dated(item(person, person.id(), current == null ? null : current.title(),
                person.nationality() == Nationality.JP,
                current == null ? List.of() : sources.cite(current.sourceId())), person, current);
    }

    /** The item with its post dated ("as of 11/2023") when the record it was read in is over a year old. */
    private PersonItem dated(PersonItem item, Person person, Position post) {
        if (post == null || item.title() == null) {
            return item;
        }
        return dating.unconfirmedAsOf(person, post, item.title()).map(d -> {
            String asOf = ("(" + labels.asOf(d) + ")").replace(' ', Unbreakable.NBSP);
            return new PersonItem(item.id(), item.name(), item.kanji(), item.title() + " " + asOf,
                    item.titleOriginal(), item.address(), item.reading(), item.japanese(), item.sources());
        }).orElse(item);
    }

    /** Someone expected at the visit: a stored person, or a name typed for the visit. */
    PersonItem person(Visit.Attendee a, boolean japaneseSide, List<Integer> visitSource) {
        Person person = a.personId() == null ? null : persons.get(a.personId());
        if (person == null) {
            var t = addressing.title(a.title());
            String reading = japaneseSide && !"en".equals(lang) ? vn.protocolbrief.domain.JapaneseReading.of(a.name()) : null;
            return new PersonItem(null, japaneseSide ? a.name() : place(a.name()), null, t.text(), t.original(),
                    addressing.address(null, a.name(), a.title(), japaneseSide, reading), reading, japaneseSide,
                    visitSource);
        }
        Position current = current(person);
        String title = a.title() != null ? a.title() : current == null ? null : current.title();
        // A post taken from the records cites the record it was read in, not the visit (rd12: "[1]" beside a 2023 post).
        List<Integer> cited = a.title() != null || current == null ? visitSource : sources.cite(current.sourceId());
        PersonItem item = item(person, person.id(), title, person.nationality() == Nationality.JP,
                cited.isEmpty() ? visitSource : cited);
        // A post typed for this visit is the officer's word for the day; one taken from the records is dated.
        return a.title() != null ? item : dated(item, person, current);
    }

    private PersonItem item(Person person, String id, String titleVi, boolean japanese, List<Integer> cited) {
        if (person == null) {
            var t = addressing.title(titleVi);
            return new PersonItem(id, id, null, t.text(), t.original(), null, null, japanese, cited);
        }
        var t = addressing.title(titleVi, person.honorific());
        String name = japanese || !"en".equals(lang) ? person.protocolName() : Labels.plain(person.protocolName());
        return new PersonItem(person.id(), name, person.kanji(), t.text(), t.original(),
                addressing.address(person, person.protocolName(), titleVi, japanese, Addressing.reading(person)),
                // The reading is how a Vietnamese speaker says the name; an English reader reads the romaji.
                japanese && !"en".equals(lang) ? Addressing.reading(person) : null, japanese, cited);
    }

    static Position current(Person person) {
        Position current = null;
        for (Position pos : person.positions()) {
            if (pos.current()) {
                current = pos;
            }
        }
        return current;
    }

    MeetingItem meeting(Meeting m) {
        PersonItem leader = m.leader().map(p -> person(p, m.sourceIds())).orElse(null);
        List<PersonItem> delegation = new ArrayList<>();
        List<PersonItem> hosts = new ArrayList<>();
        for (Participant p : m.participants()) {
            if (p.side() == Side.JP && p.role() != ParticipantRole.LEADER) {
                delegation.add(person(p, m.sourceIds()));
            } else if (p.side() == Side.VN) {
                hosts.add(person(p, m.sourceIds()));
            }
        }
        // A meeting where our side was only a town's is said as the town's, never as the province's (rd18 Kinh Môn).
        String town = PostLevel.heldBy(m.participants().stream().filter(p -> p.side() == Side.VN)
                .map(Participant::title).filter(java.util.Objects::nonNull).toList(), provinceNames);
        String asWritten = m.provinceAsWritten();
        if (town != null && asWritten != null && !asWritten.contains("(")) {
            asWritten = asWritten.strip() + " (" + town + ")";
        }
        return new MeetingItem(m.id(), m.date(), locality(asWritten), partnerName(m.partnerId()), m.venue(),
                m.title(), leader, delegation, hosts, m.summary(), m.outcome(), m.requests().size(),
                sources.cite(m.sourceIds()), town == null ? null : locality(town));
    }

    /** The provinces' names, old and new, by which a post's level is read ({@link PostLevel}). */
    Items knowing(java.util.Collection<vn.protocolbrief.domain.Province> provinces) {
        List<String> names = new ArrayList<>();
        for (var p : provinces) {
            names.add(p.nameVi());
            names.addAll(p.predecessors());
        }
        this.provinceNames = List.copyOf(names);
        return this;
    }

    /** A gift at a meeting; {@code givenBy} names the province that gave it when it is not the pack's. */
    GiftItem gift(Gift g, Meeting at, String packProvinceId, String otherProvinceName) {
        return new GiftItem(g.id(), at.date(), g.item(), g.direction(), name(g.giverPersonId(), g.giverText()),
                name(g.receiverPersonId(), g.receiverText()), at.title(), locality(at.provinceAsWritten()),
                packProvinceId.equals(at.provinceId()) ? null : otherProvinceName,
                sources.cite(g.sourceId() != null ? List.of(g.sourceId()) : at.sourceIds()));
    }

    private String name(String personId, String text) {
        Person p = personId == null ? null : persons.get(personId);
        if (p == null) {
            return labels.side(text, addressing);
        }
        return p.nationality() == Nationality.JP ? p.protocolName() : place(p.protocolName());
    }

    /** A locality as written in a record, in English in an English pack ({@link Labels#locality}). */
    String locality(String vi) {
        return labels.locality(vi);
    }

    /** A Vietnamese name (a place as written, a person): without diacritics in an English pack. */
    String place(String vi) {
        return "en".equals(lang) ? Labels.plain(vi) : vi;
    }
}

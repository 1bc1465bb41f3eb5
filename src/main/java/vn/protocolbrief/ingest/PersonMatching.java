package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.PostLevel;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.PersonRef;

/**
 * Who a draft's person is among the stored people: the same name on the same side, and the same partner or
 * province (two officials called Nguyễn Văn Hùng stay two); a namesake the article does not place is asked in review.
 */
final class PersonMatching {
    private PersonMatching() {
    }

    /** Each person of the draft matched to the stored person it is, or offered the namesakes to choose from. */
    static Draft identify(Draft d, List<Person> persons) {
        if (persons.isEmpty()) {
            return d;
        }
        List<Warning> warnings = new ArrayList<>(d.warnings());
        PersonRef leader = d.leader() == null ? null : identify(d.leader(), d, persons, warnings);
        List<PersonRef> members = d.members().stream().map(p -> identify(p, d, persons, warnings)).toList();
        List<PersonRef> hosts = d.hosts().stream().map(p -> identify(p, d, persons, warnings)).toList();
        return new Draft(d.date(), d.datePrecision(), d.province(), d.provinceAsWritten(), d.venue(), d.partner(), leader,
                members, hosts, d.requests(), d.agreements(), d.earlierAgreements(), d.aidProjects(), d.gifts(), d.keyFigures(), d.localities(),
                warnings, d.evidence(), d.confidence(), d.source(), d.commitments(), d.thanks());
    }

    private static PersonRef identify(PersonRef ref, Draft d, List<Person> persons, List<Warning> warnings) {
        List<Person> namesakes = namesakes(ref, persons);
        if (namesakes.isEmpty()) {
            return ref;
        }
        String partnerId = d.partner() == null ? null : d.partner().id();
        String provinceId = d.province() == null ? null : d.province().id();
        for (Person p : namesakes) {
            if (sameContext(p, ref, partnerId, provinceId)) {
                return ref.identified(p.id(), List.of());
            }
        }
        warnings.add(Warning.of("person_namesake", ref.name(), String.valueOf(namesakes.size())));
        return ref.identified(null, namesakes.stream().map(p -> new Draft.Namesake(p.id(), label(p))).toList());
    }

    /** Stored people of the same side with the same name (a Japanese name in either order). */
    private static List<Person> namesakes(PersonRef ref, List<Person> persons) {
        String a = Text.key(ref.familyName() + " " + (ref.givenName() == null ? "" : ref.givenName()));
        String b = Text.key((ref.givenName() == null ? "" : ref.givenName()) + " " + ref.familyName());
        Nationality side = "jp".equals(ref.side()) ? Nationality.JP : Nationality.VN;
        List<Person> out = new ArrayList<>();
        for (Person p : persons) {
            if (p.nationality() != side) {
                continue;
            }
            String k = Text.key(p.familyName() + " " + (p.givenName() == null ? "" : p.givenName()));
            if (k.equals(a) || side == Nationality.JP && k.equals(b)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The same person when they hold (or held) a post at the same partner or in the same province. */
    private static boolean sameContext(Person p, PersonRef ref, String partnerId, String provinceId) {
        for (Position pos : p.positions()) {
            if ("jp".equals(ref.side()) && partnerId != null && partnerId.equals(pos.partnerId())) {
                return true;
            }
            if ("vn".equals(ref.side()) && provinceId != null && provinceId.equals(pos.provinceId())) {
                return true;
            }
        }
        return false;
    }

    private static String label(Person p) {
        String post = p.positions().stream().filter(Position::current).findFirst()
                .or(() -> p.positions().stream().findFirst())
                .map(x -> x.title() + (x.organisation() == null ? "" : ", " + x.organisation())).orElse("");
        return p.displayName() + (post.isEmpty() ? "" : " — " + post);
    }

    /**
     * The stored person a draft's person is (chosen in review, or the namesake in the same context), one already
     * created for this draft, or a new one added to {@code created}, with the title as a post.
     */
    static String personId(PersonRef ref, List<Person> existing, List<Person> created, String partnerId, Draft d,
                           String sourceId) {
        if (ref.personId() != null && existing.stream().anyMatch(p -> p.id().equals(ref.personId()))) {
            return ref.personId();
        }
        String provinceId = d.province().id();
        if (ref.namesakes().isEmpty()) {
            // Not asked about: the stored namesake in the same context, as the draft would have found it.
            for (Person p : namesakes(ref, existing)) {
                if (sameContext(p, ref, partnerId, provinceId)) {
                    return p.id();
                }
            }
        }
        for (Person p : namesakes(ref, created)) {
            return p.id();
        }
        String id = Text.key(ref.familyName() + " " + (ref.givenName() == null ? "" : ref.givenName())).replace(' ', '-');
        Set<String> taken = new HashSet<>();
        existing.forEach(p -> taken.add(p.id()));
        created.forEach(p -> taken.add(p.id()));
        String unique = id;
        for (int i = 2; taken.contains(unique); i++) {
            unique = id + "-" + i;
        }
        List<Position> positions = ref.title() == null ? List.of() : List.of(new Position(unique + "#0", ref.title(),
                "jp".equals(ref.side()) ? ref.organisation() != null ? ref.organisation() : d.partner().name() : null,
                "jp".equals(ref.side()) ? partnerId : null,
                "vn".equals(ref.side()) ? provinceOfPost(ref.title(), d) : null, null, null, sourceId));
        created.add(new Person(unique, ref.familyName(), ref.givenName(), null, "jp".equals(ref.side()) ? Nationality.JP
                : Nationality.VN, honorific(ref), null, positions));
        return unique;
    }

    /**
     * The province a Vietnamese post of the article lies in: the meeting's, unless the title shows a post of a
     * central body (a Politburo member, a ministry, the National Assembly), which is no post in the province. A
     * town's or district's post lies in the province and keeps it; its title says the town.
     */
    private static String provinceOfPost(String title, Draft d) {
        List<String> names = d.province().name() == null ? List.of() : List.of(d.province().name());
        return PostLevel.of(title, names) == PostLevel.CENTRAL ? null : d.province().id();
    }

    /** The form of address the article used ("cô", "bà"), else the protocol default of each side. */
    private static String honorific(PersonRef ref) {
        if (ref.address() != null && !ref.address().isBlank()) {
            return ref.address();
        }
        return "jp".equals(ref.side()) ? "Ngài" : "đồng chí";
    }
}

package vn.protocolbrief.ui.records;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LocalityLink;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.domain.Sensitivity;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.SelectedPair;

/**
 * Everything the tables, the detail pane and the edit forms need about one pair, read in one go off the FX
 * thread. Lookups throw {@link NoSuchElementException} for a record the pair does not hold.
 */
record PairRecords(SelectedPair pair, List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aid,
                   Map<String, Person> persons, Map<String, Partner> partners, List<KeyFigure> figures,
                   List<LocalityLink> links, List<Sensitivity> sensitivities, List<RequestCategory> categories) {

    static PairRecords read(Store store, SelectedPair pair) {
        String province = pair.provinceId();
        String partner = pair.partnerId();
        return store.reads(r -> new PairRecords(pair, r.history(province, partner), r.agreements(province, partner),
                r.aidProjects(province, partner), r.personsById(), r.partnersById(), r.keyFigures(province),
                r.localityLinks(province), r.sensitivities(province), r.categories()));
    }

    Person person(String id) {
        Person p = persons.get(id);
        if (p == null) {
            throw new NoSuchElementException("no person " + id);
        }
        return p;
    }

    Meeting meeting(String id) {
        return one(meetings, m -> m.id().equals(id));
    }

    Meeting meetingOfRequest(String requestId) {
        return one(meetings, m -> m.requests().stream().anyMatch(r -> r.id().equals(requestId)));
    }

    Meeting meetingOfGift(String giftId) {
        return one(meetings, m -> m.gifts().stream().anyMatch(g -> g.id().equals(giftId)));
    }

    Agreement agreement(String id) {
        return one(agreements, a -> a.id().equals(id));
    }

    AidProject aidProject(String id) {
        return one(aid, a -> a.id().equals(id));
    }

    KeyFigure figure(String id) {
        return one(figures, k -> k.id().equals(id));
    }

    LocalityLink link(String id) {
        return one(links, l -> l.id().equals(id));
    }

    Sensitivity sensitivity(String id) {
        return one(sensitivities, x -> x.id().equals(id));
    }

    /** A person shown by name, else the text the source gave ("UBND tỉnh"). */
    String who(String personId, String text) {
        Person p = personId == null ? null : persons.get(personId);
        return p != null ? p.displayName() : text == null ? "" : text;
    }

    String partnerName(String partnerId, String lang) {
        Partner p = partnerId == null ? null : partners.get(partnerId);
        return p == null ? (partnerId == null ? "" : partnerId) : p.name(lang);
    }

    String category(String id, String lang) {
        return categories.stream().filter(c -> c.id().equals(id)).map(c -> c.label(lang)).findFirst().orElse(id);
    }

    /** The people of the pair: everyone at its meetings, and anyone holding a post at the partner or the province. */
    Set<String> peopleIds() {
        Set<String> ids = new HashSet<>();
        meetings.forEach(m -> m.participants().forEach(p -> ids.add(p.personId())));
        for (Person p : persons.values()) {
            if (p.positions().stream().anyMatch(pos -> pair.provinceId().equals(pos.provinceId())
                    || pair.partnerId() != null && pair.partnerId().equals(pos.partnerId()))) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    private static <T> T one(List<T> list, Predicate<T> match) {
        return list.stream().filter(match).findFirst().orElseThrow();
    }
}

package vn.protocolbrief.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.protocolbrief.domain.DelegationRules;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.store.Work;

/**
 * Creating, changing and deleting coming visits, each in one transaction. The head of the delegation must be a
 * person of the partner's side ({@link DelegationRules}); every person named must exist.
 */
public final class VisitService {
    private final Store store;

    public VisitService(Store store) {
        this.store = store;
    }

    public static String newId() {
        return RecordService.newId("visit");
    }

    /** Saves the visit whole (people, programme, edited points); refuses a leader of the wrong side. */
    public Visit save(Visit v) {
        return save(v, ANY_VERSION);
    }

    /**
     * A visit the officer records (command line, window): someone of ours must receive the guests, as the head of
     * their delegation must be of their side; refused, saving nothing, when no host is named. Older visits and copies
     * taken from elsewhere are read and saved as they are ({@link #save(Visit, long)}).
     */
    public Visit record(Visit v, long basedOn) {
        if (v.hosts().isEmpty()) {
            throw new StoreException(UserProblem.Code.VISIT_NO_HOST);
        }
        return save(v, basedOn);
    }

    /** Saves without checking which version the visit was read at (a new visit, or a whole replacement). */
    public static final long ANY_VERSION = -1;

    /** A visit and the version it was read at, read together. */
    public record Versioned(Visit visit, long version) {
    }

    public Versioned getVersioned(String id) {
        return store.snapshotting(work -> new Versioned(work.visits().find(id)
                .orElseThrow(() -> new StoreException(UserProblem.Code.NO_VISIT, id)),
                work.stamp("visit", id).version()));
    }

    /**
     * Saves a visit edited from version {@code basedOn}: refused, with who changed it and when, when someone saved it
     * since (no edit is lost); {@link #ANY_VERSION} skips the check.
     */
    public Visit save(Visit v, long basedOn) {
        return store.writing(work -> {
            if (basedOn != ANY_VERSION) {
                work.requireVersion("visit", v.id(), basedOn, "Visit " + v.id());
            }
            var change = work.changing("visit", v.id());
            var provinces = work.provinces();
            var province = provinces.stream().filter(p -> p.id().equals(v.provinceId())).findFirst()
                    .orElseThrow(() -> new StoreException(UserProblem.Code.UNKNOWN_PROVINCE, v.provinceId()));
            var partner = work.partners().stream().filter(p -> p.id().equals(v.partnerId())).findFirst()
                    .orElseThrow(() -> new StoreException(UserProblem.Code.UNKNOWN_PARTNER, v.partnerId()));
            for (Visit.Attendee a : people(v)) {
                if (a.personId() != null && work.persons().byIds(List.of(a.personId())).isEmpty()) {
                    throw new StoreException(UserProblem.Code.NO_PERSON, a.personId());
                }
            }
            if (v.leader() != null && v.leader().personId() != null) {
                Person leader = work.persons().byIds(List.of(v.leader().personId())).get(0);
                var partners = new java.util.HashMap<String, vn.protocolbrief.domain.Partner>();
                work.partners().forEach(p -> partners.put(p.id(), p));
                DelegationRules.leader(leader, partner, work.meetings().withPerson(leader.id()), partners, "en")
                        .ifPresent(problem -> {
                            throw new LeaderException(problem);
                        });
            }
            // Our side receives the guests: each of our participants, the chair as every other, must hold a post
            // here (or in a province merged into it).
            hostProblems(work, v.provinceId(), v.hosts(), "vi").stream().findFirst().ifPresent(problem -> {
                throw new StoreException(problem.refusal());
            });
            work.visits().save(v, LocalDateTime.now().withNano(0).toString());
            change.record(change.creates() ? "create" : "edit", "visit", v.id(),
                    v.purpose() == null ? v.id() : v.purpose());
            return v;
        });
    }

    /**
     * Our participants who hold posts only in another province, each with the post that shows it (for the window to
     * say before saving); province names in {@code lang}.
     */
    public List<DelegationRules.HostProblem> checkHosts(String provinceId, List<Visit.Attendee> ours, String lang) {
        return store.reading(work -> hostProblems(work, provinceId, ours, lang));
    }

    /**
     * Our participants after the chair whose posts are only a town's, district's or commune's: accepted, each with a
     * note (ADR 0028) that the pack prints them as a participant with that post, not as the province's leadership.
     */
    public List<UserProblem> participantNotes(String provinceId, List<Visit.Attendee> ours) {
        return store.reading(work -> {
            var provinces = work.provinces();
            var province = provinces.stream().filter(p -> p.id().equals(provinceId)).findFirst().orElse(null);
            List<UserProblem> notes = new java.util.ArrayList<>();
            if (province == null) {
                return notes;
            }
            var names = new java.util.HashMap<String, String>();
            provinces.forEach(p -> names.put(p.id(), p.nameVi()));
            for (int i = 1; i < ours.size(); i++) {
                Visit.Attendee a = ours.get(i);
                var person = a.personId() == null ? null
                        : work.persons().byIds(List.of(a.personId())).stream().findFirst().orElse(null);
                DelegationRules.localParticipant(person, a, province, names).ifPresent(p -> notes.add(p.note()));
            }
            return notes;
        });
    }

    private static List<DelegationRules.HostProblem> hostProblems(Work work, String provinceId,
                                                                  List<Visit.Attendee> ours, String lang) {
        var provinces = work.provinces();
        var province = provinces.stream().filter(p -> p.id().equals(provinceId)).findFirst().orElse(null);
        if (province == null) {
            return List.of();
        }
        var names = new java.util.HashMap<String, String>();
        provinces.forEach(p -> names.put(p.id(), "en".equals(lang) ? p.nameEn() : p.nameVi()));
        List<DelegationRules.HostProblem> problems = new java.util.ArrayList<>();
        // The first of ours chairs the meeting for the province.
        for (int i = 0; i < ours.size(); i++) {
            Visit.Attendee a = ours.get(i);
            var person = a.personId() == null ? null
                    : work.persons().byIds(List.of(a.personId())).stream().findFirst().orElse(null);
            DelegationRules.host(person, a, i == 0, province, names).ifPresent(problems::add);
        }
        return problems;
    }

    /** Why a person cannot head the partner's delegation, if they cannot (for the window to say before saving). */
    public Optional<DelegationRules.LeaderProblem> checkLeader(String personId, String partnerId, String lang) {
        return store.reading(work -> {
            Person p = work.persons().byIds(List.of(personId)).stream().findFirst().orElse(null);
            var partners = new java.util.HashMap<String, vn.protocolbrief.domain.Partner>();
            work.partners().forEach(x -> partners.put(x.id(), x));
            var partner = partners.get(partnerId);
            if (p == null || partner == null) {
                return Optional.empty();
            }
            return DelegationRules.leader(p, partner, work.meetings().withPerson(p.id()), partners, lang);
        });
    }

    public Optional<Visit> find(String id) {
        return store.reading(work -> work.visits().find(id));
    }

    /** The visit with this id; one that is not there is said in a line (StoreException). */
    public Visit get(String id) {
        return find(id).orElseThrow(() -> new StoreException(UserProblem.Code.NO_VISIT, id));
    }

    public List<Visit> list(String provinceId, String partnerId) {
        return store.reading(work -> work.visits().list(provinceId, partnerId));
    }

    public void delete(String id) {
        store.writing(work -> {
            var change = work.changing("visit", id);
            if (!work.visits().delete(id)) {
                throw new StoreException(UserProblem.Code.NO_VISIT, id);
            }
            change.record("delete", "visit", id, id);
            return null;
        });
    }

    private static List<Visit.Attendee> people(Visit v) {
        List<Visit.Attendee> all = new java.util.ArrayList<>();
        if (v.leader() != null) {
            all.add(v.leader());
        }
        all.addAll(v.members());
        all.addAll(v.hosts());
        return all;
    }

    /** A leader of the wrong side: the message is the rule's, in English; the window words it itself. */
    public static final class LeaderException extends StoreException {
        private final transient DelegationRules.LeaderProblem problem;

        public LeaderException(DelegationRules.LeaderProblem problem) {
            super(problem.refusal());
            this.problem = problem;
        }

        public DelegationRules.LeaderProblem problem() {
            return problem;
        }
    }
}

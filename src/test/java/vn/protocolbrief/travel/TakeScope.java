package vn.protocolbrief.travel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Visit;

/**
 * The part of an office's records a travel copy takes: all, or the given provinces' meetings, visits, agreements,
 * aid, figures, links and sensitivities with the partners, persons and sources they name. Without sensitive records
 * (when asked): no sensitivities, and no meeting marked sensitive nor anything saved with it (its requests, gifts,
 * agreements, aid, commitments, review, and its place in a visit's programme).
 */
public final class TakeScope {
    private final Set<String> provinces;
    private final boolean withoutSensitive;

    public TakeScope(List<String> provinces, boolean withoutSensitive) {
        this.provinces = Set.copyOf(provinces);
        this.withoutSensitive = withoutSensitive;
    }

    public Archive filter(Archive a) {
        Predicate<String> inScope = p -> provinces.isEmpty() || (p != null && provinces.contains(p));
        SensitiveRecords left = withoutSensitive ? SensitiveRecords.of(a) : SensitiveRecords.none();
        List<Meeting> meetings = a.meetings().stream()
                .filter(m -> inScope.test(m.provinceId()) && !left.meeting(m.id())).toList();
        Set<String> meetingIds = new HashSet<>(meetings.stream().map(Meeting::id).toList());
        var agreements = a.agreements().stream().filter(x -> inScope.test(x.provinceId())
                && !left.meeting(x.meetingId()) && !left.article(x.sourceId())).toList();
        var aid = a.aidProjects().stream().filter(x -> inScope.test(x.provinceId())
                && !left.meeting(x.meetingId()) && !left.article(x.sourceId())).toList();
        var figures = a.keyFigures().stream()
                .filter(x -> inScope.test(x.provinceId()) && !left.article(x.sourceId())).toList();
        var links = a.localityLinks().stream()
                .filter(x -> inScope.test(x.provinceId()) && !left.article(x.sourceId())).toList();
        var sensitivities = withoutSensitive ? List.<vn.protocolbrief.domain.Sensitivity>of()
                : a.sensitivities().stream().filter(x -> inScope.test(x.provinceId())).toList();
        List<Visit> visits = a.visits().stream().filter(v -> inScope.test(v.provinceId())).toList();
        Set<String> visitIds = new HashSet<>(visits.stream().map(Visit::id).toList());

        Set<String> partners = new HashSet<>();
        Set<String> persons = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (Meeting m : meetings) {
            add(partners, m.partnerId());
            sources.addAll(m.sourceIds());
            m.participants().forEach(p -> add(persons, p.personId()));
            m.requests().forEach(r -> {
                add(sources, r.sourceId());
                r.followUps().forEach(f -> add(sources, f.sourceId()));
            });
            m.gifts().forEach(g -> {
                add(persons, g.giverPersonId());
                add(persons, g.receiverPersonId());
                add(sources, g.sourceId());
            });
        }
        agreements.forEach(x -> {
            add(partners, x.partnerId());
            add(sources, x.sourceId());
        });
        aid.forEach(x -> {
            add(partners, x.partnerId());
            add(sources, x.sourceId());
        });
        figures.forEach(x -> {
            add(partners, x.partnerId());
            add(sources, x.sourceId());
        });
        links.forEach(x -> {
            add(partners, x.partnerId());
            add(sources, x.sourceId());
        });
        sensitivities.forEach(x -> {
            add(partners, x.partnerId());
            add(sources, x.sourceId());
        });
        for (Visit v : visits) {
            add(partners, v.partnerId());
            Stream.concat(Stream.ofNullable(v.leader()), Stream.concat(v.members().stream(), v.hosts().stream()))
                    .forEach(p -> add(persons, p.personId()));
        }
        var commitments = a.commitments().stream().filter(c -> meetingIds.contains(c.meetingId())).toList();
        commitments.forEach(c -> {
            add(sources, c.sourceId());
            c.followUps().forEach(f -> add(sources, f.sourceId()));
        });
        List<Person> people = a.persons().stream().filter(p -> provinces.isEmpty()
                ? !left.person(p.id()) : persons.contains(p.id())).toList();
        // A person's positions name partners and sources too.
        people.forEach(p -> p.positions().forEach(pos -> {
            add(partners, pos.partnerId());
            add(sources, pos.sourceId());
        }));
        boolean all = provinces.isEmpty();
        // Every article, when all provinces are taken, but those only the meetings left out cite.
        Predicate<String> sourceTaken = id -> sources.contains(id) || (all && !left.article(id));
        return new Archive(a.format(), a.partners().stream().filter(p -> all || partners.contains(p.id())).toList(),
                people, a.sources().stream().filter(s -> sourceTaken.test(s.id())).toList(), meetings,
                agreements, aid, figures, links, sensitivities, a.vocabulary(), visits,
                a.reviews().stream().filter(r -> meetingIds.contains(r.meetingId())).toList(), commitments,
                a.visitMeetings().stream().filter(l -> visitIds.contains(l.visitId())
                        && meetingIds.contains(l.meetingId())).toList(), renderingsOf(a, meetings, agreements, commitments, figures, links),
                a.sensitiveMarks().stream().filter(x -> meetingIds.contains(x.meetingId())).toList())
                // a confirmation that a post still holds goes with its person
                .withPostConfirmations(a.postConfirmations().stream().filter(c -> people.stream()
                        .anyMatch(p -> p.positions().stream().anyMatch(pos -> c.positionId().equals(pos.id()))))
                        .toList());
    }

    /** The English renderings of the records taken: a meeting's own texts, its requests', commitments' and agreements'. */
    private static List<vn.protocolbrief.domain.EnglishRendering> renderingsOf(Archive a, List<Meeting> meetings,
            List<vn.protocolbrief.domain.Agreement> agreements, List<vn.protocolbrief.domain.Commitment> commitments,
            List<vn.protocolbrief.domain.KeyFigure> figures, List<vn.protocolbrief.domain.LocalityLink> links) {
        if (a.englishRenderings() == null) {
            return null;
        }
        Set<String> meetingIds = new HashSet<>();
        Set<String> requestIds = new HashSet<>();
        meetings.forEach(m -> {
            meetingIds.add(m.id());
            m.requests().forEach(r -> requestIds.add(r.id()));
        });
        Set<String> agreementIds = new HashSet<>();
        agreements.forEach(x -> agreementIds.add(x.id()));
        Set<String> commitmentIds = new HashSet<>();
        commitments.forEach(c -> commitmentIds.add(c.id()));
        Set<String> giftIds = new HashSet<>();
        meetings.forEach(m -> m.gifts().forEach(g -> giftIds.add(g.id())));
        Set<String> figureIds = new HashSet<>();
        figures.forEach(f -> figureIds.add(f.id()));
        Set<String> linkIds = new HashSet<>();
        links.forEach(l -> linkIds.add(l.id()));
        return a.englishRenderings().stream().filter(e -> switch (e.kind()) {
            case "outcome", "summary", "title", "venue" -> meetingIds.contains(e.recordId());
            case "request", "note" -> requestIds.contains(e.recordId());
            case "commitment" -> commitmentIds.contains(e.recordId());
            case "agreement", "parties", "fields" -> agreementIds.contains(e.recordId());
            case "gift" -> giftIds.contains(e.recordId());
            case "figure", "figure_value", "figure_unit" -> figureIds.contains(e.recordId());
            case "link" -> linkIds.contains(e.recordId());
            default -> false;
        }).toList();
    }

    private static void add(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}

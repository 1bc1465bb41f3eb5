package vn.protocolbrief.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.UserProblem;

/**
 * An archive's references checked before anything is written: references that would otherwise fail deep inside the
 * database get a message naming the record (split from {@link ArchiveService}, which writes and reads archives).
 */
final class ArchiveReferences {
    private ArchiveReferences() {
    }

    /**
     * @param selfContained whether partners, persons and sources must all be in the archive (a file restored into a
     *                      new store) rather than in the archive or this store (an import into this one)
     */
    static void validate(Handle h, Archive a, boolean selfContained) {
        Set<String> provinces = new HashSet<>(h.createQuery("SELECT id FROM province").mapTo(String.class).list());
        Set<String> categories = new HashSet<>(h.createQuery("SELECT id FROM request_category").mapTo(String.class).list());
        Set<String> partners = selfContained ? new HashSet<>()
                : new HashSet<>(h.createQuery("SELECT id FROM partner").mapTo(String.class).list());
        a.partners().forEach(p -> partners.add(require(p.id(), "a partner")));
        Set<String> persons = selfContained ? new HashSet<>()
                : new HashSet<>(h.createQuery("SELECT id FROM person").mapTo(String.class).list());
        a.persons().forEach(p -> persons.add(require(p.id(), "a person")));
        Set<String> sources = selfContained ? new HashSet<>()
                : new HashSet<>(h.createQuery("SELECT id FROM source").mapTo(String.class).list());
        a.sources().forEach(s -> sources.add(require(s.id(), "a source")));
        unique(a.partners().stream().map(vn.protocolbrief.domain.Partner::id).toList(), "partner");
        unique(a.persons().stream().map(vn.protocolbrief.domain.Person::id).toList(), "person");
        unique(a.sources().stream().map(vn.protocolbrief.domain.Source::id).toList(), "source");
        unique(a.agreements().stream().map(vn.protocolbrief.domain.Agreement::id).toList(), "agreement");
        unique(a.aidProjects().stream().map(vn.protocolbrief.domain.AidProject::id).toList(), "aid project");
        unique(a.keyFigures().stream().map(vn.protocolbrief.domain.KeyFigure::id).toList(), "key figure");
        unique(a.localityLinks().stream().map(vn.protocolbrief.domain.LocalityLink::id).toList(), "locality link");
        unique(a.sensitivities().stream().map(vn.protocolbrief.domain.Sensitivity::id).toList(), "sensitivity");
        unique(a.meetings().stream().map(Meeting::id).toList(), "meeting");
        unique(a.meetings().stream().flatMap(m -> m.requests().stream()).map(Request::id).toList(), "request");
        for (Meeting m : a.meetings()) {
            String what = "meeting " + require(m.id(), "a meeting");
            known(provinces, m.provinceId(), what, "province");
            knownOrNull(partners, m.partnerId(), what, "partner");
            m.sourceIds().forEach(s -> known(sources, s, what, "source"));
            for (Participant p : m.participants()) {
                known(persons, p.personId(), what, "person");
            }
            for (Request r : m.requests()) {
                String rw = "request " + require(r.id(), "a request");
                if (r.categories().isEmpty()) {
                    throw new StoreException(UserProblem.Code.EXPORT_NO_CATEGORY, rw);
                }
                r.categories().forEach(c -> known(categories, c, rw, "category"));
                knownOrNull(sources, r.sourceId(), rw, "source");
            }
        }
        a.agreements().forEach(x -> {
            known(provinces, x.provinceId(), "agreement " + x.id(), "province");
            knownOrNull(partners, x.partnerId(), "agreement " + x.id(), "partner");
        });
        a.aidProjects().forEach(x -> {
            known(provinces, x.provinceId(), "aid project " + x.id(), "province");
            knownOrNull(partners, x.partnerId(), "aid project " + x.id(), "partner");
        });
        a.keyFigures().forEach(x -> knownOrNull(provinces, x.provinceId(), "key figure " + x.id(), "province"));
        a.localityLinks().forEach(x -> {
            known(provinces, x.provinceId(), "locality link " + x.id(), "province");
            known(partners, x.partnerId(), "locality link " + x.id(), "partner");
        });
        a.sensitivities().forEach(x -> known(provinces, x.provinceId(), "sensitivity " + x.id(), "province"));
        // The meetings a reference may name: the file's, and (unless it must restore alone) the store's.
        Set<String> meetings = selfContained ? new HashSet<>()
                : new HashSet<>(h.createQuery("SELECT id FROM meeting").mapTo(String.class).list());
        a.meetings().forEach(m -> meetings.add(m.id()));
        otherReferences(a, provinces, partners, persons, sources, meetings);
        unique(a.reviews().stream().map(vn.protocolbrief.domain.MeetingReview::meetingId).toList(), "review of meeting");
        a.reviews().forEach(r -> known(meetings, r.meetingId(), "review of meeting " + r.meetingId(), "meeting"));
        unique(a.visits().stream().map(vn.protocolbrief.domain.Visit::id).toList(), "visit");
        for (var v : a.visits()) {
            String what = "visit " + v.id();
            known(provinces, v.provinceId(), what, "province");
            known(partners, v.partnerId(), what, "partner");
            java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(v.leader()),
                            java.util.stream.Stream.concat(v.members().stream(), v.hosts().stream()))
                    .forEach(p -> knownOrNull(persons, p.personId(), what, "person"));
        }
        unique(a.thanks().stream().map(vn.protocolbrief.domain.Thanks::id).toList(), "thanks");
        for (var t : a.thanks()) {
            known(meetings, t.meetingId(), "thanks " + t.id(), "meeting");
            knownOrNull(sources, t.sourceId(), "thanks " + t.id(), "source");
        }
        unique(a.commitments().stream().map(vn.protocolbrief.domain.Commitment::id).toList(), "commitment");
        for (var c : a.commitments()) {
            known(meetings, c.meetingId(), "commitment " + c.id(), "meeting");
            knownOrNull(sources, c.sourceId(), "commitment " + c.id(), "source");
        }
        Set<String> visits = selfContained ? new HashSet<>()
                : new HashSet<>(h.createQuery("SELECT id FROM visit").mapTo(String.class).list());
        a.visits().forEach(v -> visits.add(v.id()));
        for (var l : a.visitMeetings()) {
            known(visits, l.visitId(), "a visit's meeting", "visit");
            known(meetings, l.meetingId(), "visit " + l.visitId(), "meeting");
        }
        unique(a.englishRenderings().stream().map(vn.protocolbrief.domain.EnglishRendering::label).toList(),
                "the English rendering of");
        unique(a.sensitiveMarks().stream().map(x -> x.kind() + " " + x.meetingId()).toList(), "sensitive mark of");
        Set<String> requests = selfContained ? new HashSet<>()
                : new HashSet<>(h.createQuery("SELECT id FROM request").mapTo(String.class).list());
        a.meetings().forEach(m -> m.requests().forEach(r -> requests.add(r.id())));
        unique(a.postConfirmations().stream().map(vn.protocolbrief.domain.PostConfirmation::positionId).toList(),
                "confirmation of post");
        Set<String> posts = selfContained ? new HashSet<>()
                : new HashSet<>(h.createQuery("SELECT id FROM position").mapTo(String.class).list());
        a.persons().forEach(p -> p.positions().forEach(pos -> posts.add(pos.id())));
        for (var x : a.postConfirmations()) {
            known(posts, x.positionId(), "the confirmation of post " + x.positionId(), "post");
        }
        for (var x : a.sensitiveMarks()) {
            Set<String> records = switch (x.kind()) {
                case "person" -> persons;
                case "partner" -> partners;
                case "request" -> requests;
                case "visit" -> visits;
                default -> meetings;
            };
            known(records, x.meetingId(), "sensitive mark of " + x.kind() + " " + x.meetingId(), x.kind());
        }
    }

    /** The references SQLite would otherwise be the first to find missing: sources, givers, positions, meetings. */
    private static void otherReferences(Archive a, Set<String> provinces, Set<String> partners, Set<String> persons,
                                        Set<String> sources, Set<String> meetings) {
        for (var p : a.persons()) {
            for (var pos : p.positions()) {
                String what = "person " + p.id() + " (position " + pos.id() + ")";
                knownOrNull(partners, pos.partnerId(), what, "partner");
                knownOrNull(provinces, pos.provinceId(), what, "province");
                knownOrNull(sources, pos.sourceId(), what, "source");
            }
        }
        for (Meeting m : a.meetings()) {
            for (var g : m.gifts()) {
                String what = "gift " + g.id();
                knownOrNull(persons, g.giverPersonId(), what, "person");
                knownOrNull(persons, g.receiverPersonId(), what, "person");
                knownOrNull(sources, g.sourceId(), what, "source");
            }
            for (Request r : m.requests()) {
                r.followUps().forEach(f -> knownOrNull(sources, f.sourceId(), "request " + r.id() + " (follow-up)",
                        "source"));
            }
        }
        a.agreements().forEach(x -> {
            knownOrNull(meetings, x.meetingId(), "agreement " + x.id(), "meeting");
            knownOrNull(sources, x.sourceId(), "agreement " + x.id(), "source");
        });
        a.aidProjects().forEach(x -> {
            knownOrNull(meetings, x.meetingId(), "aid project " + x.id(), "meeting");
            knownOrNull(sources, x.sourceId(), "aid project " + x.id(), "source");
        });
        a.keyFigures().forEach(x -> {
            knownOrNull(partners, x.partnerId(), "key figure " + x.id(), "partner");
            knownOrNull(sources, x.sourceId(), "key figure " + x.id(), "source");
        });
        a.localityLinks().forEach(x -> knownOrNull(sources, x.sourceId(), "locality link " + x.id(), "source"));
        a.sensitivities().forEach(x -> {
            knownOrNull(partners, x.partnerId(), "sensitivity " + x.id(), "partner");
            knownOrNull(sources, x.sourceId(), "sensitivity " + x.id(), "source");
        });
    }

    private static String require(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new StoreException(UserProblem.Code.EXPORT_NO_ID, what);
        }
        return id;
    }

    private static void unique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        Set<String> dup = ids.stream().filter(id -> !seen.add(id)).collect(Collectors.toSet());
        if (!dup.isEmpty()) {
            throw new StoreException(UserProblem.Code.EXPORT_TWICE, what, dup.iterator().next());
        }
    }

    private static void known(Set<String> ids, String id, String what, String kind) {
        if (id == null || !ids.contains(id)) {
            throw new StoreException(UserProblem.Code.EXPORT_UNKNOWN_REF, what, kind, id);
        }
    }

    private static void knownOrNull(Set<String> ids, String id, String what, String kind) {
        if (id != null) {
            known(ids, id, what, kind);
        }
    }
}

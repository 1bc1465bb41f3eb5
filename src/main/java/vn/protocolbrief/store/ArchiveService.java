package vn.protocolbrief.store;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.Request;

/** Export and import of everything but reference data. An import that fails anywhere writes nothing. */
public final class ArchiveService {
    private final Store store;
    private final Repositories repos;
    private final CommitmentRepository commitments = new CommitmentRepository();

    public ArchiveService(Store store) {
        this.store = store;
        this.repos = new Repositories();
    }

    public Archive export() {
        return store.read(h -> new Archive(Archive.FORMAT, repos.partners().all(h), repos.persons().all(h),
                repos.sources().all(h), sorted(repos.meetings().all(h), Meeting::id), repos.agreements().all(h),
                repos.aidProjects().all(h), repos.keyFigures().all(h), repos.localityLinks().all(h),
                repos.sensitivities().all(h), repos.vocabulary().all(h), repos.visits().all(h),
                sorted(commitments.all(h), vn.protocolbrief.domain.Commitment::id), commitments.links(h)));
    }

    private static <T> List<T> sorted(List<T> list, Function<T, String> id) {
        return list.stream().sorted(Comparator.comparing(id)).toList();
    }

    /** Counts of what was written. */
    public record ImportResult(int partners, int persons, int sources, int meetings, int requests, int agreements,
                               int aidProjects, int keyFigures, int localityLinks, int sensitivities) {
    }

    public ImportResult importArchive(Archive a) {
        return importArchive(a, null);
    }

    /** The same, telling {@code progress} how many meetings of how many are written (every 500). */
    public ImportResult importArchive(Archive a, java.util.function.BiConsumer<Integer, Integer> progress) {
        this.progress = progress;
        try {
            return store.write(h -> importInto(h, a));
        } finally {
            this.progress = null;
        }
    }

    private java.util.function.BiConsumer<Integer, Integer> progress;

    /** The same inside the caller's transaction. */
    ImportResult importInto(Handle h, Archive a) {
        {
            validate(h, a);
            String current = "";
            try {
                for (var p : a.partners()) {
                    current = "partner " + p.id();
                    repos.partners().upsert(h, p);
                }
                for (var s : a.sources()) {
                    current = "source " + s.id();
                    repos.sources().upsert(h, s);
                }
                for (var p : a.persons()) {
                    current = "person " + p.id();
                    repos.persons().upsert(h, p);
                }
                int done = 0;
                for (var m : a.meetings()) {
                    current = "meeting " + m.id();
                    repos.meetings().upsert(h, m);
                    if (progress != null && ++done % 500 == 0) {
                        progress.accept(done, a.meetings().size());
                    }
                }
                for (var x : a.agreements()) {
                    current = "agreement " + x.id();
                    repos.agreements().upsert(h, x);
                }
                for (var x : a.aidProjects()) {
                    current = "aid project " + x.id();
                    repos.aidProjects().upsert(h, x);
                }
                for (var x : a.keyFigures()) {
                    current = "key figure " + x.id();
                    repos.keyFigures().upsert(h, x);
                }
                for (var x : a.localityLinks()) {
                    current = "locality link " + x.id();
                    repos.localityLinks().upsert(h, x);
                }
                for (var x : a.sensitivities()) {
                    current = "sensitivity " + x.id();
                    repos.sensitivities().upsert(h, x);
                }
                for (var x : a.vocabulary()) {
                    current = "learned word " + x.phrase();
                    repos.vocabulary().upsert(h, x);
                }
                String now = java.time.LocalDateTime.now().withNano(0).toString();
                for (var x : a.visits()) {
                    current = "visit " + x.id();
                    repos.visits().upsert(h, x, now);
                }
                for (var x : a.commitments()) {
                    current = "commitment " + x.id();
                    commitments.upsert(h, x);
                }
                for (var x : a.visitMeetings()) {
                    current = "the meeting of visit " + x.visitId();
                    commitments.link(h, x);
                }
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new StoreException("Cannot import " + current + ": " + StoreException.rootMessage(e) + ". Nothing was imported.", e);
            }
            int requests = a.meetings().stream().mapToInt(m -> m.requests().size()).sum();
            return new ImportResult(a.partners().size(), a.persons().size(), a.sources().size(), a.meetings().size(),
                    requests, a.agreements().size(), a.aidProjects().size(), a.keyFigures().size(),
                    a.localityLinks().size(), a.sensitivities().size());
        }
    }

    /** References that would otherwise fail deep inside SQLite get a message naming the record. */
    private void validate(Handle h, Archive a) {
        Set<String> provinces = new HashSet<>(h.createQuery("SELECT id FROM province").mapTo(String.class).list());
        Set<String> categories = new HashSet<>(h.createQuery("SELECT id FROM request_category").mapTo(String.class).list());
        Set<String> partners = new HashSet<>(h.createQuery("SELECT id FROM partner").mapTo(String.class).list());
        a.partners().forEach(p -> partners.add(require(p.id(), "a partner")));
        Set<String> persons = new HashSet<>(h.createQuery("SELECT id FROM person").mapTo(String.class).list());
        a.persons().forEach(p -> persons.add(require(p.id(), "a person")));
        Set<String> sources = new HashSet<>(h.createQuery("SELECT id FROM source").mapTo(String.class).list());
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
                    throw new StoreException(rw + " has no category. Nothing was imported.");
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
        unique(a.visits().stream().map(vn.protocolbrief.domain.Visit::id).toList(), "visit");
        for (var v : a.visits()) {
            String what = "visit " + v.id();
            known(provinces, v.provinceId(), what, "province");
            known(partners, v.partnerId(), what, "partner");
            java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(v.leader()),
                            java.util.stream.Stream.concat(v.members().stream(), v.hosts().stream()))
                    .forEach(p -> knownOrNull(persons, p.personId(), what, "person"));
        }
        Set<String> meetings = new HashSet<>(h.createQuery("SELECT id FROM meeting").mapTo(String.class).list());
        a.meetings().forEach(m -> meetings.add(m.id()));
        unique(a.commitments().stream().map(vn.protocolbrief.domain.Commitment::id).toList(), "commitment");
        for (var c : a.commitments()) {
            known(meetings, c.meetingId(), "commitment " + c.id(), "meeting");
            knownOrNull(sources, c.sourceId(), "commitment " + c.id(), "source");
        }
        Set<String> visits = new HashSet<>(h.createQuery("SELECT id FROM visit").mapTo(String.class).list());
        a.visits().forEach(v -> visits.add(v.id()));
        for (var l : a.visitMeetings()) {
            known(visits, l.visitId(), "a visit's meeting", "visit");
            known(meetings, l.meetingId(), "visit " + l.visitId(), "meeting");
        }
    }

    private static String require(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new StoreException(what + " has no id. Nothing was imported.");
        }
        return id;
    }

    private static void unique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        Set<String> dup = ids.stream().filter(id -> !seen.add(id)).collect(Collectors.toSet());
        if (!dup.isEmpty()) {
            throw new StoreException("The file holds " + what + " " + dup.iterator().next()
                    + " twice. Nothing was imported.");
        }
    }

    private static void known(Set<String> ids, String id, String what, String kind) {
        if (id == null || !ids.contains(id)) {
            throw new StoreException(what + " refers to unknown " + kind + " '" + id + "'. Nothing was imported.");
        }
    }

    private static void knownOrNull(Set<String> ids, String id, String what, String kind) {
        if (id != null) {
            known(ids, id, what, kind);
        }
    }
}

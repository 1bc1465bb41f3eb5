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

    private final MeetingReviewRepository reviews = new MeetingReviewRepository();
    private final EnglishRenderingRepository english = new EnglishRenderingRepository();
    private final SensitiveMarkRepository sensitiveMarks = new SensitiveMarkRepository();

    /**
     * Every table read in one read transaction: the records as they all were at one moment, whatever is written
     * meanwhile (reads in separate queries could see a meeting whose new source they had already read past).
     */
    public Archive export() {
        try {
            new TravelLedger().identity(store);
        } catch (StoreException e) {
            // a reader's login may not give the office its identity: the file then carries no versions
        }
        return store.snapshot(h -> ArchiveVersions.stamped(h, exportIn(h)));
    }

    /** The same inside the caller's read transaction (a travel copy also reads the change log's point in it). */
    Archive exportIn(Handle h) {
        return new Archive(Archive.FORMAT, repos.partners().all(h), repos.persons().all(h),
                repos.sources().all(h), sorted(repos.meetings().all(h), Meeting::id), repos.agreements().all(h),
                repos.aidProjects().all(h), repos.keyFigures().all(h), repos.localityLinks().all(h),
                repos.sensitivities().all(h), repos.vocabulary().all(h), repos.visits().all(h), reviews.all(h),
                sorted(commitments.all(h), vn.protocolbrief.domain.Commitment::id), commitments.links(h),
                english.all(h), sensitiveMarks.all(h));
    }

    private static <T> List<T> sorted(List<T> list, Function<T, String> id) {
        return list.stream().sorted(Comparator.comparing(id)).toList();
    }

    /**
     * Counts of what was written; {@code unchanged}: the file's records left as stored (held alike, or changed by a
     * colleague since the export and not edited in the file).
     */
    public record ImportResult(int partners, int persons, int sources, int meetings, int requests, int agreements,
                               int aidProjects, int keyFigures, int localityLinks, int sensitivities, int unchanged) {
        ImportResult unchanged(int n) {
            return new ImportResult(partners, persons, sources, meetings, requests, agreements, aidProjects,
                    keyFigures, localityLinks, sensitivities, n);
        }
    }

    public ImportResult importArchive(Archive a) {
        return importArchive(a, null);
    }

    /** The same, telling {@code progress} how many meetings of how many are written (every 500). */
    public ImportResult importArchive(Archive a, java.util.function.BiConsumer<Integer, Integer> progress) {
        this.progress = progress;
        try {
            return store.write(h -> {
                ChangeLog log = new ChangeLog(new RecordRows());
                if (h.createQuery("SELECT count(*) FROM meeting").mapTo(Integer.class).one() == 0) {
                    Archive written = ArchiveVersions.toWrite(h, a, null);
                    ImportResult result = importInto(h, written);
                    // A store restored whole: who brought the records in, and when (their rows are not logged).
                    log.recordBulk(h, store.actor(), "import", "import of " + written.meetings().size()
                            + " meetings", RecordRows.refsOf(written));
                    return result.unchanged(ArchiveVersions.left(a, written));
                }
                // Into a store in use, the file's records that differ from the stored ones are the officer's change:
                // logged row by row like an edit, so that their `undo` takes it back.
                Archive written = ArchiveVersions.toWrite(h, a, exportIn(h));
                var before = Office.isPostgres(h) ? log.new Before() : log.before(h, ArchiveVersions.refs(written));
                ImportResult result = importInto(h, written);
                log.record(h, before, store.actor(), "edit", "archive", "", "import-json of "
                        + ArchiveVersions.refs(written).size() + " records");
                return result.unchanged(ArchiveVersions.left(a, written));
            });
        } finally {
            this.progress = null;
        }
    }

    private java.util.function.BiConsumer<Integer, Integer> progress;

    /** The same inside the caller's transaction. */
    ImportResult importInto(Handle h, Archive a) {
        {
            validate(h, a);
            String[] current = {""};
            try {
                writeAll(h, a, current);
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                String missing = StoreException.rootMessage(e).contains("FOREIGN KEY")
                        ? ForeignKeys.missingReference(h, () -> writeAll(h, a, new String[1]))
                        : ForeignKeys.missingReferenceOnServer(e, current[0]);
                throw new StoreException("Cannot import " + (missing != null ? "" : current[0] + ": ")
                        + (missing != null ? missing : StoreException.rootMessage(e)) + ". Nothing was imported.", e);
            }
            int requests = a.meetings().stream().mapToInt(m -> m.requests().size()).sum();
            return new ImportResult(a.partners().size(), a.persons().size(), a.sources().size(), a.meetings().size(),
                    requests, a.agreements().size(), a.aidProjects().size(), a.keyFigures().size(),
                    a.localityLinks().size(), a.sensitivities().size(), 0);
        }
    }

    /**
     * Reads an export file back and checks that it would restore into a new store: it parses, and every reference
     * (meetings to provinces, partners and sources, participants to persons, ...) resolves within the file and the
     * reference data. A file that would not restore is refused with one line naming the record.
     */
    public Archive checkRestorable(java.nio.file.Path file) {
        Archive a;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            a = ArchiveJson.read(in, file.toString());
        } catch (java.io.IOException e) {
            throw new StoreException("The export " + file + " could not be read back: " + TempFiles.reason(e) + ".", e);
        }
        checkRestorable(a);
        return a;
    }

    /** The same for an archive in memory (before it is written). */
    public void checkRestorable(Archive a) {
        try {
            store.read(h -> {
                validate(h, a, true);
                return null;
            });
        } catch (StoreException e) {
            throw new StoreException("The export would not restore: " + e.getMessage().replace(" Nothing was imported.",
                    "") + " Nothing was exported.", e);
        }
    }

    /** References that would otherwise fail deep inside SQLite get a message naming the record. */
    private void validate(Handle h, Archive a) {
        validate(h, a, false);
    }

    /**
     * @param selfContained whether partners, persons and sources must all be in the archive (a file restored into a
     *                      new store) rather than in the archive or this store (an import into this one)
     */
    private void validate(Handle h, Archive a, boolean selfContained) {
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

    /**
     * FTS5 writes its pending terms out as a new segment, to be merged later, each time they fill its hash (1 MB by
     * default): hundreds of thousands of index rows in one transaction made hundreds of segments and merges. A larger
     * hash while a new store is filled (back to the default after, as it is kept in the store) wrote the same index
     * with about 40 % less CPU in a trial of 300,000 rows.
     */
    private static void bulkIndexing(Handle h, boolean on) {
        if (Dialect.of(h) == Dialect.SQLITE) {
            h.execute("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)",
                    on ? 64 * 1024 * 1024 : 1024 * 1024);
        }
    }

    /** Every record of the archive written (upserted); {@code current} names the one being written. */
    private void writeAll(Handle h, Archive a, String[] current) {
            for (var p : a.partners()) {
                current[0] = "partner " + p.id();
                repos.partners().upsert(h, p);
            }
            for (var s : a.sources()) {
                current[0] = "source " + s.id();
                repos.sources().upsert(h, s);
            }
            for (var p : a.persons()) {
                current[0] = "person " + p.id();
                repos.persons().upsert(h, p);
            }
            // Into a store without meetings (a new travel copy, a restore) they are written in batches: nothing
            // there to replace, and a statement per row made a 50,000-meeting copy take minutes.
            boolean noMeetingsYet = h.createQuery("SELECT count(*) FROM meeting").mapTo(Integer.class).one() == 0;
            if (noMeetingsYet) {
                current[0] = "the meetings";
                bulkIndexing(h, true);
                SearchIndex.Batch index = new SearchIndex.Batch(h);
                repos.meetings().insertNew(h, a.meetings(), index, written -> {
                    if (progress != null) {
                        progress.accept(written, a.meetings().size());
                    }
                });
                index.finish();
                bulkIndexing(h, false);
            }
            int done = 0;
            for (var m : noMeetingsYet ? List.<Meeting>of() : a.meetings()) {
                current[0] = "meeting " + m.id();
                repos.meetings().upsert(h, m);
                if (progress != null && ++done % 500 == 0) {
                    progress.accept(done, a.meetings().size());
                }
            }
            // A meeting in the file is reviewed exactly when the file says so (a meeting merged with an article
            // nobody checked becomes unreviewed again).
            for (var m : noMeetingsYet ? List.<Meeting>of() : a.meetings()) {
                reviews.remove(h, m.id());
            }
            for (var r : a.reviews()) {
                current[0] = "review of meeting " + r.meetingId();
                reviews.upsert(h, r);
            }
            for (var x : a.agreements()) {
                current[0] = "agreement " + x.id();
                repos.agreements().upsert(h, x);
            }
            for (var x : a.aidProjects()) {
                current[0] = "aid project " + x.id();
                repos.aidProjects().upsert(h, x);
            }
            for (var x : a.keyFigures()) {
                current[0] = "key figure " + x.id();
                repos.keyFigures().upsert(h, x);
            }
            for (var x : a.localityLinks()) {
                current[0] = "locality link " + x.id();
                repos.localityLinks().upsert(h, x);
            }
            for (var x : a.sensitivities()) {
                current[0] = "sensitivity " + x.id();
                repos.sensitivities().upsert(h, x);
            }
            for (var x : a.vocabulary()) {
                current[0] = "learned word " + x.phrase();
                repos.vocabulary().upsert(h, x);
            }
            String now = java.time.LocalDateTime.now().withNano(0).toString();
            for (var x : a.visits()) {
                current[0] = "visit " + x.id();
                repos.visits().upsert(h, x, now);
            }
            // A mark is only ever added here: an article merged into a sensitive meeting, or an older file, must not
            // take it off (only an officer does, through SensitiveService). After the visits: a mark may name any kind.
            for (var x : a.sensitiveMarks()) {
                current[0] = "sensitive mark of " + x.kind() + " " + x.meetingId();
                sensitiveMarks.upsert(h, x);
            }
            for (var x : a.commitments()) {
                current[0] = "commitment " + x.id();
                commitments.upsert(h, x);
            }
            for (var x : a.visitMeetings()) {
                current[0] = "the meeting of visit " + x.visitId();
                commitments.link(h, x);
            }
            for (var x : a.englishRenderings()) {
                current[0] = "the English of " + x.label();
                if (english.original(h, x.kind(), x.recordId(), x.note()).isEmpty()) {
                    throw new StoreException("The English of " + x.label() + " renders no text: the file and the"
                            + " store have no such record text. Nothing was imported.");
                }
                english.upsert(h, x);
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

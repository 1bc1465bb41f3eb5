package vn.protocolbrief.store;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.UserProblem;

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
    private final PostConfirmationRepository confirmations = new PostConfirmationRepository();
    private final ThanksRepository thanks = new ThanksRepository();

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
                english.all(h), sensitiveMarks.all(h)).withPostConfirmations(confirmations.all(h))
                .withThanks(sorted(thanks.all(h), vn.protocolbrief.domain.Thanks::id));
    }

    private static <T> List<T> sorted(List<T> list, Function<T, String> id) {
        return list.stream().sorted(Comparator.comparing(id)).toList();
    }

    /**
     * Counts of what was written; {@code unchanged}: the file's records left as stored (held alike, or changed by a
     * colleague since the export and not edited in the file); {@code removed}: the sub-records of the file's meetings
     * the store held and the file no longer does ({@link ArchiveRemovals}); {@code reviewed}: the file's meetings the
     * officer vouched for with the import; {@code unreviewed}: those of the file nobody has reviewed after it.
     */
    public record ImportResult(int partners, int persons, int sources, int meetings, int requests, int agreements,
                               int aidProjects, int keyFigures, int localityLinks, int sensitivities, int unchanged,
                               List<String> removed, int reviewed, int unreviewed) {
        ImportResult(int partners, int persons, int sources, int meetings, int requests, int agreements,
                     int aidProjects, int keyFigures, int localityLinks, int sensitivities, int unchanged) {
            this(partners, persons, sources, meetings, requests, agreements, aidProjects, keyFigures, localityLinks,
                    sensitivities, unchanged, List.of(), 0, 0);
        }

        ImportResult unchanged(int n, List<String> gone, int vouched, int notYet) {
            return new ImportResult(partners, persons, sources, meetings, requests, agreements, aidProjects,
                    keyFigures, localityLinks, sensitivities, n, gone, vouched, notYet);
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
                ImportResult result = importInto(h, a);
                // Who brought the records in, and when (their rows are not logged: an archive is restored whole).
                new ChangeLog(new RecordRows()).recordBulk(h, store.actor(), "import", "import of " + a.meetings().size()
                        + " meetings", RecordRows.refsOf(a));
                return result;
            });
        } finally {
            this.progress = null;
        }
    }

    /** The same without vouching for the file's meetings (the file's reviews say which are reviewed). */
    public ImportResult importFile(Archive a, java.util.function.BiConsumer<Integer, Integer> progress) {
        return importFile(a, progress, false);
    }

    /**
     * An export file read back (import-json, the window's "import file"): into a store in use, the file's records
     * that differ from the stored ones are the officer's change, logged row by row like an edit so that their
     * {@code undo} takes it back; a record changed since the export is refused or kept as stored
     * ({@link ArchiveVersions}); a meeting's sub-records the file no longer holds are removed ({@link ArchiveRemovals}),
     * the change's label naming them. Into a store without meetings (a restore) it is an import as above.
     * {@code reviewed}: the officer says they read every meeting of the file against its source (import-json
     * --reviewed), so each one nobody had reviewed, or whose review the import's change outdates, is reviewed by
     * them now; without it, a meeting is reviewed exactly
     * when the file says so (a file is no proof that anyone read it: issue 18, only a person who did says so).
     */
    public ImportResult importFile(Archive a, java.util.function.BiConsumer<Integer, Integer> progress,
                                   boolean reviewed) {
        this.progress = progress;
        try {
            return store.write(h -> {
                ChangeLog log = new ChangeLog(new RecordRows());
                boolean restore = h.createQuery("SELECT count(*) FROM meeting").mapTo(Integer.class).one() == 0;
                Archive file = restore ? a : ArchiveRemovals.withoutEnglishOfRemoved(h, a);
                Archive written = ArchiveVersions.toWrite(h, file, restore ? null : exportIn(h));
                List<ArchiveRemovals.Removal> removals = restore ? List.of() : ArchiveRemovals.of(h, a, written);
                java.util.Set<RecordRows.Ref> refs = new java.util.LinkedHashSet<>(ArchiveVersions.refs(written));
                removals.forEach(r -> refs.add(r.record()));
                if (reviewed) {
                    a.meetings().forEach(m -> refs.add(new RecordRows.Ref("meeting", m.id())));
                }
                var before = restore || Office.isPostgres(h) ? log.new Before() : log.before(h, List.copyOf(refs));
                ImportResult result = importInto(h, written);
                ArchiveRemovals.remove(h, removals);
                int vouched = 0;
                // a colleague's review of a meeting the file changes would be taken off (ReviewsOutdated): the
                // officer who read the file vouches for it instead
                java.util.Set<String> outdated = reviewed
                        ? new java.util.HashSet<>(log.outdatedReviews(h, before, store.actor())) : java.util.Set.of();
                for (var m : reviewed ? a.meetings() : List.<Meeting>of()) {
                    if (reviews.byMeeting(h, m.id()).isEmpty() || outdated.contains(m.id())) {
                        reviews.upsert(h, new vn.protocolbrief.domain.MeetingReview(m.id(), store.actor().name(),
                                java.time.LocalDateTime.now().withNano(0).toString()));
                        vouched++;
                    }
                }
                int unreviewed = (int) a.meetings().stream().filter(m -> reviews.byMeeting(h, m.id()).isEmpty()).count();
                if (restore) {
                    log.recordBulk(h, store.actor(), "import", "import of " + written.meetings().size() + " meetings",
                            RecordRows.refsOf(written));
                } else {
                    log.record(h, before, store.actor(), "edit", "archive", "", new vn.protocolbrief.domain.ImportJsonLabel(
                            refs.size(), removals.stream().map(ArchiveRemovals.Removal::label).toList(), vouched)
                            .english());
                }
                return result.unchanged(ArchiveVersions.left(file, written),
                        removals.stream().map(ArchiveRemovals.Removal::label).toList(), vouched, unreviewed);
            });
        } finally {
            this.progress = null;
        }
    }

    private java.util.function.BiConsumer<Integer, Integer> progress;

    /** The same inside the caller's transaction. */
    ImportResult importInto(Handle h, Archive a) {
        {
            ArchiveReferences.validate(h, a, false);
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
                ArchiveReferences.validate(h, a, true);
                return null;
            });
        } catch (StoreException e) {
            throw new StoreException("The export would not restore: " + e.getMessage().replace(" Nothing was imported.",
                    "") + " Nothing was exported.", e);
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
            for (var x : a.thanks()) {
                current[0] = "thanks " + x.id();
                thanks.upsert(h, x);
            }
            for (var x : a.visitMeetings()) {
                current[0] = "the meeting of visit " + x.visitId();
                commitments.link(h, x);
            }
            for (var x : a.englishRenderings()) {
                current[0] = "the English of " + x.label();
                if (english.original(h, x.kind(), x.recordId(), x.note()).isEmpty()) {
                    throw new StoreException(UserProblem.Code.EXPORT_NO_RENDERED_TEXT, x.label());
                }
                english.upsert(h, x);
            }
            // After the persons: a confirmation belongs to its post's person (checked by ArchiveReferences).
            for (var x : a.postConfirmations()) {
                current[0] = "the confirmation of post " + x.positionId();
                String person = confirmations.personOf(h, x.positionId()).orElseThrow(() -> new StoreException(UserProblem.Code.EXPORT_UNKNOWN_POST,
                        x.positionId()));
                confirmations.upsert(h, x.positionId(), person, x.confirmedBy(), x.confirmedOn());
            }
    }
}

package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.MeetingReview;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.domain.Visit;

/**
 * One transaction of the store as the services see it ({@link Store#reading}, {@link Store#writing}): the
 * repositories bound to it, the change log and undo. A service composes these calls in one transaction without
 * seeing a connection, and every statement stays in the store (see ADR 0015).
 */
public final class Work {
    private final Handle h;
    private final Store store;
    private final Repositories repos;
    private final ChangeLog changes = new ChangeLog(new RecordRows());
    /** One read transaction (a snapshot) of the store's readers, which writes nothing (see {@link #search}). */
    private final boolean readsOnly;

    Work(Handle h, Store store, Repositories repos) {
        this(h, store, repos, false);
    }

    Work(Handle h, Store store, Repositories repos, boolean readsOnly) {
        this.h = h;
        this.store = store;
        this.repos = repos;
        this.readsOnly = readsOnly;
    }

    /**
     * Records that these posts still hold, confirmed by this transaction's officer on {@code day}; a post confirmed
     * before is confirmed again (the latest confirmation is kept). One change of the posts' persons, as an edit of
     * their posts would be: undone by the officer's undo, listed in their history, carried by exports and travel.
     */
    public void confirmPosts(java.util.Collection<String> positionIds, java.time.LocalDate day) {
        PostConfirmationRepository confirmations = new PostConfirmationRepository();
        java.util.Map<String, String> personOf = new java.util.LinkedHashMap<>();
        for (String id : positionIds) {
            confirmations.personOf(h, id).ifPresent(person -> personOf.put(id, person));
        }
        if (personOf.isEmpty()) {
            return;
        }
        List<Ref> persons = personOf.values().stream().distinct().map(p -> new Ref("person", p)).toList();
        Change change = changing(persons);
        personOf.forEach((post, person) -> confirmations.upsert(h, post, person, actor().name(), day));
        String first = persons.get(0).id();
        // The persons by name, in the order of their posts (the change log cuts a long label).
        String whose = persons().byIds(personOf.values().stream().distinct().toList()).stream()
                .map(vn.protocolbrief.domain.Person::protocolName).collect(java.util.stream.Collectors.joining(", "));
        change.record("edit", "person", first, "Confirmed as still held: " + personOf.size()
                + (personOf.size() == 1 ? " post of " : " posts of ") + (whose.isEmpty() ? first : whose));
    }

    /** Who this transaction's changes are recorded as made by. */
    public Actor actor() {
        return store.actor();
    }

    public WorkMeetings meetings() {
        return new WorkMeetings(h, repos.meetings());
    }

    public WorkPersons persons() {
        return new WorkPersons(h, repos.persons(), repos.visits());
    }

    public WorkVisits visits() {
        return new WorkVisits(h, repos.visits());
    }

    public WorkCommitments commitments() {
        return new WorkCommitments(h, new CommitmentRepository());
    }

    /** The thanks said at a meeting, in the order they were said. */
    public List<vn.protocolbrief.domain.Thanks> thanksOf(String meetingId) {
        return new ThanksRepository().forMeeting(h, meetingId);
    }

    public WorkRenderings renderings() {
        return new WorkRenderings(h, new EnglishRenderingRepository(), repos.meetings());
    }

    /** The sensitive marks of meetings, persons, partners, requests and visits. */
    public WorkMarks marks() {
        return new WorkMarks(h, new SensitiveMarkRepository());
    }

    /** Agreements, aid projects, key figures, locality links and sensitivities: records saved and deleted whole. */
    public WorkFacts facts() {
        return new WorkFacts(h, repos);
    }

    public List<Province> provinces() {
        return repos.reference().provinces(h);
    }

    public List<Partner> partners() {
        return repos.partners().all(h);
    }

    public Optional<Source> source(String id) {
        return repos.sources().byId(h, id);
    }

    public void saveSource(Source s) {
        repos.sources().upsert(h, s);
    }

    /** Every source, or those of one meeting, in id order, with the meetings each tells of. */
    public List<SourceRepository.Cited> citedSources(String meetingId) {
        return repos.sources().cited(h, meetingId);
    }

    public void saveReview(MeetingReview r) {
        new MeetingReviewRepository().upsert(h, r);
    }

    public Optional<MeetingReview> review(String meetingId) {
        return new MeetingReviewRepository().byMeeting(h, meetingId);
    }

    /** The ids of the meetings nobody has reviewed. */
    public java.util.Set<String> unreviewedMeetingIds() {
        return new MeetingReviewRepository().unreviewedMeetingIds(h);
    }

    public int unreviewedCount() {
        return new MeetingReviewRepository().unreviewedCount(h);
    }

    public List<SearchIndex.Hit> search(String text, int limit) {
        // The store's kept word counts only in a transaction that has written nothing: FTS5 writes its totals and
        // structure at commit, so a writing transaction would read them stale (it ranks with FTS5's bm25 instead).
        return repos.search().search(h, text, limit, readsOnly ? store.fts5WordCounts() : null);
    }

    /** Writes an archive's records in this transaction (see {@link ArchiveService#importInto}). */
    public void importArchive(Archive a) {
        new ArchiveService(store).importInto(h, a);
    }

    // ---- versions and the change log -----------------------------------------------------------------------------

    /** A record's version (0 before it was first changed) and who made and last changed it. */
    public RecordStamp stamp(String kind, String id) {
        ChangeLog.Stamp s = ChangeLog.stamp(h, kind, id);
        return new RecordStamp(s.version(), s.createdBy(), s.createdAt(), s.changedBy(), s.changedAt());
    }

    /** See {@link #stamp}. */
    public record RecordStamp(long version, String createdBy, String createdAt, String changedBy, String changedAt) {
    }

    /** Refuses a save based on an older version than the stored one, saying who changed it and when. */
    public void requireVersion(String kind, String id, long basedOn, String what) {
        ChangeLog.requireVersion(h, kind, id, basedOn, what);
    }

    /** A record the change log knows: "meeting", "person", "visit"... and its id. */
    public record Ref(String kind, String id) {
    }

    /** Starts a change of one record: its rows now, to compare with after it ({@link Change#record}). */
    public Change changing(String kind, String id) {
        return changing(List.of(new Ref(kind, id)));
    }

    /** Starts one change of several records (undone together). */
    public Change changing(List<Ref> refs) {
        List<RecordRows.Ref> rows = new ArrayList<>();
        refs.forEach(r -> rows.add(new RecordRows.Ref(r.kind(), r.id())));
        return new Change(changes.before(h, rows), rows.get(0));
    }

    /** A change under way; {@link #record} writes it to the change log, by this store's officer (ADR 0011). */
    public final class Change {
        private final ChangeLog.Before before;
        private final RecordRows.Ref first;

        private Change(ChangeLog.Before before, RecordRows.Ref first) {
            this.before = before;
            this.first = first;
        }

        /** True when the (first) record had no rows before: saving it creates it. */
        public boolean creates() {
            return before.of(first).isEmpty();
        }

        public void record(String action, String kind, String id, String label) {
            changes.record(h, before, store.actor(), action, kind, id, label);
        }
    }

    /** A change in the log, as undo and the trash list it. */
    public record LoggedChange(long id, String at, String action, String kind, String refId, String label,
                               String actor) {
    }

    /** One entry of a record's history: who, when, what, and which fields of which rows. */
    public record HistoryLine(long change, String at, String actor, String action, String label, boolean undone,
                              List<String> fields, String roadBy, String roadAt) {
        /** A change made in this store (not brought by a travel sync). */
        public HistoryLine(long change, String at, String actor, String action, String label, boolean undone,
                           List<String> fields) {
            this(change, at, actor, action, label, undone, fields, null, null);
        }
    }

    /** The latest change by hand of this store's officer not undone yet (of this session only, if asked). */
    public Optional<LoggedChange> lastChange(boolean sessionOnly) {
        return undoing().last(h, store.actor(), sessionOnly);
    }

    /** Undoes one change exactly, or refuses saying which later change depends on it. */
    public LoggedChange undo(long changeId) {
        return undoing().undo(h, changeId, store.actor());
    }

    /** The deleted records that can be restored, the latest first. */
    public List<LoggedChange> trash() {
        return undoing().trash(h);
    }

    /** Refuses a kind of record the change log does not know, naming those it does. */
    public static void requireKnownKind(String kind) {
        RecordRows.parts(kind);
    }

    /** A record's changes, the oldest first. */
    public List<HistoryLine> history(String kind, String id) {
        requireKnownKind(kind);
        return undoing().history(h, kind, id);
    }

    private Undoing undoing() {
        return new Undoing(store, changes, repos);
    }

    // ---- the bound repositories ------------------------------------------------------------------------------------

    /** Visits, bound to this transaction. */
    public static final class WorkVisits {
        private final Handle h;
        private final VisitRepository visits;

        WorkVisits(Handle h, VisitRepository visits) {
            this.h = h;
            this.visits = visits;
        }

        public Optional<Visit> find(String id) {
            return visits.find(h, id);
        }

        public List<Visit> list(String provinceId, String partnerId) {
            return visits.list(h, provinceId, partnerId);
        }

        public void save(Visit v, String updatedAt) {
            visits.upsert(h, v, updatedAt);
        }

        public boolean delete(String id) {
            return visits.delete(h, id);
        }
    }

    /** Sensitive marks, bound to this transaction (the rules of marking are {@code service.SensitiveService}'s). */
    public static final class WorkMarks {
        private final Handle h;
        private final SensitiveMarkRepository marks;

        WorkMarks(Handle h, SensitiveMarkRepository marks) {
            this.h = h;
            this.marks = marks;
        }

        /** The record's mark, if it has one; a kind that cannot be marked is refused. */
        public Optional<vn.protocolbrief.domain.SensitiveMark> of(String kind, String id) {
            return marks.of(h, kind, id);
        }

        /** Whether the store holds this record (a kind that cannot be marked is refused). */
        public boolean exists(String kind, String id) {
            return SensitiveMarkRepository.exists(h, kind, id);
        }

        /** The record a mark's change is logged as: a request's is its meeting's, of which it is a part. */
        public Ref loggedAs(String kind, String id) {
            RecordRows.Ref ref = SensitiveMarkRepository.loggedAs(h, kind, id);
            return new Ref(ref.kind(), ref.id());
        }

        public void put(vn.protocolbrief.domain.SensitiveMark mark) {
            marks.upsert(h, mark);
        }

        public boolean remove(String kind, String id) {
            return marks.remove(h, kind, id);
        }
    }

    /** Commitments and the meetings visits became, bound to this transaction. */
    public static final class WorkCommitments {
        private final Handle h;
        private final CommitmentRepository commitments;

        WorkCommitments(Handle h, CommitmentRepository commitments) {
            this.h = h;
            this.commitments = commitments;
        }

        public Optional<Commitment> byId(String id) {
            return commitments.byId(h, id);
        }

        public List<Commitment> ofMeeting(String meetingId) {
            return commitments.forMeeting(h, meetingId);
        }

        public List<Commitment> forPair(String provinceId, String partnerId, boolean openOnly) {
            return commitments.forPair(h, provinceId, partnerId, openOnly);
        }

        public void save(Commitment c) {
            commitments.upsert(h, c);
        }

        public boolean delete(String id) {
            return commitments.delete(h, id);
        }

        public Optional<String> meetingOfVisit(String visitId) {
            return commitments.meetingOfVisit(h, visitId);
        }
    }

    /** English renderings of record text, bound to this transaction. */
    public static final class WorkRenderings {
        private final Handle h;
        private final EnglishRenderingRepository renderings;
        private final MeetingRepository meetings;

        WorkRenderings(Handle h, EnglishRenderingRepository renderings, MeetingRepository meetings) {
            this.h = h;
            this.renderings = renderings;
            this.meetings = meetings;
        }

        public Optional<EnglishRendering> get(String kind, String recordId, int note) {
            return renderings.get(h, kind, recordId, note);
        }

        public Optional<String> original(String kind, String recordId, int note) {
            return renderings.original(h, kind, recordId, note);
        }

        public Optional<String> meetingOf(String kind, String recordId) {
            return renderings.meetingOf(h, kind, recordId);
        }

        public void save(EnglishRendering e) {
            renderings.upsert(h, e);
        }

        public boolean remove(String kind, String recordId, int note) {
            return renderings.remove(h, kind, recordId, note);
        }

        /** The number of a request's newest follow-up note (they count from 0), if it has any. */
        public Optional<Integer> latestNote(String requestId) {
            return meetings.latestFollowUp(h, requestId);
        }
    }
}

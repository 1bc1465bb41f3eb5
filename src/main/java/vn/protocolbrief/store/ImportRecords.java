package vn.protocolbrief.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.LearnedWord;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.ProvinceResolver;

/** What the article importer reads from the store and writes to it; the importer itself knows no SQL. */
public final class ImportRecords {
    private final Store store;
    private final Repositories repos = new Repositories();
    private final ChangeLog changes = new ChangeLog(new RecordRows());

    public ImportRecords(Store store) {
        this.store = store;
    }

    /** Everything the importer reads once: names of provinces and partners, prefectures, the office's words. */
    public record Reference(ProvinceResolver provinces, Map<String, List<String>> provinceAliases,
                            PartnerResolver partners, List<Prefecture> prefectures, List<LearnedWord> vocabulary) {
    }

    public Reference reference() {
        return store.read(h -> new Reference(repos.reference().provinceResolver(h), repos.reference().provinceAliases(h),
                repos.partners().resolver(h), repos.reference().prefectures(h), repos.vocabulary().all(h)));
    }

    /** The meeting an article (by its source id) is already stored with. */
    public Optional<String> meetingOfSource(String sourceId) {
        return store.read(h -> h.createQuery("SELECT meeting_id FROM meeting_source WHERE source_id = ?")
                .bind(0, sourceId).mapTo(String.class).findFirst());
    }

    public List<Person> persons() {
        return store.read(repos.persons()::all);
    }

    /** Every meeting of a province (predecessors included) with a partner, newest first. */
    public List<Meeting> history(String provinceId, String partnerId) {
        return store.read(h -> repos.meetings().history(h, provinceId, partnerId));
    }

    /** Meeting ids already taken that start with the prefix. */
    public Set<String> meetingIdsStartingWith(String prefix) {
        return new HashSet<>(store.read(h -> h.createQuery("SELECT id FROM meeting WHERE substr(id, 1, ?) = ?")
                .bind(0, prefix.length()).bind(1, prefix).mapTo(String.class).list()));
    }

    /** What the pair already holds, so that a second report of a meeting adds nothing twice. */
    public record PairRecords(List<vn.protocolbrief.domain.Agreement> agreements,
                              List<vn.protocolbrief.domain.AidProject> aid, List<vn.protocolbrief.domain.KeyFigure> figures,
                              List<vn.protocolbrief.domain.LocalityLink> links) {
    }

    public PairRecords pair(String provinceId, String partnerId) {
        return store.read(h -> new PairRecords(repos.agreements().forProvince(h, provinceId, partnerId),
                repos.aidProjects().forProvince(h, provinceId, partnerId), repos.keyFigures().forProvince(h, provinceId),
                repos.localityLinks().forProvince(h, provinceId)));
    }

    /** Writes a draft's records (and what review taught) in one transaction. */
    public void save(Archive archive) {
        new ArchiveService(store).importArchive(archive);
    }

    /**
     * What saving a draft reads and writes, all inside one write transaction: two imports of reports of the
     * same meeting at once cannot both find it missing and make twins; the second waits and finds the first's.
     */
    public interface Transaction {
        Optional<String> meetingOfSource(String sourceId);

        List<Person> persons();

        List<Meeting> history(String provinceId, String partnerId);

        Set<String> meetingIdsStartingWith(String prefix);

        PairRecords pair(String provinceId, String partnerId);

        void save(Archive archive);

        /** Who reviewed a stored meeting, if anyone has. */
        Optional<vn.protocolbrief.domain.MeetingReview> review(String meetingId);

        /** The commitments a stored meeting holds (a merge adds none twice). */
        List<vn.protocolbrief.domain.Commitment> commitments(String meetingId);

        /** The thanks a stored meeting holds (a merge adds none twice). */
        List<vn.protocolbrief.domain.Thanks> thanks(String meetingId);
    }

    public <T> T inOneTransaction(java.util.function.Function<Transaction, T> work) {
        return store.write(h -> work.apply(new Transaction() {
            @Override
            public Optional<String> meetingOfSource(String sourceId) {
                return h.createQuery("SELECT meeting_id FROM meeting_source WHERE source_id = ?").bind(0, sourceId)
                        .mapTo(String.class).findFirst();
            }

            @Override
            public List<Person> persons() {
                return repos.persons().all(h);
            }

            @Override
            public List<Meeting> history(String provinceId, String partnerId) {
                return repos.meetings().history(h, provinceId, partnerId);
            }

            @Override
            public Set<String> meetingIdsStartingWith(String prefix) {
                return new HashSet<>(h.createQuery("SELECT id FROM meeting WHERE substr(id, 1, ?) = ?")
                        .bind(0, prefix.length()).bind(1, prefix).mapTo(String.class).list());
            }

            @Override
            public PairRecords pair(String provinceId, String partnerId) {
                return new PairRecords(repos.agreements().forProvince(h, provinceId, partnerId),
                        repos.aidProjects().forProvince(h, provinceId, partnerId), repos.keyFigures().forProvince(h, provinceId),
                        repos.localityLinks().forProvince(h, provinceId));
            }

            @Override
            public void save(Archive archive) {
                // An article's records are logged row by row: an undo of an earlier change by hand then sees what
                // the article added (a merge's requests) and leaves it, or refuses when it depends on it.
                var before = changes.before(h, RecordRows.refsOf(archive));
                new ArchiveService(store).importInto(h, archive);
                Meeting m = archive.meetings().isEmpty() ? null : archive.meetings().get(0);
                boolean merged = m != null && !before.of(new RecordRows.Ref("meeting", m.id())).isEmpty();
                changes.record(h, before, store.actor(), merged ? "merge" : "import", m == null ? "source" : "meeting",
                        m == null ? "" : m.id(), m == null ? "" : m.title());
            }

            @Override
            public Optional<vn.protocolbrief.domain.MeetingReview> review(String meetingId) {
                return new MeetingReviewRepository().byMeeting(h, meetingId);
            }

            @Override
            public List<vn.protocolbrief.domain.Commitment> commitments(String meetingId) {
                return new CommitmentRepository().forMeeting(h, meetingId);
            }

            @Override
            public List<vn.protocolbrief.domain.Thanks> thanks(String meetingId) {
                return new ThanksRepository().forMeeting(h, meetingId);
            }
        }));
    }

    public List<LearnedWord> vocabulary() {
        return store.read(repos.vocabulary()::all);
    }

    /** Adds or replaces one learned word. */
    public void learn(LearnedWord word) {
        store.write(h -> {
            repos.vocabulary().upsert(h, word);
            return null;
        });
    }

    /** True when there was such a word to forget. */
    public boolean forget(LearnedWord.Kind kind, String phrase) {
        return store.write(h -> repos.vocabulary().remove(h, kind, phrase));
    }
}

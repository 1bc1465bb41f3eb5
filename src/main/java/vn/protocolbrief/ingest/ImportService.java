package vn.protocolbrief.ingest;

import java.util.List;
import vn.protocolbrief.domain.LearnedWord;
import vn.protocolbrief.store.ImportRecords;

/**
 * From article to draft, and from a reviewed draft to stored records: the meeting with its source (the
 * article text), people, partner, requests, agreements, aid, gifts and figures, in one transaction. The same
 * article twice is recognised by its text; a second article about a stored meeting is offered as a merge, and a
 * merge adds only what the meeting does not hold yet. What the officer corrected in review is kept as the
 * office's own vocabulary for the next article.
 *
 * <p>This class holds what the window and the command line call and the extractor kept up to date; saving itself
 * is {@link DraftSaving} (with {@link AddedRecords} and {@link TitlesAndSummary}).
 */
public final class ImportService {
    private final ImportRecords records;
    private final vn.protocolbrief.store.Store store;
    private ImportRecords.Reference reference;
    private DraftExtractor extractor;
    /** Set only by the statement trainer: another model than the shipped one (null: the shipped one). */
    private StatementReading.Use statementReading;

    public ImportService(vn.protocolbrief.store.Store store) {
        this.records = new ImportRecords(store);
        this.store = store;
        refresh();
    }

    /** Reads the names and the vocabulary again: the next article may name a partner or use a word just saved. */
    private synchronized void refresh() {
        this.reference = records.reference();
        this.extractor = new DraftExtractor(reference.provinces(), reference.provinceAliases(), reference.partners(),
                reference.prefectures(), Vocabulary.of(reference.vocabulary()));
        if (statementReading != null) {
            extractor.readStatementsWith(statementReading);
        }
    }

    /**
     * Drafts read statements with this learned model after the rules from now on (null: the rules alone, the
     * default): for benchmark-import's measure of a model file.
     */
    public void readStatementsWithModel(StatementModel model, double veto, double add) {
        readStatementsWith(new StatementReading.Use(model, null, veto, add));
    }

    /** Drafts read statements with this model and observer from now on (the trainer's cross-validation). */
    synchronized void readStatementsWith(StatementReading.Use use) {
        this.statementReading = use;
        extractor.readStatementsWith(use);
    }

    /** The draft, its people matched to the stored ones they are. */
    public Draft draft(ArticleText article) {
        return PersonMatching.identify(extractor.extract(article), records.persons());
    }

    /** Only what the article says, any foreign party taken as the guest: for benchmark-import --any-partner. */
    Draft statementsWithAnyPartner(ArticleText article) {
        return extractor.statementsWithAnyPartner(article);
    }

    /**
     * A draft with nothing filled in but the article itself: for an article the importer refused that the
     * officer still wants to record.
     */
    public Draft emptyDraft(ArticleText article) {
        return extractor.empty(article);
    }

    /**
     * A meeting recorded by hand for a province and a partner: a draft with nothing else filled in and no article
     * yet (the officer gives the source: a publication, an address or the text).
     */
    public Draft handEntered(String provinceId, String provinceName, vn.protocolbrief.domain.Partner partner) {
        Draft.PartnerRef ref = partner == null ? null : new Draft.PartnerRef(partner.id(), partner.nameVi(),
                partner.nameEn(), partner.kind().id(), partner.prefectureCode(), null);
        return new Draft(null, "unknown", new Draft.Ref(provinceId, provinceName), provinceName, null, ref, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                java.util.Map.of(), java.util.Map.of(), new Draft.SourceDraft(null, "hand", null, null, null, null, ""), List.of(), List.of());
    }

    /** What saving did. */
    public record Saved(String status, String meetingId, String message, List<LearnedWord> learned) {
    }

    /** Saves a draft as it is (the command line, a folder): nobody has reviewed it. */
    public Saved save(Draft d, boolean merge) {
        return save(d, null, merge, null);
    }

    /**
     * Saves a reviewed draft; {@code proposed} is the draft as the importer made it, from which the corrections
     * the officer made are learned (null when nothing was reviewed). A draft reviewed field by field is saved as
     * reviewed by the store's officer ({@link vn.protocolbrief.store.Store#actor()}).
     */
    public Saved save(Draft d, Draft proposed, boolean merge) {
        return save(d, proposed, merge, proposed == null ? null : store.actor().name());
    }

    /** What the officer wrote of a meeting recorded by hand: its summary and outcome (either may be blank). */
    public record Notes(String summary, String outcome) {
        public static final Notes NONE = new Notes(null, null);
    }

    /** Saves a reviewed draft with the summary and outcome the officer wrote, in the same transaction. */
    public Saved saveWithNotes(Draft d, Draft proposed, boolean merge, Notes notes) {
        return save(d, proposed, merge, proposed == null ? null : store.actor().name(), notes);
    }

    /**
     * Saves a draft; {@code reviewedBy} names the person who read it against the article (null: nobody did, and the
     * meeting is unreviewed until someone does). A merge into a meeting nobody has reviewed leaves it unreviewed.
     */
    public Saved save(Draft d, Draft proposed, boolean merge, String reviewedBy) {
        return save(d, proposed, merge, reviewedBy, Notes.NONE);
    }

    private Saved save(Draft d, Draft proposed, boolean merge, String reviewedBy, Notes notes) {
        if (d.province() == null) {
            throw new ImportException(ImportException.Problem.NO_PROVINCE);
        }
        if (d.partner() == null || d.partner().id() == null && (d.partner().name() == null || d.partner().name().isBlank())) {
            throw new ImportException(ImportException.Problem.NO_PARTNER_CHOSEN);
        }
        String sourceId = DraftSaving.sourceId(d);
        Saved saved = records.inOneTransaction(tx -> new DraftSaving(reference).saveIn(tx, d, proposed, merge, sourceId,
                reviewedBy, notes == null ? Notes.NONE : notes));
        if (saved.status().equals("saved") || saved.status().equals("merged")) {
            refresh();
        }
        return saved;
    }
}

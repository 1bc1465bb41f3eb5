package vn.protocolbrief.domain;

import java.util.List;

/**
 * Everything a store holds besides its reference data: what export writes and import-json reads. The office's
 * vocabulary, the visits, the reviews, the commitments and the visits' meetings are optional in a file (exports made
 * before they existed have none). A meeting the file holds is reviewed exactly when {@code reviews} names it.
 * {@code englishRenderings}: the officer's English renderings of record text (optional too).
 * {@code sensitiveMarks}: the meetings marked sensitive (optional; a file without it marks none).
 * {@code store} and {@code versions}: the identity of the store exported from and each record's version in it, so that
 * an import into that store can tell a record changed there since (optional: older files and travel copies have none).
 * {@code postConfirmations}: officers' confirmations that posts still hold (optional: files before them have none).
 * {@code thanks}: the thanks said at the meetings (optional: files before they were kept have none).
 */
public record Archive(int format, List<Partner> partners, List<Person> persons, List<Source> sources,
                      List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aidProjects,
                      List<KeyFigure> keyFigures, List<LocalityLink> localityLinks, List<Sensitivity> sensitivities,
                      List<LearnedWord> vocabulary, List<Visit> visits, List<MeetingReview> reviews,
                      List<Commitment> commitments, List<VisitMeeting> visitMeetings,
                      List<EnglishRendering> englishRenderings, List<SensitiveMark> sensitiveMarks,
                      String store, List<RecordVersion> versions, List<PostConfirmation> postConfirmations,
                      List<Thanks> thanks) {
    public static final int FORMAT = 1;

    /** The records of an export made before thanks were kept. */
    public Archive(int format, List<Partner> partners, List<Person> persons, List<Source> sources,
                   List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aidProjects,
                   List<KeyFigure> keyFigures, List<LocalityLink> localityLinks, List<Sensitivity> sensitivities,
                   List<LearnedWord> vocabulary, List<Visit> visits, List<MeetingReview> reviews,
                   List<Commitment> commitments, List<VisitMeeting> visitMeetings,
                   List<EnglishRendering> englishRenderings, List<SensitiveMark> sensitiveMarks,
                   String store, List<RecordVersion> versions, List<PostConfirmation> postConfirmations) {
        this(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures, localityLinks,
                sensitivities, vocabulary, visits, reviews, commitments, visitMeetings, englishRenderings,
                sensitiveMarks, store, versions, postConfirmations, null);
    }

    /** The records of an export made before confirmations of posts were exported. */
    public Archive(int format, List<Partner> partners, List<Person> persons, List<Source> sources,
                   List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aidProjects,
                   List<KeyFigure> keyFigures, List<LocalityLink> localityLinks, List<Sensitivity> sensitivities,
                   List<LearnedWord> vocabulary, List<Visit> visits, List<MeetingReview> reviews,
                   List<Commitment> commitments, List<VisitMeeting> visitMeetings,
                   List<EnglishRendering> englishRenderings, List<SensitiveMark> sensitiveMarks,
                   String store, List<RecordVersion> versions) {
        this(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures, localityLinks,
                sensitivities, vocabulary, visits, reviews, commitments, visitMeetings, englishRenderings,
                sensitiveMarks, store, versions, null);
    }

    /** The records of an export made before records carried their versions. */
    public Archive(int format, List<Partner> partners, List<Person> persons, List<Source> sources,
                   List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aidProjects,
                   List<KeyFigure> keyFigures, List<LocalityLink> localityLinks, List<Sensitivity> sensitivities,
                   List<LearnedWord> vocabulary, List<Visit> visits, List<MeetingReview> reviews,
                   List<Commitment> commitments, List<VisitMeeting> visitMeetings,
                   List<EnglishRendering> englishRenderings, List<SensitiveMark> sensitiveMarks) {
        this(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures, localityLinks,
                sensitivities, vocabulary, visits, reviews, commitments, visitMeetings, englishRenderings,
                sensitiveMarks, null, null);
    }

    /** The same records with the store they were exported from and their versions there. */
    public Archive withVersions(String storeId, List<RecordVersion> recordVersions) {
        return new Archive(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures,
                localityLinks, sensitivities, vocabulary, visits, reviews, commitments, visitMeetings,
                englishRenderings, sensitiveMarks, storeId, recordVersions, postConfirmations, thanks);
    }

    /** The same records with these confirmations that posts still hold. */
    public Archive withPostConfirmations(List<PostConfirmation> confirmations) {
        return new Archive(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures,
                localityLinks, sensitivities, vocabulary, visits, reviews, commitments, visitMeetings,
                englishRenderings, sensitiveMarks, store, versions, confirmations, thanks);
    }

    /** The same records with these thanks. */
    public Archive withThanks(List<Thanks> said) {
        return new Archive(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures,
                localityLinks, sensitivities, vocabulary, visits, reviews, commitments, visitMeetings,
                englishRenderings, sensitiveMarks, store, versions, postConfirmations, said);
    }

    /** The records of an export made before meetings could be marked sensitive. */
    public Archive(int format, List<Partner> partners, List<Person> persons, List<Source> sources,
                   List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aidProjects,
                   List<KeyFigure> keyFigures, List<LocalityLink> localityLinks, List<Sensitivity> sensitivities,
                   List<LearnedWord> vocabulary, List<Visit> visits, List<MeetingReview> reviews,
                   List<Commitment> commitments, List<VisitMeeting> visitMeetings,
                   List<EnglishRendering> englishRenderings) {
        this(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures, localityLinks,
                sensitivities, vocabulary, visits, reviews, commitments, visitMeetings, englishRenderings, null, null,
                null);
    }

    /** The records of an export made before English renderings were kept. */
    public Archive(int format, List<Partner> partners, List<Person> persons, List<Source> sources,
                   List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aidProjects,
                   List<KeyFigure> keyFigures, List<LocalityLink> localityLinks, List<Sensitivity> sensitivities,
                   List<LearnedWord> vocabulary, List<Visit> visits, List<MeetingReview> reviews,
                   List<Commitment> commitments, List<VisitMeeting> visitMeetings) {
        this(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures, localityLinks,
                sensitivities, vocabulary, visits, reviews, commitments, visitMeetings, null, null);
    }

    /** The records of an export made before commitments and visits' meetings were kept. */
    public Archive(int format, List<Partner> partners, List<Person> persons, List<Source> sources,
                   List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aidProjects,
                   List<KeyFigure> keyFigures, List<LocalityLink> localityLinks, List<Sensitivity> sensitivities,
                   List<LearnedWord> vocabulary, List<Visit> visits, List<MeetingReview> reviews) {
        this(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures, localityLinks,
                sensitivities, vocabulary, visits, reviews, null, null, null, null);
    }

    /** The records of an export made before reviews were kept: every meeting in it is unreviewed. */
    public Archive(int format, List<Partner> partners, List<Person> persons, List<Source> sources,
                   List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aidProjects,
                   List<KeyFigure> keyFigures, List<LocalityLink> localityLinks, List<Sensitivity> sensitivities,
                   List<LearnedWord> vocabulary, List<Visit> visits) {
        this(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures, localityLinks,
                sensitivities, vocabulary, visits, null, null, null, null, null);
    }

    /** The records of an export made before visits were kept. */
    public Archive(int format, List<Partner> partners, List<Person> persons, List<Source> sources,
                   List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aidProjects,
                   List<KeyFigure> keyFigures, List<LocalityLink> localityLinks, List<Sensitivity> sensitivities,
                   List<LearnedWord> vocabulary) {
        this(format, partners, persons, sources, meetings, agreements, aidProjects, keyFigures, localityLinks,
                sensitivities, vocabulary, null, null, null, null, null, null);
    }

    public Archive {
        partners = Lists.copy(partners, "partners");
        persons = Lists.copy(persons, "persons");
        sources = Lists.copy(sources, "sources");
        meetings = Lists.copy(meetings, "meetings");
        agreements = Lists.copy(agreements, "agreements");
        aidProjects = Lists.copy(aidProjects, "aidProjects");
        keyFigures = Lists.copy(keyFigures, "keyFigures");
        localityLinks = Lists.copy(localityLinks, "localityLinks");
        sensitivities = Lists.copy(sensitivities, "sensitivities");
        vocabulary = Lists.copy(vocabulary, "vocabulary");
        visits = Lists.copy(visits, "visits");
        reviews = Lists.copy(reviews, "reviews");
        commitments = Lists.copy(commitments, "commitments");
        visitMeetings = Lists.copy(visitMeetings, "visitMeetings");
        englishRenderings = Lists.copy(englishRenderings, "englishRenderings");
        sensitiveMarks = Lists.copy(sensitiveMarks, "sensitiveMarks");
        versions = Lists.copy(versions, "versions");
        postConfirmations = Lists.copy(postConfirmations, "postConfirmations");
        thanks = Lists.copy(thanks, "thanks");
    }
}

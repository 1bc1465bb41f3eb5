package vn.protocolbrief.store;

/** The store's repositories, one per aggregate; stateless, so one set serves every caller. */
public record Repositories(ReferenceRepository reference, PartnerRepository partners, PersonRepository persons,
                           SourceRepository sources, MeetingRepository meetings, AgreementRepository agreements,
                           AidProjectRepository aidProjects, KeyFigureRepository keyFigures,
                           LocalityLinkRepository localityLinks, SensitivityRepository sensitivities,
                           SearchIndex search, BriefRecordRepository briefs, VocabularyRepository vocabulary,
                           VisitRepository visits) {
    public Repositories() {
        this(new ReferenceRepository(), new PartnerRepository(), new PersonRepository(), new SourceRepository(),
                new MeetingRepository(), new AgreementRepository(), new AidProjectRepository(),
                new KeyFigureRepository(), new LocalityLinkRepository(), new SensitivityRepository(),
                new SearchIndex(), new BriefRecordRepository(), new VocabularyRepository(), new VisitRepository());
    }
}

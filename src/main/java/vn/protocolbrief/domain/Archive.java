package vn.protocolbrief.domain;

import java.util.List;

/**
 * Everything a store holds besides its reference data: what export writes and import-json reads. The office's
 * vocabulary is optional in a file (exports made before it existed have none).
 */
public record Archive(int format, List<Partner> partners, List<Person> persons, List<Source> sources,
                      List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aidProjects,
                      List<KeyFigure> keyFigures, List<LocalityLink> localityLinks, List<Sensitivity> sensitivities,
                      List<LearnedWord> vocabulary) {
    public static final int FORMAT = 1;

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
    }
}

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
        partners = partners == null ? List.of() : List.copyOf(partners);
        persons = persons == null ? List.of() : List.copyOf(persons);
        sources = sources == null ? List.of() : List.copyOf(sources);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        aidProjects = aidProjects == null ? List.of() : List.copyOf(aidProjects);
        keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
        localityLinks = localityLinks == null ? List.of() : List.copyOf(localityLinks);
        sensitivities = sensitivities == null ? List.of() : List.copyOf(sensitivities);
        vocabulary = vocabulary == null ? List.of() : List.copyOf(vocabulary);
    }
}

package vn.protocolbrief.ingest;

import java.util.List;
import vn.protocolbrief.domain.VisitOutcome;

/**
 * Files a request typed by an officer (after a visit, in the window or with {@code visit done --request}) under the
 * same categories the importer gives a request it reads: the category keywords of assets/ingest. Nothing matched is
 * "other", as for an imported request.
 */
public final class RequestCategories {
    /** The categories a request's words name; "other" when none does. */
    public List<String> of(String text) {
        List<String> found = new RequestFinder(new Cues(IngestData.hasMarks(text))).categories(text);
        return found.isEmpty() ? List.of("other") : found;
    }

    /** The same outcome with every request that has no category filed by its words. */
    public VisitOutcome filed(VisitOutcome outcome) {
        List<VisitOutcome.Asked> asked = outcome.requests().stream()
                .map(a -> a.categories().isEmpty() ? a.withCategories(of(a.text())) : a).toList();
        return new VisitOutcome(outcome.visitId(), asked, outcome.commitments(), outcome.agreements(), outcome.gifts(),
                outcome.outcome());
    }
}

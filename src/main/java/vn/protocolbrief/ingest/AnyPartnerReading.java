package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * What an article says (requests with direction, commitments, agreements, thanks) read with any foreign party as the
 * other side: a measure of the statement reader on meetings with partners the importer refuses (a Korean delegation,
 * an embassy of another country). The grammar of asking and promising does not depend on the partner, so these
 * articles are text to measure the reader on that nobody tuned it for; so is the meeting's date, which the draft
 * carries too. Only benchmark-import calls this; the product still refuses such articles. "JP" in the result means the
 * guest's side, whoever it is; our side's officials are drafted as the importer reads them, for people and titles.
 */
final class AnyPartnerReading {
    private final PartnerFinder bodies;
    private final JapanesePeople japanese;
    private final VietnamesePeople vietnamese;
    private final PlaceFinder places;
    private final Japan japan;
    private final StatementReading.Use statementReading;

    AnyPartnerReading(PartnerFinder bodies, JapanesePeople japanese, VietnamesePeople vietnamese, PlaceFinder places,
                      Japan japan, StatementReading.Use statementReading) {
        this.bodies = bodies;
        this.japanese = japanese;
        this.vietnamese = vietnamese;
        this.places = places;
        this.japan = japan;
        this.statementReading = statementReading;
    }

    /** A draft holding only what was said; every foreign body, country and person named is the guest's side. */
    Draft read(ArticleText article) {
        ArticleCleaner.Clean clean = new ArticleCleaner().clean(article);
        List<Sentence> sentences = Sentences.of(clean.title(), clean.lines());
        if (sentences.isEmpty()) {
            throw new ImportException(ImportException.Problem.NO_TEXT, article.name());
        }
        Cues cues = new Cues(IngestData.hasMarks(article.text()));
        List<PartnerFinder.Candidate> found = bodies.find(sentences);
        List<ArticlePerson> people = ArticlePerson.gather(japanese.find(sentences), japanese);
        List<VietnamesePeople.Found> hosts = vietnamese.find(sentences).stream()
                .filter(f -> !f.national() && !f.mentionedOnly()).toList();
        List<PlaceFinder.Mention> placeMentions = places.mentions(sentences, List.of());
        RequestFinder.Sides own = RequestFinder.Sides.of(cues, people, null, found, hosts, placeMentions);
        Set<String> guest = new HashSet<>(own.japanese());
        guest.addAll(own.foreign());
        // The countries the text names are the guest's side too ("phía Hàn Quốc", "doanh nghiệp Úc").
        for (String country : IngestData.get().foreignCountries) {
            String k = cues.k(country);
            if (country.length() > 4 && sentences.stream().anyMatch(s -> Cues.indexOfWord(cues.k(s.text()), k) >= 0)) {
                guest.add(k);
            }
        }
        guest.removeIf(w -> w.isBlank() || own.vietnamese().contains(w));
        RequestFinder.Sides sides = new RequestFinder.Sides(own.vietnamese(), guest, Set.of());
        List<Sentence> body = sentences.stream().filter(Sentence::body).toList();
        StatementFinder.Statements said = new StatementFinder(cues, japan, statementReading).find(body, sides);
        Integer year = clean.published() == null ? null : clean.published().yearValue();
        List<Draft.AgreementDraft> agreements = new ArrayList<>(new FactFinder(cues).agreements(sentences, year).atMeeting());
        Set<String> signedIn = new HashSet<>();
        agreements.forEach(a -> signedIn.add(a.evidence()));
        said.agreements().stream().filter(a -> !signedIn.contains(a.evidence())).forEach(agreements::add);
        // Our side's people and posts as the importer reads them (a measure of people and titles on these texts too);
        // the guests' people are not read: their names are not Japanese.
        List<Draft.PersonRef> ours = OurSide.refs(OurSide.officials(hosts, Set.of()), null);
        // The meeting's date does not depend on the partner either: scored on these articles too.
        DateFinder.Found date = new DateFinder().find(sentences, clean.published());
        return new Draft(date.date().iso(), date.date().precision().name().toLowerCase(java.util.Locale.ROOT), null, null,
                null, null, null, List.of(), ours, said.requests(), agreements,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), null,
                said.commitments(), said.thanks());
    }

}

package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.ProvinceResolver;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.PartnerRef;
import vn.protocolbrief.ingest.Draft.PersonRef;
import vn.protocolbrief.ingest.PartnerFinder.Candidate;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * Turns an article into a draft meeting, entities first: one pass spots every province, Japanese body,
 * person, date and amount in the whole text (headline included); then the province, the partner and the
 * leader are chosen by weighing their mentions (the headline and lead weigh more; so do a delegation's or a
 * reception's words around them, and a person's title naming the body), each with a confidence. A meeting
 * with a Japanese party is always drafted, with warnings for what is missing; only what is not a province
 * meeting a Japanese partner is refused. Offline and deterministic; every vocabulary is a data file or the
 * office's own, learned from review.
 */
public final class DraftExtractor {
    private final ProvinceResolver provinces;
    private final NewsSites sites;
    private final List<Prefecture> prefectures;
    private final Japan japan;
    private final PlaceFinder places;
    private final PartnerFinder bodies;
    private final JapanesePeople japanese;
    private final VietnamesePeople vietnamese;
    /** "tiếp Phó Thống đốc …", "tiếp Tổng Giám đốc …": receiving someone named by a title ("tiếp tục" is not). */
    private static final java.util.regex.Pattern RECEIVES = java.util.regex.Pattern.compile("(?uU)(?<!\\p{L})tiếp\\s+\\p{Lu}");
    private final DateFinder dates = new DateFinder();
    private final IngestData data = IngestData.get();
    private final Affiliations affiliations;
    private final PartnerChoice partnerChoice;
    private final PartnerRefs partnerRefs;
    /**
     * The rules alone by default; a learned statement model only where a benchmark or the trainer asks for one (it did
     * not beat the rules on sets it was not trained on: ADR 0017).
     */
    private StatementReading.Use statementReading = StatementReading.Use.rulesAlone();

    /** The office's own words (see {@link Vocabulary}). */
    public DraftExtractor(ProvinceResolver provinces, Map<String, List<String>> provinceAliases, PartnerResolver partners,
                          List<Prefecture> prefectures, Vocabulary vocabulary) {
        this.provinces = provinces;
        this.prefectures = prefectures;
        this.japan = new Japan(prefectures, provinces.provinces());
        this.places = new PlaceFinder(provinces, provinceAliases);
        this.sites = new NewsSites(provinces.provinces());
        this.bodies = new PartnerFinder(partners, japan, vocabulary.partnerNames());
        this.japanese = new JapanesePeople(japan, vocabulary.nameParts(), vocabulary.titles());
        this.vietnamese = new VietnamesePeople(japan);
        this.affiliations = new Affiliations(japanese);
        this.partnerChoice = new PartnerChoice(partners, japanese);
        this.partnerRefs = new PartnerRefs(partners);
    }

    /** Another statement model (or none, or an observer of its features): for training and cross-validation. */
    void readStatementsWith(StatementReading.Use use) {
        this.statementReading = use;
    }

    /**
     * Every Japanese party named only in sentences of what is yet to happen ("Khi đến Nhật Bản, đoàn sẽ tham gia … do
     * … phối hợp với chính quyền tỉnh X tổ chức"): the article prepares a meeting, it does not tell one. A sentence
     * that tells a reception is told, whatever it quotes ("… tiếp ông A, Trưởng đại diện JICA: Sẽ …").
     */
    private static boolean onlyPlanned(List<Sentence> sentences, List<ArticlePerson> people, List<Candidate> jpBodies,
                                       Weighing weigh) {
        Set<Integer> japanese = new HashSet<>();
        people.forEach(p -> p.mentions.forEach(m -> japanese.add(m.sentence())));
        jpBodies.forEach(c -> c.mentions.forEach(m -> japanese.add(m.sentence())));
        return !japanese.isEmpty() && japanese.stream().map(sentences::get)
                .allMatch(s -> MeetingSigns.PLANNED.matcher(s.text()).find() && !weigh.hasCue(s.text(), "meeting") && !RECEIVES.matcher(s.text()).find());
    }

    /** A speech verb opening what follows a sentence's subject ("… đánh giá cao", "… khẳng định"). */
    private static final java.util.regex.Pattern SAYS = java.util.regex.Pattern.compile(
            "^\\s*(?:(?:da|cung|con|thi)\\s+)?(?:khang dinh|cho biet|nhan manh|chia se|phat bieu|noi|cam on|bay to|danh gia"
            + "|thong tin|de nghi|mong muon)\\b");
    /** A subject opening its sentence: a title of a few words, no clause before it. */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile("(?uU)^[^,.;:!?()]{0,80}$");

    /**
     * Both sides speak, each as the subject of its own sentence (the Japanese guest appreciates, the province's
     * official affirms): the article reports their talk though it names no reception. A plain rule of a reported
     * exchange; a sentence must open with the speaker, so a person only mentioned inside another's words does not count.
     */
    private static boolean exchange(List<Sentence> sentences, List<ArticlePerson> people, List<VietnamesePeople.Found> vnFound) {
        boolean japaneseSays = people.stream().filter(p -> !p.deceased).flatMap(p -> p.mentions.stream()).anyMatch(f -> {
            String text = sentences.get(f.sentence()).text();
            int start = f.titleStart() >= 0 ? Math.min(f.start(), f.titleStart()) : f.start();
            return OPENING.matcher(text.substring(0, start)).matches() && start <= 40
                    && SAYS.matcher(Text.key(text.substring(f.end()))).find();
        });
        if (!japaneseSays) {
            return false;
        }
        return vnFound.stream().filter(f -> !f.national() && !f.mentionedOnly()).anyMatch(f -> {
            String text = sentences.get(f.sentence()).text();
            int end = f.start() + f.name().length();
            return end <= text.length() && OPENING.matcher(text.substring(0, f.start())).matches()
                    && text.substring(f.start(), end).equals(f.name())
                    && SAYS.matcher(Text.key(text.substring(end))).find();
        });
    }

    /** A draft of the article with no fields filled in: the officer records what the importer could not. */
    public Draft empty(ArticleText article) {
        ArticleCleaner.Clean clean = new ArticleCleaner().clean(article);
        Draft.SourceDraft source = sites.source(article, clean);
        return new Draft(null, "unknown", null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(Warning.of("empty_draft")), Map.of(), Map.of(), source, List.of(), List.of());
    }

    /** What an article says, read with any foreign party as the guest: benchmark-import's measure ({@link AnyPartnerReading}). */
    Draft statementsWithAnyPartner(ArticleText article) {
        return new AnyPartnerReading(bodies, japanese, vietnamese, places, japan, statementReading).read(article);
    }

    public Draft extract(ArticleText article) {
        ArticleCleaner.Clean clean = new ArticleCleaner().clean(article);
        List<Sentence> sentences = Sentences.of(clean.title(), clean.lines());
        if (sentences.isEmpty()) {
            throw new ImportException(ImportException.Problem.NO_TEXT, article.name());
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        Cues cues = new Cues(IngestData.hasMarks(article.text()));
        Weighing weigh = new Weighing(cues, japanese);

        // ---- every entity, once
        List<Candidate> found = bodies.find(sentences);
        List<Candidate> jpBodies = found.stream().filter(Candidate::japanese).toList();
        List<Candidate> foreign = found.stream().filter(c -> !c.japanese()).toList();
        List<ArticlePerson> people = ArticlePerson.gather(japanese.find(sentences), japanese);
        List<VietnamesePeople.Found> vnFound = vietnamese.find(sentences);
        List<PlaceFinder.Span> partnerSpans = new ArrayList<>();
        for (Candidate c : jpBodies) {
            if (c.kind == PartnerKind.CONSULATE_GENERAL || c.kind == PartnerKind.EMBASSY) {
                c.mentions.forEach(m -> partnerSpans.add(new PlaceFinder.Span(m.sentence(), m.start(), m.end())));
            } else {
                // Only the end of any other body's name: "JETRO tại Hà Nội" names its seat after it.
                c.mentions.forEach(m -> partnerSpans.add(new PlaceFinder.Span(m.sentence(), m.end(), m.end())));
            }
        }
        for (ArticlePerson p : people) {
            for (JapanesePeople.Found f : p.mentions) {
                if (f.titleStart() >= 0) {
                    String t = f.title() == null ? "" : Text.fold(f.title());
                    if (t.contains("lanh su") || t.contains("dai su")) {
                        partnerSpans.add(new PlaceFinder.Span(f.sentence(), f.titleStart(), f.titleEnd()));
                    }
                }
            }
        }
        List<PlaceFinder.Mention> placeMentions = places.mentions(sentences, partnerSpans);

        // ---- is this a meeting with a Japanese party at all?
        List<MeetingSigns.Party> parties = MeetingSigns.parties(people, jpBodies, vnFound, placeMentions);
        boolean meeting = sentences.stream().anyMatch(s -> weigh.hasCue(s.text(), "meeting")
                || RECEIVES.matcher(s.text()).find()) || MeetingSigns.encounter(sentences, parties)
                || exchange(sentences, people, vnFound) || MeetingSigns.atOneEvent(sentences, parties, cues);
        List<ArticlePerson> living = people.stream().filter(p -> !p.deceased && !ReportedSpeech.only(p, sentences)).toList();
        if (MeetingSigns.anotherCountryOnly(foreign, article.text())) {
            throw new ImportException(ImportException.Problem.FOREIGN, article.name(), foreign.get(0).country);
        }
        if (jpBodies.isEmpty() && living.isEmpty()) {
            if (!foreign.isEmpty()) {
                throw new ImportException(ImportException.Problem.FOREIGN, article.name(), foreign.get(0).country);
            }
            throw new ImportException(ImportException.Problem.NO_PARTNER, article.name());
        }
        if (!meeting || onlyPlanned(sentences, living, jpBodies, weigh)) {
            throw new ImportException(ImportException.Problem.NO_MEETING, article.name());
        }

        // ---- the partner and the leader, each weighed with the other
        weigh.score(jpBodies, sentences);
        weigh.score(foreign, sentences);
        for (ArticlePerson p : living) {
            p.body = affiliations.of(p, jpBodies);
            p.bodyInTitle = p.body != null && p.body == Affiliations.namedInTitle(p, jpBodies);
            p.score = weigh.leaderScore(p, sentences);
        }
        ArticlePerson head = living.stream().max(Comparator.comparingDouble((ArticlePerson p) -> p.score)).orElse(null);
        if (head != null && head.body != null) {
            head.body.score += 4;
        }
        List<Candidate> ranked = new ArrayList<>(jpBodies);
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(Candidate::firstSentence));
        Candidate partner = partnerChoice.choose(ranked, head);
        double bestForeign = foreign.stream().mapToDouble(c -> c.score).max().orElse(0);
        if (partner != null && bestForeign > 2 * partner.score + 2 && living.isEmpty()) {
            Candidate f = foreign.stream().max(Comparator.comparingDouble((Candidate c) -> c.score)).orElseThrow();
            throw new ImportException(ImportException.Problem.FOREIGN, article.name(), f.country);
        }
        PartnerRef partnerRef = null;
        if (partner == null) {
            warnings.add(Warning.of("no_partner"));
        } else {
            Candidate chosenPartner = partner;
            Candidate runnerUp = ranked.stream().filter(c -> c != chosenPartner).findFirst().orElse(null);
            double second = runnerUp != null ? runnerUp.score : 0;
            confidence.put("partner", round(partner.score / (partner.score + second)));
            partnerRef = partnerRefs.of(partner);
            evidence.put("partner", sentences.get(partner.mentions.stream().filter(m -> m.weight() > 0)
                    .findFirst().orElse(partner.mentions.get(0)).sentence()).text());
            warnings.addAll(partner.warnings);
            if (partner.kind == PartnerKind.CONSULATE_GENERAL && partner.known == null) {
                warnings.add(Warning.of("consulate_guess"));
            }
            if (second > 0 && partner.score < second * 1.25) {
                warnings.add(Warning.of("partner_unsure", runnerUp.nameVi));
            }
        }
        Candidate chosen = partner;
        List<ArticlePerson> ofPartner = new ArrayList<>(living);
        ofPartner.sort(Comparator.comparingDouble((ArticlePerson p) -> -(p.score + (p.body != null && p.body == chosen ? 3 : 0)
                - (p.body != null && chosen != null && p.body != chosen ? 2 : 0))));
        ArticlePerson leader = ofPartner.isEmpty() ? null : ofPartner.get(0);
        PersonRef leaderRef = null;
        if (leader == null) {
            warnings.add(Warning.of("no_leader"));
        } else {
            leaderRef = leader.ref("leader");
            evidence.put("leader", leader.first().evidence());
            double second = ofPartner.size() > 1 ? ofPartner.get(1).score : 0;
            confidence.put("leader", round(leader.score / (leader.score + Math.max(0, second))));
            if (!leader.sure && leader.given != null) {
                warnings.add(Warning.of("name_order", leaderRef.name()));
            }
            if (leader.syllables) {
                warnings.add(Warning.of("vn_spelling", leaderRef.name()));
            } else if (!Romaji.is(leader.family) || leader.given != null && !Romaji.is(leader.given)) {
                warnings.add(Warning.of("name_spelling", leaderRef.name()));
            }
        }
        List<PersonRef> members = new ArrayList<>();
        Set<String> otherPartners = new LinkedHashSet<>();
        for (ArticlePerson p : ofPartner) {
            if (p == leader) {
                continue;
            }
            if (Affiliations.ofAnotherPartner(p, chosen, leader)) {
                // "ông X, Thống đốc tỉnh Ibaraki" at a consulate's conference: a guest of his own, not a member.
                otherPartners.add(p.body.nameVi);
            } else {
                members.add(p.ref("member"));
            }
        }
        if (!otherPartners.isEmpty()) {
            warnings.add(Warning.of("several_partners", String.join("; ", otherPartners)));
        }

        // ---- the province, and whether this is a province's meeting at all
        PlaceFinder.Mention main = PlaceFinder.main(placeMentions);
        Set<Integer> elsewhere = OtherMeetings.sentences(placeMentions, main, vnFound);
        List<VietnamesePeople.Found> officials = OurSide.officials(vnFound, elsewhere);
        PartnerStaff.Split split = PartnerStaff.split(officials, partner, leader);
        members.addAll(split.staff());
        List<VietnamesePeople.Found> hosts = split.ours();
        if (weigh.nationalLevel(hosts, placeMentions, sentences)) {
            throw new ImportException(ImportException.Problem.NATIONAL, article.name(), hosts.stream()
                    .filter(VietnamesePeople.Found::national).findFirst().map(h -> h.title() + " " + h.name())
                    .orElse("no province"));
        }
        Draft.Ref province = null;
        String asWritten = null;
        String venue = null;
        if (main == null) {
            warnings.add(Warning.of("no_province"));
        } else {
            province = new Draft.Ref(main.province().id(), main.province().nameVi());
            asWritten = main.asWritten();
            evidence.put("province", main.evidence());
            confidence.put("province", round(PlaceFinder.confidence(placeMentions, main)));
            PlaceFinder.Mention held = PlaceFinder.venue(placeMentions.stream()
                    .filter(m -> !elsewhere.contains(m.sentence())).toList(), main, sentences);
            if (held != null) {
                venue = held.asWritten();
                evidence.put("venue", held.evidence());
            }
            if (partnerRef != null && partner.kind == PartnerKind.CONSULATE_GENERAL && partner.known == null) {
                partnerRef = partnerRefs.consulateFor(main.province().id(), partnerRef);
            }
        }

        // Our delegation received by the partner (see OurDelegation): its head leads ours, and the partner's place is the venue.
        String ourHead = OurDelegation.head(sentences, vnFound, living);
        venue = venue != null || main == null ? venue : JapaneseVenue.find(sentences, japan, ourHead == null ? null : partnerRef);
        // ---- date
        DateFinder.Found date = dates.find(sentences, clean.published());
        if (date.evidence() != null) {
            evidence.put("date", date.evidence());
        }
        warnings.addAll(date.warnings());

        // ---- what was asked, signed, given
        List<Sentence> body = sentences.stream().filter(Sentence::body).toList();
        RequestFinder.Sides sides = RequestFinder.Sides.of(cues, living, partner, foreign, hosts, placeMentions);
        FactFinder facts = new FactFinder(cues);
        FigureFinder figureFinder = new FigureFinder(cues, japan);
        StatementFinder.Statements said = new StatementFinder(cues, japan, statementReading).find(body, sides);
        List<Draft.RequestDraft> requests = said.requests();
        Integer year = date.date().yearValue() != null ? date.date().yearValue()
                : clean.published() == null ? null : clean.published().yearValue();
        var agreements = facts.agreements(sentences, year);
        // What both sides agreed aloud, unless that sentence's signed document already stands for it.
        List<Draft.AgreementDraft> atMeeting = new ArrayList<>(agreements.atMeeting());
        Set<String> signedIn = new HashSet<>();
        java.util.stream.Stream.concat(agreements.atMeeting().stream(), agreements.earlier().stream())
                .forEach(x -> signedIn.add(x.evidence()));
        said.agreements().stream().filter(x -> !signedIn.contains(x.evidence())).forEach(atMeeting::add);
        var aid = figureFinder.aid(sentences);
        Set<String> aidEvidence = new HashSet<>();
        aid.forEach(a -> aidEvidence.add(a.evidence()));
        var figures = figureFinder.figures(body, aidEvidence, placeMentions.stream()
                .filter(m -> main != null && m.province().id().equals(main.province().id())).map(m -> m.asWritten())
                .toList());
        List<PersonRef> allPeople = new ArrayList<>();
        if (leaderRef != null) {
            allPeople.add(leaderRef);
        }
        allPeople.addAll(members);
        List<PersonRef> hostRefs = OurSide.refs(hosts, ourHead);
        // A town's officials received the partner, nobody of the province: the reviewer is told (ADR 0028).
        String town = main == null ? null : vn.protocolbrief.domain.PostLevel.heldBy(hostRefs.stream()
                .map(PersonRef::title).filter(java.util.Objects::nonNull).toList(),
                List.of(main.province().nameVi(), asWritten == null ? "" : asWritten));
        if (town != null) {
            warnings.add(Warning.of("town_side", town, main.province().nameVi()));
        }
        allPeople.addAll(hostRefs);
        var gifts = facts.gifts(sentences, allPeople, main == null ? List.of()
                : List.of(main.province().nameVi(), asWritten == null ? "" : asWritten));
        var localities = PartnerRefs.localities(jpBodies, partner, sentences);
        if (requests.isEmpty()) {
            warnings.add(Warning.of("no_request"));
        }
        Draft.SourceDraft source = sites.source(article, clean);
        return new Draft(date.date().iso(), date.date().precision().name().toLowerCase(Locale.ROOT), province, asWritten,
                venue, partnerRef, leaderRef, members, hostRefs, requests, atMeeting, agreements.earlier(), aid, gifts, figures, localities,
                dedupe(warnings), evidence, confidence, source, said.commitments(), said.thanks());
    }

    private static List<Warning> dedupe(List<Warning> warnings) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(warnings));
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0 : Math.round(v * 100) / 100.0;
    }
}

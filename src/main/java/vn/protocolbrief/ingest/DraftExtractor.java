package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.protocolbrief.domain.Partner;
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
    private final PartnerResolver partners;
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
    private final Map<String, String> consularDistricts;

    /** The office's own words (see {@link Vocabulary}). */
    public DraftExtractor(ProvinceResolver provinces, Map<String, List<String>> provinceAliases, PartnerResolver partners,
                          List<Prefecture> prefectures, Vocabulary vocabulary) {
        this.provinces = provinces;
        this.partners = partners;
        this.prefectures = prefectures;
        this.japan = new Japan(prefectures, provinces.provinces());
        this.places = new PlaceFinder(provinces, provinceAliases);
        this.bodies = new PartnerFinder(partners, japan, vocabulary.partnerNames());
        this.japanese = new JapanesePeople(japan, vocabulary.nameParts(), vocabulary.titles());
        this.vietnamese = new VietnamesePeople(japan);
        this.consularDistricts = consularDistricts();
    }

    /** A person the article names, all its mentions gathered. */
    private static final class Person {
        final List<JapanesePeople.Found> mentions = new ArrayList<>();
        String family;
        String given;
        String title;
        boolean sure;
        boolean deceased;
        boolean syllables;
        Candidate body;
        double score;

        JapanesePeople.Found first() {
            return mentions.get(0);
        }
    }

    /** A draft of the article with no fields filled in: the officer records what the importer could not. */
    public Draft empty(ArticleText article) {
        ArticleCleaner.Clean clean = new ArticleCleaner().clean(article);
        Draft.SourceDraft source = new Draft.SourceDraft(article.name(), article.format(), clean.title(),
                clean.publication(), clean.url(), clean.published() == null ? null : clean.published().iso(),
                article.text());
        return new Draft(null, "unknown", null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(Warning.of("empty_draft")), Map.of(), Map.of(), source);
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

        // ---- every entity, once
        List<Candidate> found = bodies.find(sentences);
        List<Candidate> jpBodies = found.stream().filter(Candidate::japanese).toList();
        List<Candidate> foreign = found.stream().filter(c -> !c.japanese()).toList();
        List<Person> people = people(japanese.find(sentences));
        List<VietnamesePeople.Found> vnFound = vietnamese.find(sentences);
        List<PlaceFinder.Span> partnerSpans = new ArrayList<>();
        for (Candidate c : jpBodies) {
            if (c.kind == PartnerKind.CONSULATE_GENERAL || c.kind == PartnerKind.EMBASSY) {
                c.mentions.forEach(m -> partnerSpans.add(new PlaceFinder.Span(m.sentence(), m.start(), m.end())));
            }
        }
        for (Person p : people) {
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
        boolean meeting = sentences.stream().anyMatch(s -> hasCue(cues, s.text(), "meeting")
                || RECEIVES.matcher(s.text()).find());
        List<Person> living = people.stream().filter(p -> !p.deceased).toList();
        if (jpBodies.isEmpty() && living.isEmpty()) {
            if (!foreign.isEmpty()) {
                throw new ImportException(ImportException.Problem.FOREIGN, article.name(), foreign.get(0).country);
            }
            throw new ImportException(ImportException.Problem.NO_PARTNER, article.name());
        }
        if (!meeting) {
            throw new ImportException(ImportException.Problem.NO_MEETING, article.name());
        }

        // ---- the partner and the leader, each weighed with the other
        score(jpBodies, sentences, cues);
        score(foreign, sentences, cues);
        for (Person p : living) {
            p.body = affiliation(p, jpBodies);
            p.score = leaderScore(p, sentences, cues);
        }
        Person head = living.stream().max(Comparator.comparingDouble((Person p) -> p.score)).orElse(null);
        if (head != null && head.body != null) {
            head.body.score += 4;
        }
        List<Candidate> ranked = new ArrayList<>(jpBodies);
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(Candidate::firstSentence));
        Candidate partner = ranked.isEmpty() ? null : ranked.get(0);
        // The delegation of "tỉnh Yamaguchi" led by the chair of its assembly is the assembly's; a place's
        // university or council led by its own head likewise.
        if (partner != null && head != null && head.body != null && head.body != partner && samePlace(head.body, partner)) {
            partner = head.body;
        }
        if (partner == null && head != null) {
            partner = fromTitle(head);
        }
        double bestForeign = foreign.stream().mapToDouble(c -> c.score).max().orElse(0);
        if (partner != null && bestForeign > 2 * partner.score + 2 && living.isEmpty()) {
            Candidate f = foreign.stream().max(Comparator.comparingDouble((Candidate c) -> c.score)).orElseThrow();
            throw new ImportException(ImportException.Problem.FOREIGN, article.name(), f.country);
        }
        PartnerRef partnerRef = null;
        if (partner == null) {
            warnings.add(Warning.of("no_partner"));
        } else {
            double second = ranked.size() > 1 ? ranked.get(1).score : 0;
            confidence.put("partner", round(partner.score / (partner.score + second)));
            partnerRef = partnerRef(partner, placeMentions);
            evidence.put("partner", sentences.get(partner.mentions.stream().filter(m -> m.weight() > 0)
                    .findFirst().orElse(partner.mentions.get(0)).sentence()).text());
            warnings.addAll(partner.warnings);
            if (partner.kind == PartnerKind.CONSULATE_GENERAL && partner.known == null) {
                warnings.add(Warning.of("consulate_guess"));
            }
            if (second > 0 && partner.score < second * 1.25) {
                warnings.add(Warning.of("partner_unsure", ranked.get(1).nameVi));
            }
        }
        Candidate chosen = partner;
        List<Person> ofPartner = new ArrayList<>(living);
        ofPartner.sort(Comparator.comparingDouble((Person p) -> -(p.score + (p.body != null && p.body == chosen ? 3 : 0)
                - (p.body != null && chosen != null && p.body != chosen ? 2 : 0))));
        Person leader = ofPartner.isEmpty() ? null : ofPartner.get(0);
        PersonRef leaderRef = null;
        if (leader == null) {
            warnings.add(Warning.of("no_leader"));
        } else {
            leaderRef = ref(leader);
            evidence.put("leader", leader.first().evidence());
            double second = ofPartner.size() > 1 ? ofPartner.get(1).score : 0;
            confidence.put("leader", round(leader.score / (leader.score + Math.max(0, second))));
            if (!leader.sure && leader.given != null) {
                warnings.add(Warning.of("name_order", leaderRef.name()));
            }
            if (leader.syllables) {
                warnings.add(Warning.of("vn_spelling", leaderRef.name()));
            }
        }
        List<PersonRef> members = new ArrayList<>();
        for (Person p : ofPartner) {
            if (p != leader) {
                members.add(ref(p));
            }
        }

        // ---- the province, and whether this is a province's meeting at all
        List<VietnamesePeople.Found> hosts = hosts(vnFound);
        PlaceFinder.Mention main = PlaceFinder.main(placeMentions);
        if (nationalLevel(hosts, placeMentions, sentences, cues)) {
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
            confidence.put("province", round(provinceConfidence(placeMentions, main)));
            venue = venue(placeMentions, main, evidence);
            if (partnerRef != null && partner.kind == PartnerKind.CONSULATE_GENERAL && partner.known == null) {
                partnerRef = consulateFor(main.province().id(), partnerRef);
            }
        }

        // ---- date
        DateFinder.Found date = dates.find(sentences, clean.published());
        if (date.evidence() != null) {
            evidence.put("date", date.evidence());
        }
        warnings.addAll(date.warnings());

        // ---- what was asked, signed, given
        List<Sentence> body = sentences.stream().filter(Sentence::body).toList();
        RequestFinder.Sides sides = sides(cues, living, partner, foreign, hosts, placeMentions);
        FactFinder facts = new FactFinder(cues);
        FigureFinder figureFinder = new FigureFinder(cues);
        List<Draft.RequestDraft> requests = new RequestFinder(cues).find(body, sides);
        Integer year = date.date().yearValue() != null ? date.date().yearValue()
                : clean.published() == null ? null : clean.published().yearValue();
        var agreements = facts.agreements(sentences, year);
        var aid = figureFinder.aid(body);
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
        List<PersonRef> hostRefs = hosts.stream().map(h -> new PersonRef(h.name(), h.family(), h.given(), "vn", h.title(),
                h.evidence())).toList();
        allPeople.addAll(hostRefs);
        var gifts = facts.gifts(sentences, allPeople);
        var localities = localities(jpBodies, partner, sentences);
        if (requests.isEmpty()) {
            warnings.add(Warning.of("no_request"));
        }
        Draft.SourceDraft source = new Draft.SourceDraft(article.name(), article.format(), clean.title(),
                clean.publication(), clean.url(), clean.published() == null ? null : clean.published().iso(),
                article.text());
        return new Draft(date.date().iso(), date.date().precision().name().toLowerCase(Locale.ROOT), province, asWritten,
                venue, partnerRef, leaderRef, members, hostRefs, requests, agreements.atMeeting(), agreements.earlier(), aid, gifts, figures, localities,
                dedupe(warnings), evidence, confidence, source);
    }

    /** The words naming each side: people, places, bodies (in the article's comparison form). */
    private static RequestFinder.Sides sides(Cues cues, List<Person> living, Candidate partner, List<Candidate> foreign,
                                             List<VietnamesePeople.Found> hosts, List<PlaceFinder.Mention> places) {
        Set<String> jp = new HashSet<>();
        living.forEach(p -> jp.add(cues.k(p.family)));
        if (partner != null) {
            if (partner.core != null) {
                jp.add(cues.k(partner.core));
            }
            for (String w : partner.nameVi.split("\\s+")) {
                if (w.matches("[A-Z][a-z]{3,}|[A-Z]{3,}")) {
                    jp.add(cues.k(w));
                }
            }
        }
        Set<String> vn = new HashSet<>();
        hosts.forEach(h -> vn.add(cues.k(h.name())));
        places.forEach(m -> {
            vn.add(cues.k(m.province().nameVi()));
            vn.add(cues.k(m.asWritten()));
        });
        Set<String> others = new HashSet<>();
        for (Candidate f : foreign) {
            for (String w : f.nameVi.split("\\s+")) {
                if (w.matches("\\p{Lu}[\\p{L}]+|[A-Z]{2,}") && !List.of("Thành", "Tổng", "Đại", "Hội", "Tập", "Công")
                        .contains(w) && !Text.key(w).equals("tinh")) {
                    others.add(cues.k(w));
                }
            }
        }
        return new RequestFinder.Sides(vn, jp, others);
    }

    private static List<Warning> dedupe(List<Warning> warnings) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(warnings));
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0 : Math.round(v * 100) / 100.0;
    }

    // ------------------------------------------------------------------ weighing

    private boolean hasCue(Cues cues, String text, String kind) {
        String key = cues.k(text);
        for (String c : cues.cues(kind)) {
            if (Cues.indexOfWord(key, c) >= 0) {
                // "tiếp tục", "tiếp nhận", "tiếp cận" are not receptions.
                return true;
            }
        }
        return false;
    }

    /**
     * A meeting of the central government, not of a province: a national post (a minister, the Prime Minister)
     * receives, and no province takes part — no provincial official, and provinces named only in passing
     * ("tại Hà Nội và TP Hồ Chí Minh"), not as a host ("UBND tỉnh …", "đoàn công tác tỉnh …").
     */
    private boolean nationalLevel(List<VietnamesePeople.Found> hosts, List<PlaceFinder.Mention> places,
                                  List<Sentence> sentences, Cues cues) {
        boolean provincialOfficial = hosts.stream().anyMatch(h -> !h.national());
        if (provincialOfficial) {
            return false;
        }
        boolean provinceTakesPart = places.stream().anyMatch(m -> !m.venue()
                && (m.weight() > sentences.get(m.sentence()).role().weight || sentences.get(m.sentence()).role()
                == Sentences.Role.HEADLINE));
        if (provinceTakesPart) {
            return false;
        }
        boolean nationalHost = hosts.stream().anyMatch(VietnamesePeople.Found::national);
        boolean nationalBody = sentences.stream().anyMatch(s -> hasCue(cues, s.text(), "national"));
        // An unnamed minister ("Bộ trưởng Bộ Ngoại giao tiếp …") in a capital named only as the venue is national too.
        return nationalHost || nationalBody && places.stream().allMatch(PlaceFinder.Mention::venue);
    }

    /** A body and the place it belongs to: "Hội đồng tỉnh Yamaguchi" and "tỉnh Yamaguchi", "Đại học Niigata" and "tỉnh Niigata". */
    private static boolean samePlace(Candidate specific, Candidate place) {
        if (place.kind != PartnerKind.PREFECTURE && place.kind != PartnerKind.MUNICIPALITY) {
            return false;
        }
        if (specific.kind == PartnerKind.PREFECTURE || specific.kind == PartnerKind.MUNICIPALITY) {
            return false;
        }
        String placeWord = place.core != null ? Romaji.reduce(place.core) : null;
        boolean sameCode = place.kind == PartnerKind.PREFECTURE && place.prefectureCode != null
                && place.prefectureCode.equals(specific.prefectureCode);
        boolean named = placeWord != null && Text.key(specific.nameVi).contains(placeWord);
        return sameCode || named;
    }

    /** Mentions weighed by where they stand; a mention a reception or a delegation's words point at counts more. */
    private void score(List<Candidate> candidates, List<Sentence> sentences, Cues cues) {
        for (Candidate c : candidates) {
            double s = 0;
            int cued = 0;
            Set<Integer> cuedSentences = new HashSet<>();
            for (PartnerFinder.Mention m : c.mentions) {
                Sentence sentence = sentences.get(m.sentence());
                s += m.weight() * sentence.role().weight * (secondary(sentence, cues) ? 0.5 : 1);
                if (m.weight() > 0 && cuedSentences.add(m.sentence()) && pointedAt(sentence, m.start(), cues) && cued < 3) {
                    cued++;
                }
            }
            c.score = s + cued * 1.5;
        }
    }

    /** "tiếp Đoàn công tác X", "làm việc với X", "đoàn X", "giữa … và X" before the mention. */
    private static boolean pointedAt(Sentence s, int start, Cues cues) {
        String before = cues.k(s.text().substring(Math.max(0, start - 60), start));
        for (String c : List.of("tiếp", "làm việc với", "hội đàm với", "hội kiến", "chào xã giao", "thăm xã giao",
                "gặp gỡ", "đoàn công tác", "đoàn đại biểu", "đoàn", "đón", "tiếp đón", "đón tiếp", "với", "giữa",
                "thăm", "chúc tết", "chúc mừng", "ký kết", "của")) {
            String k = cues.phrase(Text.lowerKey(c));
            if (before.endsWith(" " + k) || before.equals(k) || before.endsWith(" " + k + " " + cues.phrase("đoàn"))) {
                return true;
            }
        }
        return Cues.indexOfWord(before, cues.phrase("đoàn")) >= 0 && before.length() < 45;
    }

    private double leaderScore(Person p, List<Sentence> sentences, Cues cues) {
        double s = japanese.rank(p.title) / 2.0;
        double mentions = 0;
        boolean leads = false;
        for (JapanesePeople.Found f : p.mentions) {
            Sentence sentence = sentences.get(f.sentence());
            mentions += 0.5 * sentence.role().weight;
            String after = cues.k(sentence.text().substring(f.end(), Math.min(sentence.text().length(), f.end() + 110)));
            String before = cues.k(sentence.text().substring(Math.max(0, f.start() - 90), f.start()));
            for (String c : cues.cues("lead")) {
                if (Cues.indexOfWord(after, c) >= 0 || before.endsWith(" " + c) || before.endsWith(c)) {
                    leads = true;
                }
            }
            if (Cues.indexOfWord(before, cues.phrase("tiếp đoàn")) >= 0 || before.endsWith(cues.phrase("tiếp đoàn có"))) {
                leads = true;
            }
        }
        double score = s + Math.min(3, mentions) + (leads ? 4 : 0);
        // Named only in "Cùng ngày, … cũng làm việc với …": a second meeting of the day, not the one reported.
        boolean onlySecondary = p.mentions.stream().allMatch(f -> secondary(sentences.get(f.sentence()), cues));
        return onlySecondary ? score / 2 : score;
    }

    /** "Cùng ngày, tỉnh cũng làm việc với …", "Sau đó, đoàn đến thăm …": a further meeting, told after the main one. */
    private static boolean secondary(Sentence s, Cues cues) {
        if (s.role() == Sentences.Role.HEADLINE || s.role() == Sentences.Role.LEAD) {
            return false;
        }
        String key = cues.k(s.text());
        return cues.cues("secondary_opener").stream().anyMatch(c -> key.startsWith(c + " "))
                || cues.cues("secondary").stream().anyMatch(c -> Cues.indexOfWord(key, c) >= 0);
    }

    /** The body a person's title names, or the one of the kind the title implies ("Thống đốc" → a prefecture). */
    private Candidate affiliation(Person p, List<Candidate> candidates) {
        for (JapanesePeople.Found f : p.mentions) {
            if (f.titleStart() < 0) {
                continue;
            }
            for (Candidate c : candidates) {
                for (PartnerFinder.Mention m : c.mentions) {
                    if (m.sentence() == f.sentence() && m.start() >= f.titleStart() && m.start() < f.titleEnd()) {
                        return c;
                    }
                }
            }
        }
        String kind = japanese.kind(p.title);
        if (kind != null) {
            Candidate best = null;
            for (Candidate c : candidates) {
                if (c.kind.id().equals(kind) && (best == null || c.score > best.score)) {
                    best = c;
                }
            }
            return best;
        }
        return null;
    }

    /** A partner made from the leader's title when no body was named on its own ("Chủ tịch Công ty ABC"). */
    private Candidate fromTitle(Person head) {
        String kind = japanese.kind(head.title);
        if (kind == null || head.title == null) {
            return null;
        }
        PartnerKind k = PartnerKind.fromId(kind);
        if (k == PartnerKind.EMBASSY) {
            Optional<Partner> e = partners.partners().stream().filter(p -> p.kind() == PartnerKind.EMBASSY).findFirst();
            if (e.isPresent()) {
                Partner p = e.get();
                Candidate c = new Candidate(p.id(), p.kind(), p, p.name("vi"), p.nameEn(), null, null, null);
                c.mentions.add(new PartnerFinder.Mention(head.first().sentence(), head.first().start(), head.first().end(),
                        1, head.title));
                return c;
            }
        }
        return null;
    }

    private List<Person> people(List<JapanesePeople.Found> found) {
        List<Person> out = new ArrayList<>();
        for (JapanesePeople.Found f : found) {
            Person same = null;
            for (Person p : out) {
                if (samePerson(p, f)) {
                    same = p;
                    break;
                }
            }
            if (same == null) {
                same = new Person();
                same.family = f.family();
                same.given = f.given();
                out.add(same);
            }
            same.mentions.add(f);
            if (same.given == null && f.given() != null) {
                same.family = f.family();
                same.given = f.given();
            }
            same.sure |= f.sureOrder();
            same.deceased |= f.deceased();
            same.syllables |= f.syllables();
            if (f.sureOrder() && f.given() != null) {
                same.family = f.family();
                same.given = f.given();
            }
            if (f.title() != null && (same.title == null || japanese.rank(f.title()) > japanese.rank(same.title)
                    || japanese.rank(f.title()) == japanese.rank(same.title) && f.title().length() > same.title.length())) {
                same.title = f.title();
            }
        }
        return out;
    }

    /** One person under two spellings ("Hanazumi Hideio", "Hanazumi Hideyo") or in either order. */
    private static boolean samePerson(Person p, JapanesePeople.Found f) {
        String a = Romaji.reduce(p.family);
        String x = Romaji.reduce(f.family());
        if (p.given == null || f.given() == null) {
            // "ông Tanaka" is the Tanaka named in full, whichever came first.
            return a.equals(x) || p.given != null && Romaji.reduce(p.given).equals(x);
        }
        String b = Romaji.reduce(p.given);
        String y = Romaji.reduce(f.given());
        return a.equals(x) && Text.distance(b, y) <= 1 || a.equals(y) && b.equals(x)
                || Text.distance(a, x) <= 1 && b.equals(y);
    }

    /** Protocol order, the family name in capitals; a name in Vietnamese syllables as the text writes it. */
    private static PersonRef ref(Person p) {
        String name = p.given == null ? p.family.toUpperCase(Locale.ROOT)
                : p.syllables ? p.family + " " + p.given : p.family.toUpperCase(Locale.ROOT) + " " + p.given;
        return new PersonRef(name, p.family, p.given, "jp", p.title, p.first().evidence());
    }

    /** Vietnamese officials, most senior first, each once. */
    private static List<VietnamesePeople.Found> hosts(List<VietnamesePeople.Found> found) {
        Map<String, VietnamesePeople.Found> byName = new LinkedHashMap<>();
        for (VietnamesePeople.Found f : found) {
            VietnamesePeople.Found old = byName.get(Text.key(f.name()));
            if (old == null || f.title().length() > old.title().length()) {
                byName.put(Text.key(f.name()), old == null ? f : new VietnamesePeople.Found(old.sentence(), old.start(),
                        old.name(), old.family(), old.given(), f.title(), f.national(), old.evidence()));
            }
        }
        List<VietnamesePeople.Found> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparingInt((VietnamesePeople.Found f) -> VietnamesePeople.rank(f.title())));
        return out;
    }

    private static double provinceConfidence(List<PlaceFinder.Mention> mentions, PlaceFinder.Mention main) {
        double mine = 0;
        double other = 0;
        Map<String, Double> byProvince = new LinkedHashMap<>();
        for (PlaceFinder.Mention m : mentions) {
            byProvince.merge(m.province().id(), m.venue() ? m.weight() / 2 : m.weight(), Double::sum);
        }
        for (var e : byProvince.entrySet()) {
            if (e.getKey().equals(main.province().id())) {
                mine = e.getValue();
            } else {
                other = Math.max(other, e.getValue());
            }
        }
        return mine / (mine + other);
    }

    private PartnerRef partnerRef(Candidate c, List<PlaceFinder.Mention> places) {
        if (c.known != null) {
            Partner p = c.known;
            return new PartnerRef(p.id(), p.name("vi"), p.nameEn(), p.kind().id(), p.prefectureCode(), c.asWritten());
        }
        // A body the store already has under another of its names.
        Optional<Partner> known = partners.resolve(c.nameVi).filter(p -> p.kind() == c.kind);
        if (known.isEmpty() && c.nameEn != null) {
            known = partners.resolve(c.nameEn).filter(p -> p.kind() == c.kind);
        }
        if (known.isPresent()) {
            Partner p = known.get();
            return new PartnerRef(p.id(), p.name("vi"), p.nameEn(), p.kind().id(), p.prefectureCode(), c.asWritten());
        }
        return new PartnerRef(null, c.nameVi, c.nameEn, c.kind.id(), c.prefectureCode, c.asWritten());
    }

    /** A consulate-general the text does not place: the one whose district holds the province. */
    private PartnerRef consulateFor(String provinceId, PartnerRef guess) {
        String id = consularDistricts.getOrDefault(provinceId, "cg-ho-chi-minh");
        return partners.partners().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> new PartnerRef(p.id(), p.name("vi"), p.nameEn(), p.kind().id(), p.prefectureCode(),
                        guess.asWritten()))
                .orElse(guess);
    }

    private static Map<String, String> consularDistricts() {
        Map<String, String> out = new LinkedHashMap<>();
        for (var r : IngestData.csv("consular-districts.csv")) {
            out.put(r.get("province_id"), r.get("consulate_id"));
        }
        return out;
    }

    /** "… tại tỉnh Quảng Ninh" naming another unit than the meeting's: the meeting was held there. */
    private static String venue(List<PlaceFinder.Mention> mentions, PlaceFinder.Mention main, Map<String, String> evidence) {
        for (PlaceFinder.Mention m : mentions) {
            if (m.venue() && !m.province().id().equals(main.province().id())) {
                evidence.put("venue", m.evidence());
                return m.asWritten();
            }
        }
        return null;
    }

    /** Japanese prefectures and cities the article names besides the partner itself. */
    private List<Draft.LocalityDraft> localities(List<Candidate> jpBodies, Candidate partner, List<Sentence> sentences) {
        List<Draft.LocalityDraft> out = new ArrayList<>();
        for (Candidate c : jpBodies) {
            if (c == partner || c.kind != PartnerKind.PREFECTURE && c.kind != PartnerKind.MUNICIPALITY) {
                continue;
            }
            if (partner != null && c.known != null && partner.known != null && c.known.id().equals(partner.known.id())) {
                continue;
            }
            String id = c.known != null ? c.known.id() : null;
            String evidence = sentences.get(c.mentions.get(0).sentence()).text();
            out.add(new Draft.LocalityDraft(c.nameVi, id, c.kind.id(), evidence));
        }
        return out;
    }
}

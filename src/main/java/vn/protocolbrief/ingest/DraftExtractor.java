package vn.protocolbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.ProvinceResolver;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.PartnerRef;
import vn.protocolbrief.ingest.Draft.PersonRef;

/**
 * Turns an article into a draft meeting. Offline and deterministic: the gazetteers (provinces old and
 * new, prefectures, municipalities seen, partners), titles, cues and category words are data files.
 */
public final class DraftExtractor {
    private static final Pattern DELEGATION = Pattern.compile("(?iu)\\bđoàn\\s+(?:công tác\\s+)?(?:của\\s+)?"
            + "((?:Đại sứ quán|Tổng Lãnh sự quán|TP\\.?|thành phố|tỉnh|phủ|cơ quan|tổ chức|hiệp hội|trường|đại học)"
            + "[^,.;()]{2,70}|JICA|JETRO)(?:\\s*\\(([^)]{3,60})\\))?");
    private static final Pattern CITY = Pattern.compile("(?u)\\b(?:TP\\.?|[Tt]hành phố)\\s+([A-Z][a-z]{2,})\\b(?:\\s*\\(([^)]{3,60})\\))?");

    private final ProvinceResolver provinces;
    private final PartnerResolver partners;
    private final List<Prefecture> prefectures;
    private final PlaceFinder places;
    private final PeopleFinder people;
    private final DateFinder dates = new DateFinder();
    private static final Pattern PLACE_IN_TITLE = Pattern.compile("(?iu)(tỉnh|thành phố|TP\\.?)\\s+([A-Z][a-z]+)");
    private static final Pattern CITY_NAME = Pattern.compile("(?iu)^(?:TP\\.?|thành phố)\\s+([A-Z][a-z]{2,})$");
    private static final Pattern PREFECTURE_IN_PARENTHESIS = Pattern.compile("(?iu)tỉnh\\s+([A-Z][a-z]+)");

    private final Map<String, String> municipalities = new LinkedHashMap<>();
    /** Per prefecture, in the order of {@code prefectures}: its name, and its name as a city ("TP Nara"). */
    private final List<Pattern> prefectureNames = new ArrayList<>();
    private final List<Pattern> prefectureAsCity = new ArrayList<>();

    public DraftExtractor(ProvinceResolver provinces, Map<String, List<String>> provinceAliases, PartnerResolver partners,
                          List<Prefecture> prefectures) {
        this.provinces = provinces;
        this.partners = partners;
        this.prefectures = prefectures;
        this.places = new PlaceFinder(provinces, provinceAliases);
        for (Prefecture p : prefectures) {
            prefectureNames.add(Pattern.compile("\\b" + Pattern.quote(p.nameEn()) + "\\b"));
            prefectureAsCity.add(Pattern.compile("(?u)(TP\\.?|[Tt]hành phố)\\s+" + Pattern.quote(p.nameEn())));
        }
        loadMunicipalities();
        Set<String> placeKeys = new HashSet<>();
        provinces.provinces().forEach(p -> {
            placeKeys.add(Text.key(p.nameVi()));
            placeKeys.add(Text.key(p.nameVi()).replace(" ", ""));
            p.predecessors().forEach(o -> placeKeys.add(Text.key(o)));
        });
        prefectures.forEach(p -> placeKeys.add(p.nameEn().toLowerCase(Locale.ROOT)));
        municipalities.keySet().forEach(m -> placeKeys.add(m.toLowerCase(Locale.ROOT)));
        this.people = new PeopleFinder(placeKeys);
    }

    private void loadMunicipalities() {
        try (InputStream in = DraftExtractor.class.getResourceAsStream("/assets/ingest/japan-municipalities.csv")) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                municipalities.put(r.get("name_en"), r.get("prefecture_code"));
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The importer's municipality gazetteer is missing.", e);
        }
    }

    public Draft extract(ArticleText article) {
        ArticleCleaner.Clean clean = new ArticleCleaner().clean(article);
        List<String> paragraphs = new ArrayList<>(clean.paragraphs());
        if (clean.title() != null) {
            paragraphs.add(0, clean.title());
        }
        List<Sentences.Sentence> sentences = Sentences.split(paragraphs);
        List<Sentences.Sentence> body = Sentences.split(clean.paragraphs());
        Map<String, String> evidence = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();

        List<PersonRef> persons = people.find(sentences);
        List<PersonRef> jp = persons.stream().filter(p -> p.side().equals("jp")).sorted(PeopleFinder.bySeniority()).toList();
        List<PersonRef> vn = persons.stream().filter(p -> p.side().equals("vn")).sorted(PeopleFinder.bySeniority()).toList();
        PartnerRef partner = partner(sentences, jp, evidence);
        if (partner == null) {
            throw new ImportException(ImportException.Problem.NO_PARTNER, article.name());
        }
        Cues cues = new Cues(IngestData.hasMarks(article.text()));
        FactFinder facts = new FactFinder(cues);
        FigureFinder figuresFinder = new FigureFinder(cues);
        String allText = cues.k(String.join(" ", paragraphs));
        if (IngestData.get().cues("meeting").stream().map(cues::k).noneMatch(c -> Cues.indexOfWord(allText, c) >= 0)) {
            throw new ImportException(ImportException.Problem.NO_MEETING, article.name());
        }

        List<PlaceFinder.Mention> mentions = places.mentions(sentences);
        PlaceFinder.Mention main = PlaceFinder.main(mentions);
        Draft.Ref province = null;
        String asWritten = null;
        String venue = null;
        if (main == null) {
            warnings.add(Warning.of("no_province"));
        } else {
            province = new Draft.Ref(main.province().id(), main.province().nameVi());
            asWritten = main.asWritten();
            evidence.put("province", main.evidence());
            venue = venue(mentions, main, evidence);
        }

        DateFinder.Found date = dates.find(body.isEmpty() ? sentences : body, clean.published());
        if (date.evidence() != null) {
            evidence.put("date", date.evidence());
        }
        if (date.warning() != null) {
            warnings.add(date.warning());
        }

        PersonRef leader = jp.isEmpty() ? null : jp.get(0);
        if (leader == null) {
            warnings.add(Warning.of("no_leader"));
        } else {
            evidence.put("leader", leader.evidence());
            if (!leader.evidence().contains(leader.familyName().toUpperCase(Locale.ROOT))
                    && people.surnameScore(leader.familyName()) <= people.surnameScore(leader.givenName())) {
                warnings.add(Warning.of("name_order", leader.name()));
            }
        }
        // Words that make a clause the Japanese side speaking: family names and the partner's romanised name.
        Set<String> jpWords = new HashSet<>();
        jp.forEach(p -> jpWords.add(cues.k(p.familyName())));
        for (String w : partner.name().split("\\s+")) {
            if (w.matches("[A-Z][a-z]{3,}")) {
                jpWords.add(cues.k(w));
            }
        }
        var requests = facts.requests(body, jpWords);
        var agreements = facts.agreements(sentences, date.date().yearValue() != null ? date.date().yearValue()
                : clean.published() == null ? null : clean.published().yearValue());
        var aid = figuresFinder.aid(body);
        Set<String> aidEvidence = new HashSet<>();
        aid.forEach(a -> aidEvidence.add(a.evidence()));
        var figures = figuresFinder.figures(body, aidEvidence);
        var gifts = facts.gifts(sentences, persons);
        var localities = localities(sentences, partner);
        if (requests.isEmpty()) {
            warnings.add(Warning.of("no_request"));
        }
        Draft.SourceDraft source = new Draft.SourceDraft(article.name(), article.format(), clean.title(),
                clean.publication(), article.url(), clean.published() == null ? null : clean.published().iso(),
                article.text());
        return new Draft(date.date().iso(), date.date().precision().name().toLowerCase(Locale.ROOT), province, asWritten,
                venue, partner, leader, jp.size() > 1 ? jp.subList(1, jp.size()) : List.of(), vn, requests, agreements,
                aid, gifts, figures, localities, warnings, evidence, source);
    }

    /** "… tại tỉnh Quảng Ninh" naming another unit than the meeting's: the meeting was held there. */
    private static String venue(List<PlaceFinder.Mention> mentions, PlaceFinder.Mention main, Map<String, String> evidence) {
        for (PlaceFinder.Mention m : mentions) {
            if (m.province().id().equals(main.province().id())) {
                continue;
            }
            Matcher t = Pattern.compile("(?iu)\\btại\\s+" + Pattern.quote(m.asWritten())).matcher(m.evidence());
            if (t.find()) {
                evidence.put("venue", m.evidence());
                return m.asWritten();
            }
        }
        return null;
    }

    private PartnerRef partner(List<Sentences.Sentence> sentences, List<PersonRef> jp, Map<String, String> evidence) {
        for (Sentences.Sentence s : sentences) {
            Matcher d = DELEGATION.matcher(s.text());
            while (d.find()) {
                PartnerRef p = resolve(d.group(1).strip(), d.group(2));
                if (p != null) {
                    evidence.put("partner", s.text());
                    return p;
                }
            }
        }
        for (PersonRef leader : jp) {
            if (leader.title() == null) {
                continue;
            }
            String t = Text.key(leader.title());
            PartnerRef p = null;
            if (t.contains("dai su")) {
                p = resolve("Đại sứ quán Nhật Bản", null);
            } else if (t.contains("tong lanh su")) {
                p = resolve(leader.title().replaceFirst("(?iu)tổng lãnh sự", "Tổng Lãnh sự quán"), null);
            } else {
                Matcher place = PLACE_IN_TITLE.matcher(leader.title());
                if (place.find()) {
                    p = resolve(place.group(1) + " " + place.group(2), null);
                }
            }
            if (p != null) {
                evidence.put("partner", leader.evidence());
                return p;
            }
        }
        for (Sentences.Sentence s : sentences) {
            for (String agency : List.of("JICA", "JETRO")) {
                if (s.text().contains(agency) && Cues.indexOfWord(Text.key(s.text()), "doan") >= 0) {
                    evidence.put("partner", s.text());
                    return resolve(agency, null);
                }
            }
        }
        return null;
    }

    /** A known partner, or a new municipality with the prefecture the text puts it in. */
    private PartnerRef resolve(String name, String parenthesis) {
        String cleaned = name.replaceFirst("(?iu)\\s+(do|đến|sang|tới|đã|và)\\s.*$", "").strip();
        var known = partners.resolve(cleaned);
        if (known.isPresent()) {
            Partner p = known.get();
            return new PartnerRef(p.id(), p.name("vi"), p.kind().id(), p.prefectureCode());
        }
        Matcher city = CITY_NAME.matcher(cleaned);
        if (city.find() && provinces.resolve(city.group(1)).isEmpty()) {
            String prefecture = municipalities.get(city.group(1));
            if (parenthesis != null) {
                Matcher pref = PREFECTURE_IN_PARENTHESIS.matcher(parenthesis);
                if (pref.find()) {
                    prefecture = prefectureCode(pref.group(1), prefecture);
                }
            }
            if (prefecture == null && (parenthesis == null || !parenthesis.contains("Nhật"))) {
                return null;
            }
            return new PartnerRef(null, "Thành phố " + city.group(1), PartnerKind.MUNICIPALITY.id(), prefecture);
        }
        return null;
    }

    private String prefectureCode(String name, String fallback) {
        return prefectures.stream().filter(p -> p.nameEn().equalsIgnoreCase(name)).map(Prefecture::code).findFirst()
                .orElse(fallback);
    }

    /** Japanese prefectures and cities the article names besides the partner itself. */
    private List<Draft.LocalityDraft> localities(List<Sentences.Sentence> sentences, PartnerRef partner) {
        Map<String, Draft.LocalityDraft> out = new LinkedHashMap<>();
        for (Sentences.Sentence s : sentences) {
            for (int i = 0; i < prefectures.size(); i++) {
                Prefecture p = prefectures.get(i);
                if (prefectureNames.get(i).matcher(s.text()).find()) {
                    String id = "pref-" + p.nameEn().toLowerCase(Locale.ROOT);
                    boolean isCity = prefectureAsCity.get(i).matcher(s.text()).find();
                    if (!id.equals(partner.id()) && !isCity) {
                        out.putIfAbsent(id, new Draft.LocalityDraft("Tỉnh " + p.nameEn(), id, "prefecture", s.text()));
                    }
                }
            }
            Matcher c = CITY.matcher(s.text());
            while (c.find()) {
                String name = c.group(1);
                if (provinces.resolve(name).isEmpty() && (municipalities.containsKey(name)
                        || partners.resolve("thành phố " + name).isPresent())) {
                    PartnerRef ref = resolve("thành phố " + name, c.group(2));
                    String id = ref == null ? null : ref.id();
                    if (ref != null && !("Thành phố " + name).equals(partner.name()) && (id == null || !id.equals(partner.id()))) {
                        out.putIfAbsent("city-" + name, new Draft.LocalityDraft("Thành phố " + name, id, "municipality",
                                s.text()));
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}

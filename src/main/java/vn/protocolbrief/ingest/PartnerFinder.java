package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Sentences.Sentence;
import vn.protocolbrief.ingest.Tokens.Token;

/**
 * Spots every Japanese body an article names — the Embassy, a consulate-general, an agency, a prefecture or
 * its assembly, a city or its council, a friendship association, the parliamentary alliance, a company, a
 * university — and every foreign (non-Japanese) one, each with where it is named. Which of them the meeting
 * was with is decided later ({@link DraftExtractor}), from these mentions and the people around them. This class
 * holds the candidates and the diplomatic and friendship bodies; places and their assemblies are
 * {@link JapanesePlaces}', bodies named by their own name {@link OrganisationScan}'s.
 */
final class PartnerFinder {
    /** One place a body is named; {@code weight} below 1 for a bare or indirect mention. */
    record Mention(int sentence, int start, int end, double weight, String asWritten) {
    }

    /** A body the article names, with every mention of it. */
    static final class Candidate {
        final String key;
        final PartnerKind kind;
        final Partner known;
        String nameVi;
        String nameEn;
        String prefectureCode;
        /** Another country's body when not null ("Hàn Quốc"): never the partner. */
        final String country;
        /** The romanised place or company word a bare mention repeats ("Sakai"); null when none. */
        String core;
        final List<Mention> mentions = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();
        double score;

        Candidate(String key, PartnerKind kind, Partner known, String nameVi, String nameEn, String prefectureCode,
                  String country, String core) {
            this.key = key;
            this.kind = kind;
            this.known = known;
            this.nameVi = nameVi;
            this.nameEn = nameEn;
            this.prefectureCode = prefectureCode;
            this.country = country;
            this.core = core;
        }

        boolean japanese() {
            return country == null;
        }

        int firstSentence() {
            return mentions.stream().mapToInt(Mention::sentence).min().orElse(Integer.MAX_VALUE);
        }

        String asWritten() {
            return mentions.stream().filter(m -> m.weight() >= 1).map(Mention::asWritten).findFirst()
                    .orElse(mentions.isEmpty() ? nameVi : mentions.get(0).asWritten());
        }

        @Override
        public String toString() {
            return key + " " + String.format(Locale.ROOT, "%.1f", score) + " " + mentions.size();
        }
    }

    /** A mention before overlaps are settled. */
    record Raw(int sentence, int start, int end, Candidate spec, double weight, int priority) {
        int length() {
            return end - start;
        }
    }

    private static final String SEP = "\\s*[-–—]\\s*";
    /** "Hội Hữu nghị Nhật – Việt", "Hội Giao lưu Văn hóa Nhật – Việt", "Hiệp hội Hợp tác Việt – Nhật": group 2 says which. */
    private static final Pattern FRIENDSHIP = Pattern.compile("(?uU)\\b(?:Hiệp\\s+hội|Hội|HỘI)\\s+([Hh]ữu\\s+nghị|HỮU NGHỊ"
            + "|[Gg]iao\\s+lưu(?:\\s+[Vv]ăn\\s+hóa)?|[Gg]iao\\s+lưu\\s+[Vv]ăn\\s+hoá|[Hh]ợp\\s+tác)\\s+"
            + "(Nhật(?:\\s+Bản)?" + SEP + "Việt(?:\\s+Nam)?|Việt(?:\\s+Nam)?" + SEP + "Nhật(?:\\s+Bản)?)");
    /**
     * "Hội hữu nghị Fukuroi – Việt Nam": an association named after its Japanese place, the place written first
     * (written "Việt Nam – X" the association is as often a Vietnamese one).
     */
    private static final Pattern FRIENDSHIP_OF_PLACE = Pattern.compile("(?uU)\\b(?:Hiệp\\s+hội|Hội|HỘI)\\s+([Hh]ữu\\s+nghị"
            + "|[Gg]iao\\s+lưu)\\s+(\\p{Lu}[\\p{L}]+)" + SEP + "Việt(?:\\s+Nam)?\\b");
    private static final Pattern LOCALITY_TAIL = Pattern.compile("^(?:\\s+(tại|ở|vùng|khu vực)\\s+|\\s+)"
            + "(?:(?:TP\\.?|Tp\\.?|[Tt]hành\\s+phố|[Tt]ỉnh|[Pp]hủ)\\s+)?(\\p{Lu}[\\p{L}]+)");
    private static final Pattern ALLIANCE = Pattern.compile("(?uU)Liên\\s+minh\\s+(?:các\\s+)?[Nn]ghị\\s+s[ĩỹiy]\\s+"
            + "(?:[Hh]ữu\\s+nghị\\s+)?Nhật(?:\\s+Bản)?" + SEP + "Việt(?:\\s+Nam)?");
    /** A consulate-general, a consulate or a consular office ("Văn phòng Lãnh sự"), the posts Japan keeps abroad. */
    private static final Pattern CONSULATE = Pattern.compile("(?uU)(?:Tổng\\s+[Ll]ãnh\\s+sự(?:\\s+quán)?|[Ll]ãnh\\s+sự\\s+quán"
            + "|Văn\\s+phòng\\s+[Ll]ãnh\\s+sự)\\s+(\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)?)");
    private static final Pattern CONSULATE_PLACE = Pattern.compile("^\\s+(?:tại|ở)\\s+(TP\\.?\\s*HCM|TPHCM|TP\\.?\\s*Hồ\\s+Chí\\s+Minh"
            + "|[Tt]hành\\s+phố\\s+Hồ\\s+Chí\\s+Minh|Hồ\\s+Chí\\s+Minh|(?:TP\\.?\\s*|[Tt]hành\\s+phố\\s+)?Đà\\s+Nẵng)");
    private static final Pattern EMBASSY = Pattern.compile("(?uU)(?:Đại\\s+sứ\\s+quán|ĐSQ|Đại\\s+sứ(?:\\s+[Đđ]ặc\\s+mệnh\\s+toàn\\s+quyền)?)"
            + "\\s+(\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)?)");

    private final PartnerResolver partners;
    private final Japan japan;
    private final Map<String, String> learned;
    private final IngestData data = IngestData.get();
    private final OrganisationScan organisations;
    private final JapanesePlaces places;

    /**
     * @param learned the office's own names for partners (folded phrase → partner id), learned from review
     */
    PartnerFinder(PartnerResolver partners, Japan japan, Map<String, String> learned) {
        this.partners = partners;
        this.japan = japan;
        this.learned = learned;
        this.organisations = new OrganisationScan(partners, japan);
        this.places = new JapanesePlaces(partners, japan);
    }

    List<Candidate> find(List<Sentence> sentences) {
        List<Raw> raw = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = Tokens.of(s.text());
            learned(s, raw);
            friendship(s, raw);
            friendshipOfPlace(s, raw);
            alliance(s, raw);
            consulates(s, raw);
            embassies(s, raw);
            places.assemblies(s, raw);
            places.prefectures(s, raw);
            places.cities(s, raw);
            organisations.universities(s, tokens, raw);
            organisations.companies(s, tokens, raw);
            organisations.organisations(s, raw);
            organisations.placeBodies(s, tokens, raw);
            organisations.knownAliases(s, raw);
        }
        return MentionSettling.candidates(sentences, raw);
    }

    // ------------------------------------------------------------------ the kinds of bodies

    private void learned(Sentence s, List<Raw> raw) {
        for (var e : learned.entrySet()) {
            for (int at : Tokens.find(s.folded(), e.getKey())) {
                Optional<Partner> p = partners.partners().stream().filter(x -> x.id().equals(e.getValue())).findFirst();
                p.ifPresent(partner -> raw.add(new Raw(s.index(), at, at + e.getKey().length(), known(partner), 1, 9)));
            }
        }
    }

    private void friendship(Sentence s, List<Raw> raw) {
        Matcher m = FRIENDSHIP.matcher(s.text());
        while (m.find()) {
            boolean japanFirst = Text.fold(m.group(2)).startsWith("nhat");
            String purpose = Text.key(m.group(1));
            int end = m.end();
            String locality = null;
            String preposition = null;
            Matcher tail = LOCALITY_TAIL.matcher(s.text().substring(end));
            if (tail.find()) {
                String word = tail.group(2);
                if (japanese(word)) {
                    locality = places.placeName(word);
                    preposition = tail.group(1);
                    end += tail.end();
                } else if (japan.isVietnamesePlaceWord(word)) {
                    continue;
                }
            }
            if (!japanFirst && locality == null) {
                continue;
            }
            String country = japan.countryAt(s.text().substring(end)).orElse(null);
            String kindVi = purpose.startsWith("huu") ? "Hữu nghị" : purpose.startsWith("hop") ? "Hợp tác"
                    : purpose.contains("van") ? "Giao lưu Văn hóa" : "Giao lưu";
            String kindEn = purpose.startsWith("huu") ? "Friendship" : purpose.startsWith("hop") ? "Cooperation"
                    : purpose.contains("van") ? "Cultural Exchange" : "Exchange";
            String vi = "Hội " + kindVi + " Nhật – Việt" + (locality == null ? ""
                    : ("vùng".equals(preposition) || "khu vực".equals(preposition) ? " vùng " : " tại ") + locality);
            String en = (locality == null ? "" : locality + " ") + "Japan–Vietnam " + kindEn + " Association";
            Candidate spec = fresh(PartnerKind.ASSOCIATION, vi, en, null, country, locality);
            raw.add(new Raw(s.index(), m.start(), end, spec, 1, 8));
        }
    }

    private void friendshipOfPlace(Sentence s, List<Raw> raw) {
        Matcher m = FRIENDSHIP_OF_PLACE.matcher(s.text());
        while (m.find()) {
            String word = m.group(2);
            if (!japanese(word) || word.equals("Nhật")) {
                continue;
            }
            String place = places.placeName(word);
            boolean friendship = Text.key(m.group(1)).startsWith("huu");
            String vi = "Hội " + (friendship ? "Hữu nghị " : "Giao lưu ") + word + " – Việt Nam";
            String en = word + "–Vietnam " + (friendship ? "Friendship" : "Exchange") + " Association";
            raw.add(new Raw(s.index(), m.start(), m.end(), fresh(PartnerKind.ASSOCIATION, vi, en, null, null, place), 1, 8));
        }
    }

    private void alliance(Sentence s, List<Raw> raw) {
        Matcher m = ALLIANCE.matcher(s.text());
        while (m.find()) {
            Candidate spec = partners.resolve("Liên minh Nghị sĩ hữu nghị Nhật - Việt").map(PartnerFinder::known)
                    .orElseGet(() -> fresh(PartnerKind.ASSEMBLY, "Liên minh Nghị sĩ hữu nghị Nhật – Việt",
                            "Japan–Vietnam Friendship Parliamentary Alliance", null, null, null));
            raw.add(new Raw(s.index(), m.start(), m.end(), spec, 1, 8));
        }
    }

    private void consulates(Sentence s, List<Raw> raw) {
        Matcher m = CONSULATE.matcher(s.text());
        while (m.find()) {
            String who = m.group(1);
            int end = m.end();
            boolean japanese = who.startsWith("Nhật");
            if (!japanese) {
                Optional<String> country = japan.countryAt(who);
                if (country.isPresent()) {
                    raw.add(new Raw(s.index(), m.start(), m.start(1) + country.get().length(),
                            fresh(PartnerKind.CONSULATE_GENERAL, "Tổng Lãnh sự quán " + country.get(), null, null,
                                    country.get(), null), 1, 7));
                }
                continue;
            }
            end = m.start(1) + (who.startsWith("Nhật Bản") ? "Nhật Bản".length() : "Nhật".length());
            Matcher place = CONSULATE_PLACE.matcher(s.text().substring(end));
            String city = null;
            if (place.find()) {
                city = Text.key(place.group(1)).contains("da nang") ? "cg-da-nang" : "cg-ho-chi-minh";
                end += place.end();
            }
            Candidate spec = consulate(city);
            raw.add(new Raw(s.index(), m.start(), end, spec, 1, 7));
        }
    }

    /** The consulate-general in the city the text names; which one is left open (key "cg") when it names none. */
    private Candidate consulate(String id) {
        if (id != null) {
            Optional<Partner> p = partners.partners().stream().filter(x -> x.id().equals(id)).findFirst();
            if (p.isPresent()) {
                return known(p.get());
            }
        }
        return new Candidate("cg", PartnerKind.CONSULATE_GENERAL, null, "Tổng Lãnh sự quán Nhật Bản",
                "Consulate-General of Japan", null, null, null);
    }

    private void embassies(Sentence s, List<Raw> raw) {
        Matcher m = EMBASSY.matcher(s.text());
        while (m.find()) {
            String who = m.group(1);
            if (who.startsWith("Nhật")) {
                int end = m.start(1) + (who.startsWith("Nhật Bản") ? "Nhật Bản".length() : "Nhật".length());
                Candidate spec = partners.partners().stream().filter(p -> p.kind() == PartnerKind.EMBASSY).findFirst()
                        .map(PartnerFinder::known).orElseGet(() -> fresh(PartnerKind.EMBASSY, "Đại sứ quán Nhật Bản tại Việt Nam",
                                "Embassy of Japan in Viet Nam", null, null, null));
                raw.add(new Raw(s.index(), m.start(), end, spec, 1, 7));
            } else if (!who.startsWith("Việt")) {
                japan.countryAt(who).ifPresent(country -> raw.add(new Raw(s.index(), m.start(),
                        m.start(1) + country.length(), fresh(PartnerKind.EMBASSY, "Đại sứ quán " + country, null, null,
                        country, null), 1, 7)));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static Candidate known(Partner p) {
        String core = p.kind() == PartnerKind.PREFECTURE || p.kind() == PartnerKind.MUNICIPALITY
                ? p.aliases().stream().filter(a -> a.matches("[A-Z][a-z]+")).findFirst().orElse(null) : null;
        return new Candidate(p.id(), p.kind(), p, p.name("vi"), p.nameEn(), p.prefectureCode(), null, core);
    }

    static Candidate fresh(PartnerKind kind, String vi, String en, String prefectureCode, String country,
                                   String core) {
        String key = (country == null ? "" : "foreign:") + kind.id() + ":" + Text.key(vi);
        return new Candidate(key, kind, null, vi, en, prefectureCode, country, core);
    }

    /** A romanised word that names a Japanese place or reads as Japanese and no Vietnamese place. */
    private boolean japanese(String word) {
        return Romaji.is(word) && !japan.isVietnamesePlaceWord(word)
                && (japan.prefecture(word).isPresent() || japan.municipality(word, null).isPresent()
                || japan.isRegion(word) || japaneseWord(japan, word));
    }

    /** Romanised, at least five letters, and no Vietnamese syllable or place: "Chukyo", "Niigata". */
    static boolean japaneseWord(Japan japan, String word) {
        return Romaji.is(word) && word.length() >= 5 && !japan.isVietnamesePlaceWord(word);
    }


}

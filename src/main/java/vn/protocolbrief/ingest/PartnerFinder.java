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
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Sentences.Sentence;
import vn.protocolbrief.ingest.Tokens.Token;

/**
 * Spots every Japanese body an article names — the Embassy, a consulate-general, an agency, a prefecture or
 * its assembly, a city or its council, a friendship association, the parliamentary alliance, a company, a
 * university — and every foreign (non-Japanese) one, each with where it is named. Which of them the meeting
 * was with is decided later ({@link DraftExtractor}), from these mentions and the people around them.
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
    private static final Pattern ASSEMBLY = Pattern.compile("(?uU)(?:Hội\\s+đồng|HĐND|Nghị\\s+viện)\\s+(?:[Nn]hân\\s+dân\\s+)?"
            + "([Tt]ỉnh|[Tt]hành\\s+phố|TP\\.?)\\s+(\\p{Lu}[\\p{L}]+)");
    private static final Pattern DIET = Pattern.compile("(?uU)(Quốc\\s+hội|Hạ\\s+viện|Thượng\\s+viện)\\s+Nhật(?:\\s+Bản)?");
    private static final Pattern PREFECTURE = Pattern.compile("(?uU)\\b([Tt]ỉnh|[Pp]hủ|[Tt]hủ\\s+đô|[Đđ]ô)\\s+(\\p{Lu}[\\p{L}]+)");
    /** "Thống đốc Tokyo", "Phó Thị trưởng Yokohama": a Japanese head's title followed by the place alone. */
    private static final Pattern HEAD_OF_PLACE = Pattern.compile(
            "(?uU)\\b(?:[Pp]hó\\s+)?([Tt]hống\\s+đốc|[Tt]hị\\s+trưởng)\\s+(\\p{Lu}[a-zA-Zōū]+)");
    private static final Pattern NEXT_ROMAJI = Pattern.compile("^\\s(\\p{Lu}[a-zA-Zōū]+)(\\s\\p{Lu}[a-zA-Zōū]+)?");
    private static final Pattern PLACE_LIST = Pattern.compile("(?uU)\\bcác\\s+(tỉnh|thành\\s+phố|TP\\.?)\\s*:?\\s+"
            + "(\\p{Lu}[\\p{L}]+(?:\\s*(?:,|và)\\s*\\p{Lu}[\\p{L}]+){1,12})");
    private static final Pattern PLACE_JAPAN = Pattern.compile("(?uU)\\b(\\p{Lu}[a-zA-Zōū]+)\\s*\\((?:Nhật\\s+Bản|Nhật|Japan)\\)");
    private static final Pattern PLACE_ENGLISH = Pattern.compile("(?uU)\\b(\\p{Lu}[a-zA-Z]+)\\s+(Prefecture|City)\\b");
    private static final Pattern CITY = Pattern.compile("(?uU)\\b([Tt]hành\\s+phố|TP\\.?|Tp\\.?|[Tt]hị\\s+trấn|[Tt]hị\\s+xã|[Ll]àng|[Qq]uận)"
            + "(?:\\s*\\((?:TP|Tp)\\))?\\s+(\\p{Lu}[\\p{L}]+(?:-[\\p{L}]+)*)");

    private final PartnerResolver partners;
    private final Japan japan;
    private final Map<String, String> learned;
    private final IngestData data = IngestData.get();
    private final OrganisationScan organisations;

    /**
     * @param learned the office's own names for partners (folded phrase → partner id), learned from review
     */
    PartnerFinder(PartnerResolver partners, Japan japan, Map<String, String> learned) {
        this.partners = partners;
        this.japan = japan;
        this.learned = learned;
        this.organisations = new OrganisationScan(partners, japan);
    }

    List<Candidate> find(List<Sentence> sentences) {
        List<Raw> raw = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = Tokens.of(s.text());
            learned(s, raw);
            friendship(s, raw);
            alliance(s, raw);
            consulates(s, raw);
            embassies(s, raw);
            assemblies(s, raw);
            prefectures(s, raw);
            cities(s, raw);
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
                    locality = placeName(word);
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

    private void assemblies(Sentence s, List<Raw> raw) {
        Matcher m = ASSEMBLY.matcher(s.text());
        while (m.find()) {
            String level = Text.key(m.group(1));
            String word = m.group(2);
            String country = japan.countryAt(s.text().substring(m.end())).orElse(null);
            boolean prefecture = level.equals("tinh");
            if (country == null && !(prefecture ? japan.prefecture(word).isPresent() : japaneseCity(word, s.text(), m.end()))) {
                continue;
            }
            String place = placeName(word);
            String vi = (prefecture ? "Hội đồng tỉnh " : "Hội đồng thành phố ") + place;
            String en = place + (prefecture ? " Prefectural Assembly" : " City Council");
            String code = prefecture ? japan.prefecture(word).map(Prefecture::code).orElse(null) : null;
            raw.add(new Raw(s.index(), m.start(), m.end(), fresh(PartnerKind.ASSEMBLY, vi, en, code, country, null), 1, 7));
        }
        Matcher d = DIET.matcher(s.text());
        while (d.find()) {
            raw.add(new Raw(s.index(), d.start(), d.end(), fresh(PartnerKind.ASSEMBLY, d.group().replaceAll("\\s+", " "),
                    "National Diet of Japan", null, null, null), 1, 7));
        }
    }

    private void prefectures(Sentence s, List<Raw> raw) {
        Matcher m = PREFECTURE.matcher(s.text());
        while (m.find()) {
            String word = m.group(2);
            Optional<String> abroad = japan.countryAt(s.text().substring(m.end()));
            if (abroad.isPresent()) {
                // "tỉnh Gyeonggi (Hàn Quốc)": another country's province.
                raw.add(new Raw(s.index(), m.start(), m.end(), fresh(PartnerKind.PREFECTURE, m.group().replaceAll("\\s+", " "),
                        null, null, abroad.get(), null), 1, 5));
                continue;
            }
            Optional<Prefecture> p = japan.prefecture(word);
            if (p.isEmpty()) {
                continue;
            }
            Candidate spec = prefecture(p.get());
            raw.add(new Raw(s.index(), m.start(), m.end(), spec, 1, 5));
        }
        Matcher j = PLACE_JAPAN.matcher(s.text());
        while (j.find()) {
            japan.prefecture(j.group(1)).ifPresent(p -> raw.add(new Raw(s.index(), j.start(), j.end(1), prefecture(p), 1, 4)));
        }
        // "các tỉnh Nara, Akita, Tochigi", "các thành phố: Kitakyushu, Kobe": each one named.
        Matcher list = PLACE_LIST.matcher(s.text());
        while (list.find()) {
            boolean prefectures = Text.key(list.group(1)).equals("tinh");
            Matcher w = Pattern.compile("\\p{Lu}[\\p{L}]+").matcher(s.text()).region(list.start(2), list.end(2));
            while (w.find()) {
                String word = w.group();
                if (prefectures) {
                    japan.prefecture(word).ifPresent(p -> raw.add(new Raw(s.index(), w.start(), w.end(), prefecture(p), 1, 4)));
                } else if (!japan.isVietnamesePlaceWord(word) && japan.municipality(word, null).isPresent()) {
                    raw.add(new Raw(s.index(), w.start(), w.end(), city(word, null, s.text(), w.end()), 1, 4));
                }
            }
        }
        for (Matcher h = HEAD_OF_PLACE.matcher(s.text()); h.find(); ) {
            if (Text.key(h.group(1)).equals("thong doc") && placeAfterHead(s.text(), h)) {
                japan.prefecture(h.group(2)).ifPresent(p -> raw.add(new Raw(s.index(), h.start(2), h.end(2), prefecture(p), 1, 4)));
            }
        }
        Matcher e = PLACE_ENGLISH.matcher(s.text());
        while (e.find()) {
            if (e.group(2).equals("Prefecture")) {
                japan.prefecture(e.group(1)).ifPresent(p -> raw.add(new Raw(s.index(), e.start(), e.end(), prefecture(p), 1, 5)));
            }
        }
    }

    private Candidate prefecture(Prefecture p) {
        return partners.resolve("tỉnh " + p.nameEn()).filter(x -> x.kind() == PartnerKind.PREFECTURE).map(PartnerFinder::known)
                .orElseGet(() -> fresh(PartnerKind.PREFECTURE, "Tỉnh " + p.nameEn(), p.nameEn() + " Prefecture", p.code(),
                        null, p.nameEn()));
    }

    private void cities(Sentence s, List<Raw> raw) {
        Matcher m = CITY.matcher(s.text());
        while (m.find()) {
            // "Sa-ga-mi-ha-ra": a Japanese name in Vietnamese syllables, read without its hyphens and marks.
            String word = m.group(2).contains("-") ? syllablesJoined(m.group(2)) : m.group(2);
            String after = s.text().substring(m.end());
            String country = japan.countryAt(after).orElse(null);
            if (country == null && (japan.isVietnamesePlaceWord(word) || japan.isRegion(word))) {
                continue;
            }
            if (country == null && !japaneseCity(word, s.text(), m.end())) {
                continue;
            }
            raw.add(new Raw(s.index(), m.start(), m.end(), city(word, country, s.text(), m.end()), 1, 5));
        }
        Matcher j = PLACE_JAPAN.matcher(s.text());
        while (j.find()) {
            String word = j.group(1);
            if (japan.prefecture(word).isEmpty() && japan.municipality(word, null).isPresent()) {
                raw.add(new Raw(s.index(), j.start(), j.end(1), city(word, null, s.text(), j.end()), 1, 4));
            }
        }
        for (Matcher h = HEAD_OF_PLACE.matcher(s.text()); h.find(); ) {
            String word = h.group(2);
            if (Text.key(h.group(1)).equals("thi truong") && placeAfterHead(s.text(), h) && japan.prefecture(word).isEmpty()
                    && japan.municipality(word, null).isPresent()) {
                raw.add(new Raw(s.index(), h.start(2), h.end(2), city(word, null, s.text(), h.end()), 1, 4));
            }
        }
        Matcher e = PLACE_ENGLISH.matcher(s.text());
        while (e.find()) {
            if (e.group(2).equals("City") && Romaji.is(e.group(1))) {
                raw.add(new Raw(s.index(), e.start(), e.end(), city(e.group(1), null, s.text(), e.end()), 1, 5));
            }
        }
    }

    /**
     * The word after a head's title is the place, not the head's own name: not a Vietnamese place, and not a family
     * name followed by a given one ("Thị trưởng Ono Masaharu" is the mayor Ono; "Thống đốc Tokyo Koike Yuriko" is
     * Tokyo's governor).
     */
    private boolean placeAfterHead(String sentence, Matcher head) {
        String word = head.group(2);
        if (!Romaji.is(word) || japan.isVietnamesePlaceWord(word) || japan.isVietnamesePlace(word)) {
            return false;
        }
        // One romanised word after it: the two are the head's name. Two: the place, then the name.
        Matcher next = NEXT_ROMAJI.matcher(sentence.substring(head.end()));
        return !next.find() || next.group(2) != null || NameParts.get().surnameScore(word, Map.of()) == 0;
    }

    /** A Japanese city: the gazetteer's, or one the text places in Japan ("TP X (tỉnh Y, Nhật Bản)"). */
    private boolean japaneseCity(String word, String sentence, int after) {
        if (!Romaji.is(word) || japan.isVietnamesePlace(word)) {
            return false;
        }
        if (japan.municipality(word, null).isPresent()) {
            return true;
        }
        String next = sentence.substring(after, Math.min(sentence.length(), after + 60));
        return Japan.saysJapanAt(next) || next.matches("(?s)^\\s*(?:\\(|,|thuộc)\\s*(?:tỉnh|phủ|đô)\\s+\\p{Lu}.*")
                && prefectureIn(next) != null;
    }

    private Candidate city(String word, String country, String sentence, int after) {
        String name = placeName(word);
        if (country != null) {
            return fresh(PartnerKind.MUNICIPALITY, "Thành phố " + name, name, null, country, null);
        }
        String code = prefectureIn(sentence.substring(after, Math.min(sentence.length(), after + 60)));
        String prefecture = code;
        Optional<IngestData.Municipality> m = japan.municipality(word, code);
        if (prefecture == null) {
            prefecture = m.map(IngestData.Municipality::prefectureCode).orElse(null);
        }
        Optional<Partner> known = partners.resolve("thành phố " + name).filter(p -> p.kind() == PartnerKind.MUNICIPALITY);
        if (known.isPresent()) {
            return known(known.get());
        }
        return fresh(PartnerKind.MUNICIPALITY, "Thành phố " + name, name + " City", prefecture, null, name);
    }

    /** The prefecture named right after a place: "(tỉnh Tochigi, Nhật Bản)", ", tỉnh Tochigi", "thuộc phủ Osaka". */
    private String prefectureIn(String next) {
        Matcher p = Pattern.compile("^\\s*(?:\\(|,|thuộc)?\\s*(?:tỉnh|phủ|đô)\\s+(\\p{Lu}[\\p{L}]+)").matcher(next);
        if (p.find()) {
            return japan.prefecture(p.group(1)).map(Prefecture::code).orElse(null);
        }
        return null;
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

    private static String syllablesJoined(String word) {
        String joined = Text.fold(word.replace("-", ""));
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
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

    /** A place word written as the gazetteer writes it ("Oosaka" → "Osaka"). */
    private String placeName(String word) {
        Optional<Prefecture> p = japan.prefecture(word);
        if (p.isPresent()) {
            return p.get().nameEn();
        }
        Optional<IngestData.Municipality> m = japan.municipality(word, null);
        if (m.isPresent()) {
            return m.get().name();
        }
        String w = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}

package vn.protocolbrief.ingest;

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
import vn.protocolbrief.ingest.PartnerFinder.Candidate;
import vn.protocolbrief.ingest.PartnerFinder.Raw;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * The public bodies of a Japanese place an article names: a prefecture ("tỉnh Tochigi", "Thống đốc Tokyo",
 * "các tỉnh Nara, Akita"), a city ("TP Sakai", "Sa-ga-mi-ha-ra"), their assemblies and the Diet. Bodies named by
 * their own name are {@link OrganisationScan}'s; the Embassy, consulates and friendship bodies {@link PartnerFinder}'s.
 */
final class JapanesePlaces {
    private static final Pattern ASSEMBLY = Pattern.compile("(?uU)(?:Hội\\s+đồng|HĐND|Nghị\\s+viện)\\s+(?:[Nn]hân\\s+dân\\s+)?"
            + "([Tt]ỉnh|[Tt]hành\\s+phố|TP\\.?)\\s+(\\p{Lu}[\\p{L}]+)");
    private static final Pattern DIET = Pattern.compile("(?uU)(Quốc\\s+hội|Hạ\\s+viện|Thượng\\s+viện)\\s+Nhật(?:\\s+Bản)?");
    private static final Pattern PREFECTURE = Pattern.compile("(?uU)\\b([Tt]ỉnh|[Pp]hủ|[Tt]hủ\\s+đô|[Đđ]ô)\\s+(\\p{Lu}[\\p{L}]+)");
    /** "tỉnh Ka-ga-oa": a prefecture's name spelt in Vietnamese syllables, as the press transcribes it. */
    private static final Pattern PREFECTURE_IN_SYLLABLES = Pattern.compile("(?uU)\\b[Tt]ỉnh\\s+(\\p{Lu}\\p{L}*(?:-\\p{L}+)+)");
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

    JapanesePlaces(PartnerResolver partners, Japan japan) {
        this.partners = partners;
        this.japan = japan;
    }

    void assemblies(Sentence s, List<Raw> raw) {
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
            raw.add(new Raw(s.index(), m.start(), m.end(), PartnerFinder.fresh(PartnerKind.ASSEMBLY, vi, en, code, country, null), 1, 7));
        }
        Matcher d = DIET.matcher(s.text());
        while (d.find()) {
            raw.add(new Raw(s.index(), d.start(), d.end(), PartnerFinder.fresh(PartnerKind.ASSEMBLY, d.group().replaceAll("\\s+", " "),
                    "National Diet of Japan", null, null, null), 1, 7));
        }
    }

    void prefectures(Sentence s, List<Raw> raw) {
        Matcher m = PREFECTURE.matcher(s.text());
        while (m.find()) {
            String word = m.group(2);
            Optional<String> abroad = japan.countryAt(s.text().substring(m.end()));
            if (abroad.isPresent()) {
                // "tỉnh Gyeonggi (Hàn Quốc)": another country's province.
                raw.add(new Raw(s.index(), m.start(), m.end(), PartnerFinder.fresh(PartnerKind.PREFECTURE, m.group().replaceAll("\\s+", " "),
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
        for (Matcher y = PREFECTURE_IN_SYLLABLES.matcher(s.text()); y.find(); ) {
            japan.prefectureInSyllables(y.group(1))
                    .ifPresent(p -> raw.add(new Raw(s.index(), y.start(), y.end(), prefecture(p), 1, 5)));
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
                .orElseGet(() -> PartnerFinder.fresh(PartnerKind.PREFECTURE, "Tỉnh " + p.nameEn(), p.nameEn() + " Prefecture", p.code(),
                        null, p.nameEn()));
    }

    void cities(Sentence s, List<Raw> raw) {
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
            return PartnerFinder.fresh(PartnerKind.MUNICIPALITY, "Thành phố " + name, name, null, country, null);
        }
        String code = prefectureIn(sentence.substring(after, Math.min(sentence.length(), after + 60)));
        String prefecture = code;
        Optional<IngestData.Municipality> m = japan.municipality(word, code);
        if (prefecture == null) {
            prefecture = m.map(IngestData.Municipality::prefectureCode).orElse(null);
        }
        // The gazetteer says what the place is: a town (町) is "thị trấn", a village (村) "làng", a special ward of
        // Tokyo (区) "quận", never a city.
        String kind = m.map(IngestData.Municipality::kind).orElse("city");
        String vi = switch (kind) {
            case "town" -> "Thị trấn ";
            case "village" -> "Làng ";
            case "ward" -> "Quận ";
            default -> "Thành phố ";
        };
        String en = switch (kind) {
            case "town" -> " Town";
            case "village" -> " Village";
            case "ward" -> " Ward";
            default -> " City";
        };
        Optional<Partner> known = partners.resolve(vi.toLowerCase(Locale.ROOT) + name)
                .filter(p -> p.kind() == PartnerKind.MUNICIPALITY);
        if (known.isEmpty() && !"city".equals(kind)) {
            // Stored before the gazetteer's kind was read (kf13), a town, village or ward was named "Thành phố …".
            known = partners.resolve("thành phố " + name).filter(p -> p.kind() == PartnerKind.MUNICIPALITY);
        }
        if (known.isPresent()) {
            return PartnerFinder.known(known.get());
        }
        return PartnerFinder.fresh(PartnerKind.MUNICIPALITY, vi + name, name + en, prefecture, null, name);
    }

    /** The prefecture named right after a place: "(tỉnh Tochigi, Nhật Bản)", ", tỉnh Tochigi", "thuộc phủ Osaka". */
    private String prefectureIn(String next) {
        Matcher p = Pattern.compile("^\\s*(?:\\(|,|thuộc)?\\s*(?:tỉnh|phủ|đô)\\s+(\\p{Lu}[\\p{L}]+)").matcher(next);
        if (p.find()) {
            return japan.prefecture(p.group(1)).map(Prefecture::code).orElse(null);
        }
        return null;
    }

    private static String syllablesJoined(String word) {
        String joined = Text.fold(word.replace("-", ""));
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** A place word written as the gazetteer writes it ("Oosaka" → "Osaka"). */
    String placeName(String word) {
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

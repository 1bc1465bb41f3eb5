package vn.protocolbrief.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.protocolbrief.domain.JapaneseReading;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Text;

/**
 * What the importer knows of places and bodies: Japan's prefectures, municipalities and regions, Japanese
 * companies, other countries, and Viet Nam's provinces (so that "Cần Thơ" is never read as Japanese).
 */
final class Japan {
    private final IngestData data = IngestData.get();
    private final Map<String, Prefecture> prefectures = new HashMap<>();
    /** Prefectures by their name spelt in Vietnamese syllables, folded ("ka-ga-oa" → Kagawa). */
    private final Map<String, Prefecture> prefecturesInSyllables = new HashMap<>();
    private final Set<String> vnPlaceWords = new HashSet<>();
    private final Set<String> vnPlaces = new HashSet<>();

    Japan(List<Prefecture> prefectureList, List<Province> provinces) {
        for (Prefecture p : prefectureList) {
            prefectures.put(Romaji.reduce(p.nameEn()), p);
            String reading = JapaneseReading.of(p.nameEn());
            if (reading != null) {
                prefecturesInSyllables.put(syllableKey(reading), p);
            }
        }
        for (Province p : provinces) {
            addVn(p.nameVi());
            p.predecessors().forEach(this::addVn);
        }
    }

    private void addVn(String name) {
        vnPlaces.add(Text.key(name));
        vnPlaces.add(Text.key(name).replace(" ", ""));
        for (String w : Text.words(name)) {
            vnPlaceWords.add(w);
        }
    }

    /** The prefecture a romanised word names ("Hokkaido", "Hyōgo", "Oosaka"), if any. */
    Optional<Prefecture> prefecture(String word) {
        return Optional.ofNullable(prefectures.get(Romaji.reduce(word)));
    }


    /** The prefecture a name spelt in Vietnamese syllables names ("Ka-ga-oa" → Kagawa), if any. */
    Optional<Prefecture> prefectureInSyllables(String written) {
        return Optional.ofNullable(prefecturesInSyllables.get(syllableKey(written)));
    }

    /** Folded, with the spellings the press uses for one sound made one ("Ca"/"Ka", "Xư"/"Sư"). */
    private static String syllableKey(String syllables) {
        return Text.fold(syllables).toLowerCase(java.util.Locale.ROOT).replace('c', 'k').replace('x', 's');
    }

    Optional<Prefecture> prefectureByCode(String code) {
        return prefectures.values().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * The municipality a romanised word names: among namesakes, the one in the prefecture the text names,
     * else a designated city, else a city before a ward, town or village.
     */
    Optional<IngestData.Municipality> municipality(String word, String prefectureCode) {
        List<IngestData.Municipality> all = data.municipalities.get(Romaji.reduce(word));
        if (all == null || all.isEmpty()) {
            return Optional.empty();
        }
        if (prefectureCode != null) {
            for (IngestData.Municipality m : all) {
                if (m.prefectureCode().equals(prefectureCode)) {
                    return Optional.of(m);
                }
            }
        }
        IngestData.Municipality best = all.get(0);
        for (IngestData.Municipality m : all) {
            if (rank(m) < rank(best)) {
                best = m;
            }
        }
        return Optional.of(best);
    }

    private static int rank(IngestData.Municipality m) {
        if (m.designated()) {
            return 0;
        }
        return switch (m.kind()) {
            case "city" -> 1;
            case "ward" -> 2;
            case "town" -> 3;
            default -> 4;
        };
    }

    boolean isRegion(String word) {
        return data.regions.contains(Romaji.reduce(word));
    }

    /** True when the word or phrase is, or is part of, the name of a Vietnamese province (old or new). */
    boolean isVietnamesePlace(String text) {
        String k = Text.key(text);
        return vnPlaces.contains(k) || vnPlaces.contains(k.replace(" ", ""));
    }

    /** True when a single word occurs in some Vietnamese province's name ("Ninh", "Bình", "Long"). */
    boolean isVietnamesePlaceWord(String word) {
        return vnPlaceWords.contains(Text.key(word));
    }

    /** The Japanese company a name (or an alias) means, exactly. */
    Optional<String> company(String name) {
        return Optional.ofNullable(data.companies.get(IngestData.companyKey(name)));
    }


    /** The other country a text names at its start ("Hàn Quốc", "(Thái Lan)"), if any. */
    Optional<String> countryAt(String text) {
        String t = text.stripLeading();
        boolean marked = false;
        if (t.startsWith("(")) {
            t = t.substring(1).stripLeading();
            marked = true;
        } else if (t.startsWith("của ")) {
            t = t.substring(4).stripLeading();
            marked = true;
        }
        String folded = Text.fold(t);
        for (String c : data.foreignCountries) {
            String f = Text.fold(c);
            if (folded.startsWith(f) && (folded.length() == f.length() || !Character.isLetter(folded.charAt(f.length())))
                    && t.substring(0, c.length()).equals(c) && (marked || c.length() > 4)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** True when the text says Japan at its start: "Nhật Bản", "(Nhật Bản)", "Nhật", "Japan". */
    static boolean saysJapanAt(String text) {
        String t = text.stripLeading();
        if (t.startsWith("(") || t.startsWith(",")) {
            t = t.substring(1).stripLeading();
        }
        if (t.startsWith("của ")) {
            t = t.substring(4).stripLeading();
        }
        // "Tập đoàn X – Nhật Bản", "Công ty X (Nhật Bản)", "Công ty X, Nhật Bản"
        if (t.startsWith("–") || t.startsWith("-") || t.startsWith("—")) {
            t = t.substring(1).stripLeading();
        }
        return t.startsWith("Nhật") || t.startsWith("Japan") || t.startsWith("nhật bản");
    }
}

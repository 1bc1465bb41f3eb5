package vn.protocolbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.protocolbrief.domain.Text;

/**
 * The importer's vocabularies, from assets/ingest: titles of each side, category keywords, cue phrases,
 * surnames, Japanese municipalities, regions, companies, organisation words and other countries. Nothing
 * here names a particular article; see assets/ingest/README.md for where each list comes from.
 */
final class IngestData {
    /**
     * A title and the side that holds it; for the Japanese side, the kind of partner it implies and a rank
     * (higher is more senior); for the Vietnamese side, "national" marks a post above any province.
     * Longest titles first so the most specific one wins.
     */
    record Title(String side, String text, String folded, String english, String kind, int rank) {
    }

    /** A Japanese municipality: its romanised name, kanji, prefecture and kind (city, ward, town, village). */
    record Municipality(String code, String name, String nameJa, String prefectureCode, String kind) {
        boolean designated() {
            return "city".equals(kind) && code.endsWith("0");
        }
    }

    final List<Title> titles = new ArrayList<>();
    final Map<String, List<String>> categoryKeywords = new LinkedHashMap<>();
    final Map<String, List<String>> cues = new LinkedHashMap<>();
    final Set<String> vnSurnames = new HashSet<>();
    final Set<String> commonJpSurnames = new HashSet<>();
    final Map<String, List<Municipality>> municipalities = new HashMap<>();
    final Set<String> regions = new HashSet<>();
    final List<String> foreignCountries = new ArrayList<>();
    /** Reduced company name (and alias) → its name as the company writes it. */
    final Map<String, String> companies = new LinkedHashMap<>();

    private static volatile IngestData instance;

    static IngestData get() {
        if (instance == null) {
            synchronized (IngestData.class) {
                if (instance == null) {
                    instance = new IngestData();
                }
            }
        }
        return instance;
    }

    private IngestData() {
        for (CSVRecord r : csv("titles.csv")) {
            String t = Text.nfc(r.get("title"));
            String rank = r.get("rank");
            titles.add(new Title(r.get("side"), t, Text.fold(t), r.get("title_en"), Text.clean(r.get("kind")),
                    rank.isBlank() ? 0 : Integer.parseInt(rank)));
        }
        titles.sort(Comparator.comparingInt((Title t) -> t.text().length()).reversed());
        for (CSVRecord r : csv("category-keywords.csv")) {
            categoryKeywords.computeIfAbsent(r.get("category"), k -> new ArrayList<>()).add(Text.lowerKey(r.get("keyword")));
        }
        for (CSVRecord r : csv("cues.csv")) {
            cues.computeIfAbsent(r.get("kind"), k -> new ArrayList<>()).add(Text.lowerKey(r.get("phrase")));
        }
        cues.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        vnSurnames.addAll(words("vietnamese-surnames.txt", false));
        words("common-japanese-surnames.txt", true).forEach(w -> commonJpSurnames.add(Romaji.reduce(w)));
        words("japan-regions.txt", true).forEach(w -> regions.add(Romaji.reduce(w)));
        for (CSVRecord r : csv("japan-municipalities.csv")) {
            Municipality m = new Municipality(r.get("code"), r.get("name_en"), r.get("name_ja"), r.get("prefecture_code"),
                    r.get("kind"));
            municipalities.computeIfAbsent(Romaji.reduce(m.name()), k -> new ArrayList<>()).add(m);
        }
        for (CSVRecord r : csv("foreign-countries.csv")) {
            foreignCountries.add(Text.nfc(r.get("name")));
        }
        foreignCountries.sort(Comparator.comparingInt(String::length).reversed());
        for (CSVRecord r : csv("japanese-companies.csv")) {
            String name = r.get("name");
            companies.put(companyKey(name), name);
            for (String a : r.get("aliases").split(";")) {
                if (!a.isBlank()) {
                    companies.put(companyKey(a), name);
                }
            }
        }
    }

    static String companyKey(String name) {
        return Text.key(name).replace(" ", "");
    }

    /**
     * The form cues are matched in: diacritics kept, so "bão" (storm) is not "bảo" (preserve) and "ký"
     * (sign) is not "kỳ" (term). Text typed without diacritics is matched folded instead.
     */
    static String lower(String s) {
        return Text.lowerKey(s);
    }

    /** True when the text carries Vietnamese diacritics (then cues match with them). */
    static boolean hasMarks(String s) {
        return !Text.fold(s).equals(Text.nfc(s).toLowerCase(Locale.ROOT));
    }

    List<String> cues(String kind) {
        return cues.getOrDefault(kind, List.of());
    }

    private static InputStream resource(String name) {
        InputStream in = IngestData.class.getResourceAsStream("/assets/ingest/" + name);
        if (in == null) {
            throw new IllegalStateException("The importer's data file " + name + " is missing from the application.");
        }
        return in;
    }

    /** The words of a list file; lines starting with '#' are comments. */
    private static List<String> words(String name, boolean comments) {
        List<String> out = new ArrayList<>();
        try (InputStream in = resource(name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (comments && line.startsWith("#")) {
                    continue;
                }
                for (String w : line.split("\\s+")) {
                    if (!w.isBlank()) {
                        out.add(Text.nfc(w.strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the importer's data file " + name, e);
        }
        return out;
    }

    static List<CSVRecord> csv(String name) {
        try (InputStream in = resource(name)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setCommentMarker('#').get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the importer's data file " + name, e);
        }
    }
}

package vn.protocolbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.protocolbrief.domain.Text;

/**
 * The importer's vocabularies, from assets/ingest: titles of each side, category keywords, cue phrases,
 * Japanese name parts and Vietnamese surnames. Nothing here names a particular article.
 */
final class IngestData {
    /** A title and the side that holds it; longest titles first so the most specific one wins. */
    record Title(String side, String text, String folded) {
    }

    final List<Title> titles = new ArrayList<>();
    final Map<String, List<String>> categoryKeywords = new LinkedHashMap<>();
    final Map<String, List<String>> cues = new LinkedHashMap<>();
    final Set<String> jpSurnames = new HashSet<>();
    final List<String> givenSuffixes = new ArrayList<>();
    final List<String> surnameSuffixes = new ArrayList<>();
    final Set<String> vnSurnames = new HashSet<>();

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
            titles.add(new Title(r.get("side"), t, Text.fold(t)));
        }
        titles.sort(Comparator.comparingInt((Title t) -> t.text().length()).reversed());
        for (CSVRecord r : csv("category-keywords.csv")) {
            categoryKeywords.computeIfAbsent(r.get("category"), k -> new ArrayList<>()).add(Text.lowerKey(r.get("keyword")));
        }
        for (CSVRecord r : csv("cues.csv")) {
            cues.computeIfAbsent(r.get("kind"), k -> new ArrayList<>()).add(Text.lowerKey(r.get("phrase")));
        }
        cues.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        for (CSVRecord r : csv("japanese-names.csv")) {
            String v = r.get("value").toLowerCase(java.util.Locale.ROOT);
            switch (r.get("kind")) {
                case "surname" -> jpSurnames.add(v);
                case "given_suffix" -> givenSuffixes.add(v);
                default -> surnameSuffixes.add(v);
            }
        }
        try (InputStream in = resource("vietnamese-surnames.txt")) {
            for (String s : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\s+")) {
                if (!s.isBlank()) {
                    vnSurnames.add(Text.nfc(s.strip()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the importer's data files.", e);
        }
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
        return !Text.fold(s).equals(Text.nfc(s).toLowerCase(java.util.Locale.ROOT));
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

    private static List<CSVRecord> csv(String name) {
        try (InputStream in = resource(name)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the importer's data file " + name, e);
        }
    }
}

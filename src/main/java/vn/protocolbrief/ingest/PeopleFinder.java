package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.PersonRef;

/**
 * Finds the people an article names and the titles it gives them. Japanese names are romanised pairs
 * next to a Japanese title or "Ngài", put in protocol order (family name first, in capitals); Vietnamese
 * names start with a Vietnamese surname and carry the titles written before or after them.
 */
final class PeopleFinder {
    private static final Pattern ROMAN = Pattern.compile("[A-Z][a-z]+|[A-Z]{2,}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern NGAI = Pattern.compile("(?i)\\bngài\\s+([A-Z][A-Za-z]+)\\s+([A-Z][A-Za-z]+)");
    private static final Pattern PAIR_AT_END = Pattern.compile("([A-Z][A-Za-z]+)\\s+([A-Z][A-Za-z]+)$");
    private static final Pattern PLACE_AFTER_TITLE = Pattern.compile(
            "^(\\s+(?:tỉnh|thành phố|TP\\.?|tại))?((?:\\s+\\p{Lu}[\\p{L}]*){1,4})");
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[,–—-]\\s*");
    private static final Pattern TITLE_BEFORE_COMMA = Pattern.compile("([^,.;:]+),\\s*$");
    /** Capitalised words in Vietnamese news that are never Japanese names (places come from the gazetteers). */
    private static final Set<String> NOT_NAMES = Set.of("nam", "viet", "japan", "jica", "jetro", "unicef", "asean",
            "ocop", "ai", "it", "mou", "oda", "usd", "ubnd", "hdnd", "tp", "business", "matching", "rss", "english",
            "hotline", "kanto", "kansai", "kyushu", "tohoku", "chubu", "chugoku", "shikoku", "hokuriku", "okinawa");
    private static final List<String> JP_RANK = List.of("dai su", "thong doc", "thi truong", "tong lanh su",
            "truong dai dien", "chu tich");
    private static final List<String> VN_RANK = List.of("bi thu tinh uy", "bi thu thanh uy", "chu tich ubnd",
            "pho bi thu", "chu tich hdnd", "pho chu tich thuong truc", "pho chu tich ubnd", "pho chu tich hdnd");

    private final IngestData data = IngestData.get();
    private final Set<String> placeKeys;

    PeopleFinder(Set<String> placeKeys) {
        this.placeKeys = placeKeys;
    }

    /** Every person, Japanese first, each once with the longest title seen. */
    List<PersonRef> find(List<Sentences.Sentence> sentences) {
        Map<String, PersonRef> people = new LinkedHashMap<>();
        for (Sentences.Sentence s : sentences) {
            for (PersonRef p : japanese(s.text())) {
                merge(people, p);
            }
            for (PersonRef p : vietnamese(s.text())) {
                merge(people, p);
            }
        }
        return new ArrayList<>(people.values());
    }

    private static void merge(Map<String, PersonRef> people, PersonRef p) {
        String key = Text.key(p.familyName() + " " + p.givenName());
        String swapped = Text.key(p.givenName() + " " + p.familyName());
        PersonRef old = people.containsKey(key) ? people.get(key) : people.get(swapped);
        if (old == null) {
            people.put(key, p);
        } else if (p.title() != null && (old.title() == null || p.title().length() > old.title().length())) {
            people.put(people.containsKey(key) ? key : swapped, new PersonRef(old.name(), old.familyName(),
                    old.givenName(), old.side(), p.title(), p.evidence()));
        }
    }

    List<PersonRef> japanese(String sentence) {
        List<PersonRef> out = new ArrayList<>();
        String folded = Text.fold(sentence);
        for (IngestData.Title t : data.titles) {
            if (!t.side().equals("jp")) {
                continue;
            }
            int at = folded.indexOf(t.folded());
            while (at >= 0) {
                int end = at + t.folded().length();
                if (boundary(folded, at, end)) {
                    PersonRef after = nameAfter(sentence, at, end);
                    if (after != null) {
                        out.add(after);
                    } else {
                        PersonRef before = nameBefore(sentence, at, end);
                        if (before != null) {
                            out.add(before);
                        }
                    }
                }
                at = folded.indexOf(t.folded(), end);
            }
        }
        Matcher ngai = NGAI.matcher(sentence);
        while (ngai.find()) {
            if (isRoman(ngai.group(1)) && isRoman(ngai.group(2))) {
                out.add(jpPerson(ngai.group(1), ngai.group(2), null, sentence));
            }
        }
        return out;
    }

    private static boolean boundary(String folded, int start, int end) {
        return (start == 0 || !Character.isLetter(folded.charAt(start - 1)))
                && (end >= folded.length() || !Character.isLetter(folded.charAt(end)));
    }

    /** "Thống đốc tỉnh Hokkaido Suzuki Naomichi": the first romanised pair after the title, in the same clause. */
    private PersonRef nameAfter(String sentence, int titleStart, int titleEnd) {
        int clauseEnd = clauseEnd(sentence, titleEnd);
        Matcher w = WORD.matcher(sentence).region(titleEnd, clauseEnd);
        String prev = null;
        int prevStart = -1;
        int count = 0;
        while (w.find() && count++ < 14) {
            String word = w.group();
            if (prev != null && isRoman(prev) && isRoman(word)) {
                String title = sentence.substring(titleStart, prevStart).strip();
                return jpPerson(prev, word, title, sentence);
            }
            prev = word;
            prevStart = w.start();
        }
        return null;
    }

    /** "ngài Ito Naoki, Đại sứ …" or "Ito Naoki – Đại sứ …": the romanised pair just before the title. */
    private PersonRef nameBefore(String sentence, int titleStart, int titleEnd) {
        String head = sentence.substring(0, titleStart).replaceAll("[\\s,–—-]+$", "");
        Matcher m = PAIR_AT_END.matcher(head);
        if (!m.find() || !isRoman(m.group(1)) || !isRoman(m.group(2))) {
            return null;
        }
        return jpPerson(m.group(1), m.group(2), titleWithPlace(sentence, titleStart, titleEnd), sentence);
    }

    /** The title as written, with the place that follows it ("Thống đốc tỉnh Hokkaido"), and no more. */
    static String titleWithPlace(String sentence, int start, int end) {
        Matcher place = PLACE_AFTER_TITLE.matcher(sentence.substring(end));
        if (place.find() && place.group(1) != null) {
            return sentence.substring(start, end + place.end()).strip();
        }
        return sentence.substring(start, end).strip();
    }

    private static int clauseEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == ')' || c == '–' || c == '—') {
                return i;
            }
        }
        return s.length();
    }

    private boolean isRoman(String word) {
        return ROMAN.matcher(word).matches() && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))
                && !placeKeys.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Family name first: the one in capitals, else the one that looks more like a surname. */
    PersonRef jpPerson(String a, String b, String title, String evidence) {
        String family;
        String given;
        boolean aCaps = a.equals(a.toUpperCase(Locale.ROOT));
        boolean bCaps = b.equals(b.toUpperCase(Locale.ROOT));
        if (aCaps != bCaps) {
            family = aCaps ? a : b;
            given = aCaps ? b : a;
        } else if (surnameScore(b) > surnameScore(a)) {
            family = b;
            given = a;
        } else {
            family = a;
            given = b;
        }
        family = capitalise(family);
        given = capitalise(given);
        return new PersonRef(family.toUpperCase(Locale.ROOT) + " " + given, family, given, "jp", title, evidence);
    }

    int surnameScore(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int score = data.jpSurnames.contains(w) ? 4 : 0;
        for (String s : data.surnameSuffixes) {
            if (w.endsWith(s) && w.length() > s.length() + 1) {
                score += s.length() >= 3 ? 2 : 1;
                break;
            }
        }
        for (String g : data.givenSuffixes) {
            if (w.endsWith(g) && w.length() > g.length() + 1) {
                score -= g.length() >= 3 ? 2 : 1;
                break;
            }
        }
        return score;
    }

    private static String capitalise(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    List<PersonRef> vietnamese(String sentence) {
        List<PersonRef> out = new ArrayList<>();
        Matcher w = CAPITALISED_RUN.matcher(sentence);
        while (w.find()) {
            String[] words = w.group().split("\\s+");
            int start = -1;
            for (int i = 0; i < words.length - 1; i++) {
                // "Ninh Bình Đặng Xuân Phong": a place written before the name is not part of it.
                if (i + 1 < words.length && placeKeys.contains(Text.key(words[i] + " " + words[i + 1]))) {
                    i++;
                    continue;
                }
                if (data.vnSurnames.contains(words[i])) {
                    start = i;
                    break;
                }
            }
            if (start < 0) {
                continue;
            }
            if (words.length - start > 4) {
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
            if (placeKeys.contains(Text.key(name)) || placeKeys.contains(Text.key(name).replace(" ", ""))) {
                continue;
            }
            int nameStart = w.start() + w.group().indexOf(words[start]);
            String title = vnTitleAfter(sentence, w.end());
            if (title == null) {
                title = vnTitleBefore(sentence, nameStart);
            }
            if (title == null) {
                continue;
            }
            String[] parts = name.split(" ", 2);
            out.add(new PersonRef(name, parts[0], parts.length > 1 ? parts[1] : null, "vn", title, sentence));
        }
        return out;
    }

    /** "Trần Duy Đông – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": titles joined by commas after the name. */
    private String vnTitleAfter(String sentence, int nameEnd) {
        String rest = sentence.substring(nameEnd);
        Matcher sep = SEPARATOR.matcher(rest);
        if (!sep.find()) {
            return null;
        }
        rest = rest.substring(sep.end());
        List<String> titles = new ArrayList<>();
        for (String chunk : rest.split("\\s*,\\s*|\\s*;\\s*")) {
            String c = chunk.strip();
            String t = startsWithTitle(c);
            if (t == null) {
                break;
            }
            String trimmed = titleWithPlace(c, 0, t.length()).replaceAll("[.;:]+$", "");
            titles.add(trimmed);
            if (!trimmed.equals(c.replaceAll("[.;:]+$", ""))) {
                break;
            }
        }
        return titles.isEmpty() ? null : String.join(", ", titles);
    }

    /** "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Xuân Ký": titles just before the name. */
    private String vnTitleBefore(String sentence, int nameStart) {
        String head = sentence.substring(0, nameStart).strip();
        String foldedHead = Text.fold(head);
        for (IngestData.Title t : data.titles) {
            if (!t.side().equals("vn")) {
                continue;
            }
            int at = foldedHead.lastIndexOf(t.folded());
            if (at < 0) {
                continue;
            }
            String between = head.substring(at + t.folded().length()).strip();
            // Only a place may stand between the title and the name ("Bí thư Tỉnh ủy Ninh Bình Đặng Xuân Phong").
            if (between.split("\\s+").length > 4 || between.contains(",") || between.contains(".")) {
                continue;
            }
            int chainStart = at;
            String before = head.substring(0, at);
            Matcher chain = TITLE_BEFORE_COMMA.matcher(before);
            if (chain.find() && startsWithTitle(chain.group(1).strip()) != null) {
                chainStart = chain.start(1);
            }
            return head.substring(chainStart, at + t.folded().length()).strip()
                    + (between.isEmpty() ? "" : " " + between);
        }
        return null;
    }

    private String startsWithTitle(String chunk) {
        String f = Text.fold(chunk.strip());
        for (IngestData.Title t : data.titles) {
            if (t.side().equals("vn") && f.startsWith(t.folded())) {
                return t.text();
            }
        }
        return null;
    }

    /** Lower is more senior; unknown titles last. */
    static int rank(PersonRef p) {
        List<String> order = "jp".equals(p.side()) ? JP_RANK : VN_RANK;
        int best = order.size();
        if (p.title() == null) {
            return best;
        }
        // Each post in "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" on its own: "Phó Chủ tịch …" is not "Chủ tịch …".
        for (String chunk : p.title().split(",")) {
            String t = Text.key(chunk);
            for (int i = 0; i < order.size(); i++) {
                if (t.startsWith(order.get(i))) {
                    best = Math.min(best, i);
                }
            }
        }
        return best;
    }

    static Comparator<PersonRef> bySeniority() {
        return Comparator.comparingInt(PeopleFinder::rank);
    }
}

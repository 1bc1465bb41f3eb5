package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * Finds Vietnamese officials: a name that starts with a Vietnamese surname ("Trần Duy Đông") and the titles
 * written before or after it ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"). A name without a title is not taken:
 * too many capitalised runs in Vietnamese are places and bodies.
 */
final class VietnamesePeople {
    /** One mention of a Vietnamese official. */
    record Found(int sentence, int start, String name, String family, String given, String title, boolean national,
                 String evidence) {
    }

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[,–—-]\\s*");
    private static final Pattern TITLE_BEFORE_COMMA = Pattern.compile("([^,.;:]+),\\s*$");
    private static final Pattern PLACE_AFTER_TITLE = Pattern.compile(
            "^(\\s+(?:tỉnh|thành phố|TP\\.?|tại))?((?:\\s+\\p{Lu}[\\p{L}]*){1,4})");

    private final IngestData data = IngestData.get();
    private final Japan japan;

    VietnamesePeople(Japan japan) {
        this.japan = japan;
    }

    List<Found> find(List<Sentence> sentences) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.addAll(find(s));
        }
        return out;
    }

    private List<Found> find(Sentence s) {
        String sentence = s.text();
        List<Found> out = new ArrayList<>();
        Matcher w = CAPITALISED_RUN.matcher(sentence);
        while (w.find()) {
            String[] words = w.group().split("\\s+");
            int start = -1;
            for (int i = 0; i < words.length - 1; i++) {
                // "Ninh Bình Đặng Xuân Phong": a place written before the name is not part of it.
                if (japan.isVietnamesePlace(words[i] + " " + words[i + 1])) {
                    i++;
                    continue;
                }
                if (data.vnSurnames.contains(words[i])) {
                    start = i;
                    break;
                }
            }
            if (start < 0 || words.length - start > 4 || words.length - start < 2) {
                continue;
            }
            String name = String.join(" ", Arrays.copyOfRange(words, start, words.length));
            if (japan.isVietnamesePlace(name)) {
                continue;
            }
            int nameStart = w.start() + w.group().indexOf(words[start]);
            String title = titleAfter(sentence, w.end());
            if (title == null) {
                title = titleBefore(sentence, nameStart);
            }
            if (title == null) {
                continue;
            }
            String[] parts = name.split(" ", 2);
            out.add(new Found(s.index(), nameStart, name, parts[0], parts.length > 1 ? parts[1] : null, title,
                    national(title), sentence));
        }
        return out;
    }

    /** True when a title is a national post ("Bộ trưởng Ngoại giao") rather than a province's. */
    boolean national(String title) {
        String f = Text.fold(title);
        if (f.contains("tinh") || f.contains("thanh pho") || f.contains("ubnd") || f.contains("hdnd")) {
            return false;
        }
        for (String chunk : f.split(",")) {
            String c = chunk.strip();
            for (IngestData.Title t : data.titles) {
                if (t.side().equals("vn") && "national".equals(t.kind()) && c.startsWith(t.folded())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Trần Duy Đông – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": titles joined by commas after the name. */
    private String titleAfter(String sentence, int nameEnd) {
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
        return titles.isEmpty() ? null : String.join(", ", titles).replaceAll("[\\s,–—-]+$", "");
    }

    /** "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Xuân Ký": titles just before the name. */
    private String titleBefore(String sentence, int nameStart) {
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

    /** The title as written, with the place that follows it ("Chủ tịch UBND tỉnh Lào Cai"), and no more. */
    static String titleWithPlace(String sentence, int start, int end) {
        Matcher place = PLACE_AFTER_TITLE.matcher(sentence.substring(end));
        String t = place.find() && place.group(1) != null ? sentence.substring(start, end + place.end())
                : sentence.substring(start, end);
        return t.strip().replaceAll("[\\s,–—-]+$", "");
    }

    private static final List<String> RANK = List.of("bi thu tinh uy", "bi thu thanh uy", "chu tich ubnd",
            "chu tich uy ban nhan dan", "pho bi thu", "chu tich hdnd", "pho chu tich thuong truc", "pho chu tich ubnd",
            "pho chu tich uy ban nhan dan", "pho chu tich hdnd");

    /** Lower is more senior; unknown titles last. */
    static int rank(String title) {
        int best = RANK.size();
        if (title == null) {
            return best;
        }
        // Each post in "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" on its own: "Phó Chủ tịch …" is not "Chủ tịch …".
        for (String chunk : title.split(",")) {
            String t = Text.key(chunk);
            for (int i = 0; i < RANK.size(); i++) {
                if (t.startsWith(RANK.get(i))) {
                    best = Math.min(best, i);
                }
            }
        }
        return best;
    }

    /** Vietnamese officials, most senior first, each once. */
    static List<Found> distinctBySeniority(List<Found> found) {
        Map<String, Found> byName = new LinkedHashMap<>();
        for (Found f : found) {
            Found old = byName.get(Text.key(f.name()));
            if (old == null || f.title().length() > old.title().length()) {
                byName.put(Text.key(f.name()), old == null ? f : new Found(old.sentence(), old.start(),
                        old.name(), old.family(), old.given(), f.title(), f.national(), old.evidence()));
            }
        }
        List<Found> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparingInt((Found f) -> rank(f.title())));
        return out;
    }
}

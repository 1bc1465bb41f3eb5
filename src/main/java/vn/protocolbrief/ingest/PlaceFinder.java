package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.ProvinceResolver;
import vn.protocolbrief.domain.Text;

/**
 * Where the province names are: every mention of a 2025 unit or an older one, with the words around it
 * as written ("tỉnh Bình Định cũ"). The meeting belongs to the unit mentioned most; a "tại X" naming
 * another unit is the venue.
 */
final class PlaceFinder {
    /** A province named in the text, as written. */
    record Mention(Province province, String asWritten, int sentence, String evidence) {
    }

    private final ProvinceResolver provinces;
    private final List<String[]> names = new ArrayList<>();

    PlaceFinder(ProvinceResolver provinces, Map<String, List<String>> aliases) {
        this.provinces = provinces;
        for (Province p : provinces.provinces()) {
            names.add(new String[]{p.nameVi(), p.id()});
            p.predecessors().forEach(old -> names.add(new String[]{old, p.id()}));
            aliases.getOrDefault(p.id(), List.of()).forEach(a -> names.add(new String[]{a, p.id()}));
        }
        names.sort(Comparator.comparingInt((String[] n) -> n[0].length()).reversed());
    }

    List<Mention> mentions(List<Sentences.Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i).text();
            String folded = Text.fold(s);
            boolean[] used = new boolean[folded.length()];
            for (String[] n : names) {
                String f = Text.fold(n[0]);
                if (f.length() < 3) {
                    continue;
                }
                int at = folded.indexOf(f);
                while (at >= 0) {
                    int end = at + f.length();
                    if ((at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                            && (end >= folded.length() || !Character.isLetter(folded.charAt(end))) && !used[at]
                            && Character.isUpperCase(s.charAt(at))) {
                        for (int k = at; k < end; k++) {
                            used[k] = true;
                        }
                        Province p = provinces.byId(n[1]).orElseThrow();
                        out.add(new Mention(p, asWritten(s, at, end), i, s));
                    }
                    at = folded.indexOf(f, end);
                }
            }
        }
        return out;
    }

    private static final Pattern BEFORE = Pattern.compile("(?iu)(tỉnh|thành phố|TP\\.?)\\s*$");
    private static final Pattern AFTER = Pattern.compile("(?iu)^\\s*(cũ|trước đây)\\b");

    /** The name with "tỉnh"/"thành phố" before it and "cũ"/"trước đây" after it when the text has them. */
    private static String asWritten(String s, int start, int end) {
        int from = start;
        int windowStart = Math.max(0, start - 12);
        Matcher b = BEFORE.matcher(s.substring(windowStart, start));
        if (b.find()) {
            from = windowStart + b.start();
        }
        int to = end;
        Matcher a = AFTER.matcher(s.substring(end));
        if (a.find()) {
            to = end + a.end();
        }
        return s.substring(from, to).strip();
    }

    /** The unit mentioned most, counting every name it has had; ties go to the one named first. */
    static Mention main(List<Mention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            counts.merge(m.province().id(), 1, Integer::sum);
        }
        String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (best == null) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.province().id().equals(best)) {
                return m;
            }
        }
        return null;
    }
}

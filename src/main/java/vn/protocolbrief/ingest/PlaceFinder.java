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
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * Where the Vietnamese provinces are named: every mention of a 2025 unit or an older one, with the words
 * around it as written ("tỉnh Bình Định cũ"). A name inside a Japanese body's name ("Tổng Lãnh sự quán Nhật
 * Bản tại TP.HCM") is that body's address, not a province of the meeting.
 */
final class PlaceFinder {
    /** A province named in the text, as written; {@code venue} when it only says where something took place. */
    record Mention(Province province, String asWritten, int sentence, int start, int end, String evidence,
                   boolean venue, double weight) {
    }

    /** A span of a sentence that belongs to something else (a Japanese body's name). */
    record Span(int sentence, int start, int end) {
    }

    private static final Pattern BEFORE = Pattern.compile("(?iuU)(tỉnh|thành phố|TP\\.?)\\s*$");
    private static final Pattern AFTER = Pattern.compile("(?iuU)^\\s*(cũ|trước đây)\\b");
    /** "… tại" right after a body's name: the place that follows names the body's seat, not where anyone met. */
    private static final Pattern OF_BODY = Pattern.compile("(?iuU)^\\s*(?:tại|ở)\\s+(?:tỉnh\\s+|thành phố\\s+|TP\\.?\\s*)?");
    private static final Pattern POSTING = Pattern.compile("(?iuU)\\b(?:nhiệm\\s+kỳ|nhậm\\s+chức)\\s+(?:tại|ở)\\s+(?:tỉnh\\s+|thành phố\\s+|TP\\.?\\s*)?$");
    private static final Pattern VENUE = Pattern.compile("(?iuU)\\b(tại|ở)\\s+(?:tỉnh\\s+|thành phố\\s+|TP\\.?\\s*)?$");
    private static final Pattern OWN = Pattern.compile("(?iuU)\\b(UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy"
            + "|lãnh đạo|đoàn công tác|đoàn đại biểu|Đoàn đại biểu cấp cao|Chủ tịch|Bí thư)\\s+(?:tỉnh\\s+|thành phố\\s+|TP\\.?\\s*)?$");

    /**
     * Dictionary words that contain a province's name and are no place of Viet Nam: "Thái Bình Dương" (the Pacific
     * Ocean, as in "châu Á - Thái Bình Dương") holds both "Thái Bình" and "Bình Dương".
     */
    private static final List<String> NOT_PROVINCES = List.of("thai binh duong");

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

    List<Mention> mentions(List<Sentence> sentences, List<Span> elsewhere) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String text = s.text();
            String folded = s.folded();
            boolean[] used = new boolean[folded.length()];
            for (Span x : elsewhere) {
                if (x.sentence() == s.index()) {
                    int to = x.end();
                    // "JETRO tại Hà Nội", "Tổng Lãnh sự quán … tại Đà Nẵng": the place is part of the body's name.
                    Matcher tail = x.end() <= text.length() ? OF_BODY.matcher(text.substring(x.end())) : null;
                    if (tail != null && tail.find()) {
                        to = x.end() + tail.end() + 1;
                    }
                    for (int k = x.start(); k < to && k < used.length; k++) {
                        used[k] = true;
                    }
                }
            }
            for (String word : NOT_PROVINCES) {
                for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length())) {
                    if (Tokens.wordStarts(folded, at) && Tokens.wordEnds(folded, at + word.length())) {
                        java.util.Arrays.fill(used, at, at + word.length(), true);
                    }
                }
            }
            for (String[] n : names) {
                String f = Text.fold(n[0]);
                if (f.length() < 3) {
                    continue;
                }
                int at = folded.indexOf(f);
                while (at >= 0) {
                    int end = at + f.length();
                    if (Tokens.wordStarts(folded, at) && Tokens.wordEnds(folded, end) && !used[at] && !used[end - 1]
                            && capitalised(text, at, end) && !followedByName(text, end)) {
                        for (int k = at; k < end; k++) {
                            used[k] = true;
                        }
                        Province p = provinces.byId(n[1]).orElseThrow();
                        String before = text.substring(Math.max(0, at - 30), at);
                        // "bắt đầu nhiệm kỳ tại thành phố Đà Nẵng": where a guest is posted, not where the meeting was.
                        boolean venue = VENUE.matcher(before).find() && !POSTING.matcher(before).find();
                        double weight = s.role().weight * (OWN.matcher(before).find() ? 1.5 : 1.0);
                        out.add(new Mention(p, asWritten(text, at, end), s.index(), at, end, text, venue, weight));
                    }
                    at = folded.indexOf(f, end);
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
        return out;
    }

    /** Every word of the name capitalised as a name is ("Hòa Bình", not "hòa bình"); abbreviations as written. */
    private static boolean capitalised(String text, int start, int end) {
        boolean wordStart = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && wordStart && !Character.isUpperCase(c)) {
                return false;
            }
            wordStart = !Character.isLetterOrDigit(c);
        }
        return true;
    }

    /**
     * One capitalised word glued after a place's name makes another proper name of it (an ocean, a region); a
     * person's name after a place has two capitalised words or more ("Bình Định Phạm Anh Tuấn"), and stays apart.
     */
    private static boolean followedByName(String text, int end) {
        if (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))) {
            int e = end + 1;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            boolean anotherCapital = e + 1 < text.length() && text.charAt(e) == ' '
                    && Character.isUpperCase(text.charAt(e + 1));
            return !anotherCapital && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
        }
        return false;
    }

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

    /**
     * The province of the meeting: the one named most, weighing the headline and the lead more, and a name
     * after "UBND", "Bí thư", "đoàn công tác" more; a name only said as where something happened ("tại TP.HCM")
     * counts half. Ties go to the one named first.
     */
    static Mention main(List<Mention> mentions) {
        Map<String, Double> scores = scores(mentions);
        String best = null;
        double bestScore = 0;
        for (var e : scores.entrySet()) {
            if (e.getValue() > bestScore + 1e-9) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best == null) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.province().id().equals(best) && !m.venue()) {
                return m;
            }
        }
        for (Mention m : mentions) {
            if (m.province().id().equals(best)) {
                return m;
            }
        }
        return null;
    }

    /** Each province's weight in the article; a place said only as where something happened counts half. */
    private static Map<String, Double> scores(List<Mention> mentions) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Mention m : mentions) {
            scores.merge(m.province().id(), m.venue() ? m.weight() / 2 : m.weight(), Double::sum);
        }
        return scores;
    }

    /** How clearly the article points at the main province: its weight against the strongest other one (0–1). */
    static double confidence(List<Mention> mentions, Mention main) {
        double mine = 0;
        double other = 0;
        for (var e : scores(mentions).entrySet()) {
            if (e.getKey().equals(main.province().id())) {
                mine = e.getValue();
            } else {
                other = Math.max(other, e.getValue());
            }
        }
        return mine / (mine + other);
    }

    /**
     * "… tại tỉnh Quảng Ninh" naming another unit than the meeting's: the meeting was held there (null if none). The
     * story's own words first: a headline's "ở X" often says where the project or the investment is ("Nhật Bản giúp
     * xây hai trường tiểu học ở Nam Định"), the story says where the meeting was ("Chiều 28-12, tại Hà Nội, …").
     */
    static Mention venue(List<Mention> mentions, Mention main, List<Sentence> sentences) {
        Mention headline = null;
        for (Mention m : mentions) {
            if (m.venue() && !m.province().id().equals(main.province().id())) {
                boolean inHeadline = sentences.stream()
                        .anyMatch(s -> s.index() == m.sentence() && s.role() == Sentences.Role.HEADLINE);
                if (!inHeadline) {
                    return m;
                }
                headline = headline == null ? m : headline;
            }
        }
        return headline;
    }
}

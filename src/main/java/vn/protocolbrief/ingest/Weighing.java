package vn.protocolbrief.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.PartnerFinder.Candidate;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * How much each mention counts, for one article: bodies and people weighed by where they stand (headline, lead,
 * body, caption), by the reception's or delegation's words around them and by a person's rank; whether the article
 * is a meeting at all, and whether it is the central government's rather than a province's.
 */
final class Weighing {
    private final Cues cues;
    private final JapanesePeople japanese;

    Weighing(Cues cues, JapanesePeople japanese) {
        this.cues = cues;
        this.japanese = japanese;
    }

    boolean hasCue(String text, String kind) {
        String key = cues.k(text);
        for (String c : cues.cues(kind)) {
            if (Cues.indexOfWord(key, c) >= 0) {
                // "tiếp tục", "tiếp nhận", "tiếp cận" are not receptions.
                return true;
            }
        }
        return false;
    }

    /**
     * A meeting of the central government, not of a province: a national post (a minister, the Prime Minister)
     * receives, and no province takes part — no provincial official, and provinces named only in passing
     * ("tại Hà Nội và TP Hồ Chí Minh"), not as a host ("UBND tỉnh …", "đoàn công tác tỉnh …").
     */
    boolean nationalLevel(List<VietnamesePeople.Found> hosts, List<PlaceFinder.Mention> places,
                          List<Sentence> sentences) {
        boolean provincialOfficial = hosts.stream().anyMatch(h -> !h.national());
        if (provincialOfficial) {
            return false;
        }
        boolean provinceTakesPart = places.stream().anyMatch(m -> !m.venue()
                && (m.weight() > sentences.get(m.sentence()).role().weight || sentences.get(m.sentence()).role()
                == Sentences.Role.HEADLINE));
        if (provinceTakesPart) {
            return false;
        }
        boolean nationalHost = hosts.stream().anyMatch(VietnamesePeople.Found::national);
        boolean nationalBody = sentences.stream().anyMatch(s -> hasCue(s.text(), "national"));
        // An unnamed minister ("Bộ trưởng Bộ Ngoại giao tiếp …") in a capital named only as the venue is national too.
        return nationalHost || nationalBody && places.stream().allMatch(PlaceFinder.Mention::venue);
    }

    /** Mentions weighed by where they stand; a mention a reception or a delegation's words point at counts more. */
    void score(List<Candidate> candidates, List<Sentence> sentences) {
        for (Candidate c : candidates) {
            double s = 0;
            int cued = 0;
            Set<Integer> cuedSentences = new HashSet<>();
            for (PartnerFinder.Mention m : c.mentions) {
                Sentence sentence = sentences.get(m.sentence());
                s += m.weight() * sentence.role().weight * (secondary(sentence, cues) ? 0.5 : 1);
                if (m.weight() > 0 && cuedSentences.add(m.sentence()) && pointedAt(sentence, m.start(), cues) && cued < 3) {
                    cued++;
                }
            }
            c.score = s + cued * 1.5;
        }
    }

    /** "tiếp Đoàn công tác X", "làm việc với X", "đoàn X", "giữa … và X" before the mention. */
    static boolean pointedAt(Sentence s, int start, Cues cues) {
        String before = cues.k(s.text().substring(Math.max(0, start - 60), start));
        for (String c : List.of("tiếp", "làm việc với", "hội đàm với", "hội kiến", "chào xã giao", "thăm xã giao",
                "gặp gỡ", "đoàn công tác", "đoàn đại biểu", "đoàn", "đón", "tiếp đón", "đón tiếp", "với", "giữa",
                "thăm", "chúc tết", "chúc mừng", "ký kết", "của")) {
            String k = cues.phrase(Text.lowerKey(c));
            if (before.endsWith(" " + k) || before.equals(k) || before.endsWith(" " + k + " " + cues.phrase("đoàn"))) {
                return true;
            }
        }
        return Cues.indexOfWord(before, cues.phrase("đoàn")) >= 0 && before.length() < 45;
    }

    double leaderScore(ArticlePerson p, List<Sentence> sentences) {
        double s = japanese.rank(p.title) / 2.0;
        double mentions = 0;
        boolean leads = false;
        for (JapanesePeople.Found f : p.mentions) {
            Sentence sentence = sentences.get(f.sentence());
            mentions += 0.5 * sentence.role().weight;
            String after = cues.k(sentence.text().substring(f.end(), Math.min(sentence.text().length(), f.end() + 110)));
            String before = cues.k(sentence.text().substring(Math.max(0, f.start() - 90), f.start()));
            for (String c : cues.cues("lead")) {
                if (Cues.indexOfWord(after, c) >= 0 || before.endsWith(" " + c) || before.endsWith(c)) {
                    leads = true;
                }
            }
            if (Cues.indexOfWord(before, cues.phrase("tiếp đoàn")) >= 0 || before.endsWith(cues.phrase("tiếp đoàn có"))) {
                leads = true;
            }
        }
        double score = s + Math.min(3, mentions) + (leads ? 4 : 0);
        // Named only in "Cùng ngày, … cũng làm việc với …": a second meeting of the day, not the one reported.
        boolean onlySecondary = p.mentions.stream().allMatch(f -> secondary(sentences.get(f.sentence()), cues));
        // Named only under the photos: someone met on the trip; the story names the one it is about.
        boolean onlyCaptions = p.mentions.stream().allMatch(f -> sentences.get(f.sentence()).role() == Sentences.Role.CAPTION);
        return onlySecondary || onlyCaptions ? score / 2 : score;
    }

    /** "Cùng ngày, tỉnh cũng làm việc với …", "Sau đó, đoàn đến thăm …": a further meeting, told after the main one. */
    static boolean secondary(Sentence s, Cues cues) {
        if (s.role() == Sentences.Role.HEADLINE || s.role() == Sentences.Role.LEAD) {
            return false;
        }
        String key = cues.k(s.text());
        return cues.cues("secondary_opener").stream().anyMatch(c -> key.startsWith(c + " "))
                || cues.cues("secondary").stream().anyMatch(c -> Cues.indexOfWord(key, c) >= 0);
    }
}

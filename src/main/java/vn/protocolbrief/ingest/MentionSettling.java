package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.PartnerFinder.Candidate;
import vn.protocolbrief.ingest.PartnerFinder.Mention;
import vn.protocolbrief.ingest.PartnerFinder.Raw;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * The bodies an article names, once every way of naming them has been tried: overlapping mentions settled (the
 * longer, more specific one wins), each body's mentions gathered, a prefecture that only says where a city or a
 * university is dropped, bare repeats ("Sakai" alone, "ngài Đại sứ") counted as lighter mentions.
 */
final class MentionSettling {
    private static final Pattern BARE_AMBASSADOR = Pattern.compile("(?iuU)\\b(?:ngài\\s+)?đại\\s+sứ\\b");
    private static final Pattern QUALIFIER_GAP = Pattern.compile("^\\s*(?:\\(|,|thuộc|của|ở)\\s*$");

    private MentionSettling() {
    }

    static List<Candidate> candidates(List<Sentence> sentences, List<Raw> raw) {
        List<Raw> accepted = settle(raw);
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        for (Raw r : accepted) {
            Candidate c = byKey.computeIfAbsent(r.spec().key, k -> r.spec());
            if (c.prefectureCode == null && r.spec().prefectureCode != null) {
                c.prefectureCode = r.spec().prefectureCode;
            }
            if (c.nameEn == null && r.spec().nameEn != null) {
                c.nameEn = r.spec().nameEn;
            }
            if (c.core == null && r.spec().core != null) {
                c.core = r.spec().core;
            }
            for (Warning w : r.spec().warnings) {
                if (!c.warnings.contains(w)) {
                    c.warnings.add(w);
                }
            }
            Sentence s = sentences.get(r.sentence());
            c.mentions.add(new Mention(r.sentence(), r.start(), r.end(), r.weight(), s.text().substring(r.start(), r.end())));
        }
        qualifiers(sentences, accepted, byKey);
        mergeAssociations(byKey);
        bareMentions(sentences, accepted, byKey);
        ambassadors(sentences, accepted, byKey);
        List<Candidate> out = new ArrayList<>(byKey.values());
        out.removeIf(c -> c.mentions.stream().allMatch(m -> m.weight() == 0));
        return out;
    }

    /** Longer, more specific mentions win where mentions overlap. */
    private static List<Raw> settle(List<Raw> raw) {
        List<Raw> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparingInt(Raw::priority).reversed().thenComparing(Comparator.comparingInt(Raw::length)
                .reversed()));
        List<Raw> accepted = new ArrayList<>();
        for (Raw r : sorted) {
            boolean overlaps = accepted.stream().anyMatch(a -> a.sentence() == r.sentence() && a.start() < r.end()
                    && r.start() < a.end());
            if (!overlaps) {
                accepted.add(r);
            }
        }
        accepted.sort(Comparator.comparingInt(Raw::sentence).thenComparingInt(Raw::start));
        return accepted;
    }

    /**
     * A prefecture named right after a city, a university or an association ("TP Izumisano thuộc phủ Osaka",
     * "Đại học Niigata (tỉnh Niigata, Nhật Bản)") says where that body is; it is not a partner of its own there.
     */
    private static void qualifiers(List<Sentence> sentences, List<Raw> accepted, Map<String, Candidate> byKey) {
        for (int i = 1; i < accepted.size(); i++) {
            Raw r = accepted.get(i);
            Raw before = accepted.get(i - 1);
            if (r.spec().kind != PartnerKind.PREFECTURE || before.sentence() != r.sentence()
                    || before.spec().kind == PartnerKind.PREFECTURE) {
                continue;
            }
            String gap = sentences.get(r.sentence()).text().substring(before.end(), r.start());
            if (!QUALIFIER_GAP.matcher(gap).matches()) {
                continue;
            }
            Candidate pref = byKey.get(r.spec().key);
            Candidate owner = byKey.get(before.spec().key);
            if (pref == null || owner == null) {
                continue;
            }
            if (owner.prefectureCode == null) {
                owner.prefectureCode = pref.prefectureCode;
            }
            for (int k = 0; k < pref.mentions.size(); k++) {
                Mention m = pref.mentions.get(k);
                if (m.sentence() == r.sentence() && m.start() == r.start()) {
                    pref.mentions.set(k, new Mention(m.sentence(), m.start(), m.end(), 0, m.asWritten()));
                }
            }
        }
    }

    /**
     * One association named two ways ("Hội Hữu nghị Nhật Bản - Việt Nam", later "… Nhật - Việt vùng Chukyo"):
     * the unnamed form joins the only named one.
     */
    private static void mergeAssociations(Map<String, Candidate> byKey) {
        List<Candidate> named = byKey.values().stream().filter(c -> c.kind == PartnerKind.ASSOCIATION && c.japanese()
                && c.known == null && c.core != null && c.nameVi.startsWith("Hội Hữu nghị")).toList();
        Candidate plain = byKey.values().stream().filter(c -> c.kind == PartnerKind.ASSOCIATION && c.japanese()
                && c.core == null && c.nameVi.startsWith("Hội Hữu nghị")).findFirst().orElse(null);
        if (named.size() == 1 && plain != null) {
            named.get(0).mentions.addAll(plain.mentions);
            named.get(0).mentions.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
            byKey.remove(plain.key);
        }
    }

    /** "Sakai", "Izumisano", "Panasonic" alone, once the body has been named in full: a lighter mention. */
    private static void bareMentions(List<Sentence> sentences, List<Raw> accepted, Map<String, Candidate> byKey) {
        Map<String, List<Candidate>> byCore = new LinkedHashMap<>();
        for (Candidate c : byKey.values()) {
            if (c.core != null && c.japanese()) {
                byCore.computeIfAbsent(Romaji.reduce(c.core), k -> new ArrayList<>()).add(c);
            }
        }
        for (var e : byCore.entrySet()) {
            if (e.getValue().size() != 1) {
                continue;
            }
            Candidate c = e.getValue().get(0);
            String folded = Text.fold(c.core);
            for (Sentence s : sentences) {
                for (int at : Tokens.find(s.folded(), folded)) {
                    int end = at + folded.length();
                    if (!Character.isUpperCase(s.text().charAt(at))) {
                        continue;
                    }
                    boolean covered = accepted.stream().anyMatch(a -> a.sentence() == s.index() && a.start() < end
                            && at < a.end()) || c.mentions.stream().anyMatch(m -> m.sentence() == s.index()
                            && m.start() < end && at < m.end());
                    if (!covered) {
                        c.mentions.add(new Mention(s.index(), at, end, 0.5, s.text().substring(at, end)));
                    }
                }
            }
        }
    }

    /** "ngài Đại sứ", "Đại sứ" alone: the Embassy again, when the article names it (or its ambassador) at all. */
    private static void ambassadors(List<Sentence> sentences, List<Raw> accepted, Map<String, Candidate> byKey) {
        Candidate embassy = byKey.values().stream().filter(c -> c.kind == PartnerKind.EMBASSY && c.japanese())
                .findFirst().orElse(null);
        if (embassy == null) {
            return;
        }
        for (Sentence s : sentences) {
            Matcher m = BARE_AMBASSADOR.matcher(s.text());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean covered = accepted.stream().anyMatch(a -> a.sentence() == s.index() && a.start() < end
                        && start < a.end());
                String after = s.text().substring(end);
                if (!covered && !after.stripLeading().startsWith("quán") && !after.stripLeading().startsWith("Việt")) {
                    embassy.mentions.add(new Mention(s.index(), start, end, 0.5, m.group()));
                }
            }
        }
    }
}

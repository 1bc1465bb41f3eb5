package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;

/** Splits the story into sentences; each knows its paragraph, its place in the story and its folded form. */
final class Sentences {
    /** Where a sentence stands: the headline and the lead weigh most, captions least. */
    enum Role {
        HEADLINE(2.0), LEAD(1.5), BODY(1.0), CAPTION(0.5);

        final double weight;

        Role(double weight) {
            this.weight = weight;
        }
    }

    /** One sentence; {@code folded} has the same length as {@code text} (see {@link Text#fold}). */
    record Sentence(int index, int paragraph, String text, String folded, Role role) {
        Sentence(int paragraph, String text) {
            this(0, paragraph, text, Text.fold(text), Role.BODY);
        }

        boolean body() {
            return role == Role.LEAD || role == Role.BODY;
        }
    }

    // A full stop, question or exclamation mark followed by a capital (Vietnamese capitals included) or a quote.
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\"“(])");
    /** Abbreviations a full stop follows inside a sentence: "TP. Hồ Chí Minh", "TS. Ushiki", "H. Thu". */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("tp", "ts", "gs", "pgs", "ths", "bs",
            "ks", "mr", "ms", "mrs", "dr", "st", "tt", "q", "p", "tx", "ubnd", "no", "vs");

    /** The sentences of a paragraph, not broken after an abbreviation or an initial. */
    static List<String> sentencesOf(String paragraph) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = BOUNDARY.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            int dot = m.start() - 1;
            int w = dot;
            while (w > 0 && Character.isLetter(paragraph.charAt(w - 1))) {
                w--;
            }
            String word = paragraph.substring(w, dot);
            if (paragraph.charAt(dot) == '.' && (ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))
                    || word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
                continue;
            }
            out.add(paragraph.substring(start, m.start()));
            start = m.end();
        }
        out.add(paragraph.substring(start));
        return out;
    }

    private Sentences() {
    }

    /** The headline (when known) first, then the story's lines; the first prose sentence is the lead. */
    static List<Sentence> of(String headline, List<ArticleCleaner.Line> lines) {
        List<Sentence> out = new ArrayList<>();
        if (headline != null && !headline.isBlank()) {
            out.add(new Sentence(0, -1, headline, Text.fold(headline), Role.HEADLINE));
        }
        boolean leadSeen = false;
        for (int p = 0; p < lines.size(); p++) {
            ArticleCleaner.Line line = lines.get(p);
            for (String s : sentencesOf(line.text())) {
                String t = s.strip();
                if (t.isEmpty()) {
                    continue;
                }
                Role role = line.caption() ? Role.CAPTION : leadSeen ? Role.BODY : Role.LEAD;
                leadSeen |= role == Role.LEAD;
                out.add(new Sentence(out.size(), p, t, Text.fold(t), role));
            }
        }
        return out;
    }

    /** Plain paragraphs (tests and callers without roles). */
    static List<Sentence> split(List<String> paragraphs) {
        List<ArticleCleaner.Line> lines = paragraphs.stream().map(p -> new ArticleCleaner.Line(p, false)).toList();
        return of(null, lines);
    }
}

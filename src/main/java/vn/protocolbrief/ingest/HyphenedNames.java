package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.ingest.Tokens.Token;

/**
 * Hyphens inside Japanese names as Vietnamese pages write them: romanisation's own ("Ken-ichi", "Mit-suo"), one
 * word, or a name spelt in Vietnamese syllables ("Ni-si-ha-ra"), read whole elsewhere and no romanised name of its
 * own. Split out of {@link JapanesePeople}, which finds the names; this only decides what a hyphen joins.
 */
final class HyphenedNames {
    private HyphenedNames() {
    }

    /**
     * "Ni-si-ha-ra": a syllable joined by a hyphen to a letter is part of a name written in Vietnamese syllables
     * (read whole by {@link #SYLLABLE_NAME}), no romanised name of its own.
     */
    static List<Token> withoutSyllables(String text, List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 1 < tokens.size() && hepburnSplit(text, tokens, i)) {
                // "Ken-ichi", "Shin-ya": Hepburn's hyphen after n before a vowel or y — one romanised given name.
                Token u = tokens.get(i + 1);
                out.add(new Token(t.start(), u.end(), t.text() + u.text()));
                i++;
                continue;
            }
            // Both sides of the hyphen short syllables: "Hiroyasu-Thị trưởng" is a name and its title, kept.
            boolean after = i + 1 < tokens.size() && syllable(t) && syllable(tokens.get(i + 1))
                    && tokens.get(i + 1).start() == t.end() + 1 && text.charAt(t.end()) == '-';
            boolean before = i > 0 && syllable(t) && syllable(tokens.get(i - 1))
                    && tokens.get(i - 1).end() + 1 == t.start() && text.charAt(t.start() - 1) == '-';
            if (!after && !before) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Two parts only, a capitalised one ending in n and a lower-case one opening with a vowel or y ("Ken-ichi",
     * "Jun-ya"): romanisation's hyphen, not Vietnamese syllables (those are capitalised or run to three and more).
     */
    private static boolean hepburnSplit(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token u = tokens.get(i + 1);
        boolean joined = u.start() == t.end() + 1 && text.charAt(t.end()) == '-';
        boolean beforeJoined = i > 0 && tokens.get(i - 1).end() + 1 == t.start() && text.charAt(t.start() - 1) == '-';
        boolean afterJoined = i + 2 < tokens.size() && tokens.get(i + 2).start() == u.end() + 1
                && text.charAt(u.end()) == '-';
        String first = t.text();
        String second = u.text();
        if (!joined || beforeJoined || afterJoined || !t.capitalised() || second.isEmpty() || !Romaji.is(first + second)) {
            return false;
        }
        // "Mit-suo": a given name split at a syllable, two halves in plain Latin letters, the second in lower case,
        // is one word; Vietnamese syllables carry their marks ("I-tô") or run to three parts and more.
        boolean plain = (first + second).chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))
                && Character.isLowerCase(second.charAt(0)) && first.length() >= 2 && second.length() >= 2
                // "Ka-to Ta-ro": beside another hyphened word it is a name in syllables, read whole elsewhere.
                && !text.substring(u.end()).matches("(?s)^\\s+\\p{L}+-.*")
                && !text.substring(0, t.start()).matches("(?s).*-\\p{L}+\\s+$");
        return first.endsWith("n") && first.length() >= 2 && "aeiouy".indexOf(second.charAt(0)) >= 0 || plain;
    }

    /** One syllable as Vietnamese spells a Japanese mora ("Ni", "rô", "Tsu", "Hát"). */
    private static boolean syllable(Token t) {
        return t.text().length() <= 4;
    }
}

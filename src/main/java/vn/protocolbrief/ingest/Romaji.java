package vn.protocolbrief.ingest;

import java.util.Locale;
import vn.protocolbrief.domain.JapaneseReading;

/**
 * Japanese words written in Latin letters (Hepburn and its common variants). A word is romaji when it splits
 * into Japanese syllables: "Kawakatsu", "Matsushita", "Hideio", "Ohno" do; "Kwan", "Yong", "Nguyen",
 * "Table", "Thanh" do not. This is what tells a Japanese name from a Vietnamese, Korean or English word
 * without a list of every name.
 */
final class Romaji {
    private Romaji() {
    }

    /** True when the word (letters only, any case, macrons allowed) is made of Japanese syllables. */
    static boolean is(String word) {
        if (word == null || word.length() < 2) {
            return false;
        }
        String w = JapaneseReading.asciiLetters(word);
        if (w == null) {
            return false;
        }
        return parse(w, 0);
    }

    /**
     * The form names are compared in: lower case, macrons dropped, long vowels written once ("Ōsaka",
     * "Oosaka" and "Osaka" are all "osaka"; "Itou" is "ito").
     */
    static String reduce(String word) {
        String w = JapaneseReading.asciiLetters(word);
        if (w == null) {
            return word.toLowerCase(Locale.ROOT);
        }
        return w.replaceAll("oh(?![aiueoy])", "o").replace("ou", "o").replace("oo", "o").replace("uu", "u");
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
    }

    /** Syllable by syllable from {@code at}; backtracks where two readings are possible ("n" + vowel). */
    private static boolean parse(String w, int at) {
        if (at == w.length()) {
            return true;
        }
        char c = w.charAt(at);
        if (vowel(c)) {
            return parse(w, at + 1);
        }
        int n = w.length();
        // A doubled consonant (kk, ss, tt, pp) or "tch" before its syllable.
        if (at + 1 < n && c == w.charAt(at + 1) && "kstpgdbzcfhjmr".indexOf(c) >= 0 && c != 'n'
                && at > 0 && vowel(w.charAt(at - 1)) && parse(w, at + 1)) {
            return true;
        }
        if (c == 't' && at + 1 < n && w.charAt(at + 1) == 'c' && at > 0 && parse(w, at + 1)) {
            return true;
        }
        for (String onset : ONSETS) {
            if (w.startsWith(onset, at) && at + onset.length() < n && vowel(w.charAt(at + onset.length()))) {
                if (parse(w, at + onset.length())) {
                    return true;
                }
            }
        }
        // Syllabic n (before a consonant or at the end), m before a labial, h lengthening a vowel ("Ohno").
        if (c == 'n' && at > 0 && (at + 1 == n || !vowel(w.charAt(at + 1)) && w.charAt(at + 1) != 'y')) {
            return parse(w, at + 1);
        }
        if (c == 'm' && at > 0 && at + 1 < n && "bpm".indexOf(w.charAt(at + 1)) >= 0) {
            return parse(w, at + 1);
        }
        if (c == 'h' && at > 0 && w.charAt(at - 1) == 'o' && (at + 1 == n || !vowel(w.charAt(at + 1)))) {
            return parse(w, at + 1);
        }
        return false;
    }

    /** Consonants that may open a syllable, longest first. */
    private static final String[] ONSETS = {"sh", "ch", "ts", "ky", "gy", "ny", "hy", "my", "ry", "by", "py", "jy",
            "k", "g", "s", "z", "j", "t", "d", "n", "h", "b", "p", "f", "m", "y", "r", "w"};
}

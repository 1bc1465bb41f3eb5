package vn.protocolbrief.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a leader reads a Japanese name aloud in Vietnamese: the romaji split into syllables and written the way
 * Vietnamese protocol and the press transcribe them ("Ito Naoki" → "I-tô Na-ô-ki", "Suzuki" → "Xư-dư-ki",
 * "Hattori" → "Hát-tô-ri"). Each mora is one syllable; a syllabic n closes the syllable before it; a doubled
 * consonant closes it with a stop. A word that is not romaji (kanji, a Vietnamese or English word) gets no
 * reading: null, never a guess.
 */
public final class JapaneseReading {
    private static final java.util.Set<String> UNROUNDED_U = java.util.Set.of("k", "s", "t", "ts", "z", "h", "d");

    private JapaneseReading() {
    }

    /** The reading of a name of one or more words ("ITO Naoki"), or null when a word is not romaji. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String w : name.strip().split("[\\s\\u3000]+")) {
            String r = word(w);
            if (r == null) {
                return null;
            }
            words.add(r);
        }
        return String.join(" ", words);
    }

    /** One word: "Naoki" → "Na-ô-ki". */
    static String word(String word) {
        String w = plain(word);
        if (w == null || w.isEmpty()) {
            return null;
        }
        List<String> syllables = new ArrayList<>();
        int i = 0;
        int n = w.length();
        while (i < n) {
            char c = w.charAt(i);
            // Syllabic n: before a consonant other than y, or at the end; it closes the syllable before it.
            if (c == 'n' && !syllables.isEmpty() && (i + 1 == n || (!vowel(w.charAt(i + 1)) && w.charAt(i + 1) != 'y'
                    && w.charAt(i + 1) != 'n'))) {
                close(syllables, "n");
                i++;
                continue;
            }
            if (c == 'n' && i + 1 < n && w.charAt(i + 1) == 'n' && !syllables.isEmpty()) {
                close(syllables, "n"); // "nn" before a vowel: the first closes, the second starts the next mora
                i++;
                continue;
            }
            // A doubled consonant (kk, tt, ss, pp, tch): a stop that closes the syllable before it.
            if (i + 1 < n && !syllables.isEmpty() && !vowel(c) && c != 'n'
                    && (c == w.charAt(i + 1) || (c == 't' && w.charAt(i + 1) == 'c'))) {
                close(syllables, c == 'p' ? "p" : c == 't' || c == 's' ? "t" : "c");
                i++;
                continue;
            }
            int start = i;
            while (i < n && !vowel(w.charAt(i))) {
                i++;
            }
            if (i == n) {
                return null; // ends in a consonant that is not n: not romaji
            }
            String onset = w.substring(start, i);
            char v = w.charAt(i++);
            String s = mora(onset, v);
            if (s == null) {
                return null;
            }
            syllables.addAll(List.of(s.split("-")));
        }
        StringBuilder out = new StringBuilder();
        for (String s : syllables) {
            if (out.length() > 0) {
                out.append('-');
            }
            out.append(s);
        }
        return capitalise(out.toString());
    }

    /** Consonant(s) and vowel of one mora, written the Vietnamese way; a glide (kyo) becomes two syllables. */
    private static String mora(String onset, char v) {
        String vowel = switch (v) {
            case 'e' -> "ê";
            case 'o' -> "ô";
            default -> String.valueOf(v);
        };
        if (onset.length() >= 2 && onset.endsWith("y") && !onset.equals("y")) {
            String head = onset.substring(0, onset.length() - 1);
            String first = consonant(head, 'i');
            return first == null ? null : first + "y-" + (v == 'u' ? "u" : vowel); // kyo → ky-ô
        }
        // "u" after these onsets is the unrounded vowel the press writes "ư" (Xư-dư-ki, Cô-i-dư-mi); after f and m
        // it is written "u" (Phu-cư-đa for Fukuda, Mu-ra-y-a-ma for Murayama), as the Vietnamese press spells them.
        if (v == 'u' && UNROUNDED_U.contains(onset)) {
            vowel = "ư";
        }
        String c = consonant(onset, v);
        if (c == null) {
            return null;
        }
        if (onset.equals("w")) {
            return v == 'a' ? "oa" : vowel;
        }
        if (onset.equals("y")) {
            return v == 'i' ? "i" : "y-" + vowel;
        }
        return c + vowel;
    }

    /** The Vietnamese spelling of a Hepburn onset before a vowel; null for one Japanese does not have. */
    private static String consonant(String onset, char before) {
        boolean front = before == 'i' || before == 'e';
        return switch (onset) {
            case "" -> "";
            case "k" -> front ? "k" : "c";
            case "g" -> front ? "gh" : "g";
            case "s" -> "x";
            case "sh" -> "s";
            case "z" -> "d";
            case "j" -> before == 'i' ? "g" : "gi";
            case "t" -> "t";
            case "ch" -> "ch";
            case "ts" -> "x";
            case "d" -> "đ";
            case "n" -> "n";
            case "h" -> "h";
            case "f" -> "ph";
            case "b" -> "b";
            case "p" -> "p";
            case "m" -> "m";
            case "r" -> "r";
            case "y", "w" -> "";
            case "v" -> "v";
            default -> null;
        };
    }

    /** Adds a closing consonant to the last syllable, with the rising tone a stop takes ("Hát", "Hốc"). */
    private static void close(List<String> syllables, String coda) {
        int last = syllables.size() - 1;
        String s = syllables.get(last);
        if (!coda.equals("n")) {
            s = rising(s);
        }
        syllables.set(last, s + coda);
    }

    private static String rising(String s) {
        int i = s.length() - 1;
        char c = s.charAt(i);
        String marked = switch (c) {
            case 'a' -> "á";
            case 'i' -> "í";
            case 'u' -> "ú";
            case 'ư' -> "ứ";
            case 'ê' -> "ế";
            case 'ô' -> "ố";
            default -> String.valueOf(c);
        };
        return s.substring(0, i) + marked;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
    }

    /** Lower-case ASCII letters with long vowels written once ("Itou", "Oono", "Ōta" → "ito", "ono", "ota"). */
    private static String plain(String word) {
        String letters = asciiLetters(word.replace("-", ""));
        if (letters == null) {
            return null;
        }
        // Long vowels written twice are read once; "ou" only before a consonant or at the end (Inoue is I-nô-u-ê).
        return letters.replaceAll("oh(?![aiueoy])", "o").replaceAll("ou(?![aiueo])", "o").replace("oo", "o")
                .replace("uu", "u");
    }

    /**
     * A romanised Japanese word as lower-case ASCII: macrons and circumflexes become their vowels, apostrophes are
     * dropped; null when it has any other letter (the importer's romaji test uses the same reading).
     */
    public static String asciiLetters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            switch (c) {
                case 'ā', 'â' -> out.append('a');
                case 'ī', 'î' -> out.append('i');
                case 'ū', 'û' -> out.append('u');
                case 'ē', 'ê' -> out.append('e');
                case 'ō', 'ô' -> out.append('o');
                case '\'', '’' -> {
                }
                default -> {
                    if (c < 'a' || c > 'z') {
                        return null;
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

package vn.protocolbrief.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Text rules shared by every layer: NFC on the way in, and the folding used for search and name matching. */
public final class Text {
    private Text() {
    }

    /**
     * Unicode NFC, without invisible formatting characters: the way in for all text (articles, archives, forms,
     * the terminal). Articles often arrive decomposed (NFD) and would otherwise neither match nor lay out; a
     * bidirectional control would show a name reversed, a zero-width character would split a word for search.
     */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        String visible = withoutInvisible(s);
        return Normalizer.isNormalized(visible, Normalizer.Form.NFC) ? visible
                : Normalizer.normalize(visible, Normalizer.Form.NFC);
    }

    /**
     * True for the characters no Vietnamese or Japanese text needs and that change what a reader sees or what a
     * search matches: bidirectional embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069,
     * U+200E, U+200F, U+061C), zero-width space, joiners and word joiner (U+200B–200D, U+2060), and the
     * byte-order mark used as a zero-width no-break space (U+FEFF).
     */
    public static boolean invisible(char c) {
        return c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c == '\u2060'
                || c >= '\u2066' && c <= '\u2069' || c == '\u061C' || c == '\uFEFF';
    }

    /** The text with every {@link #invisible} character removed (the same string when there is none). */
    public static String withoutInvisible(String s) {
        int i = 0;
        while (i < s.length() && !invisible(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!invisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** NFC and trimmed; blank becomes null. */
    public static String clean(String s) {
        String n = nfc(s);
        if (n == null) {
            return null;
        }
        n = n.strip();
        return n.isEmpty() ? null : n;
    }

    /**
     * Lower case without diacritics, 'đ' folded to 'd'. Length-preserving on NFC input: every char
     * maps to exactly one char, so an offset found in the folded text is the same offset in the original
     * (used for search snippets). Characters without a single-letter base (kanji) stay as they are.
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String in = nfc(s);
        StringBuilder out = new StringBuilder(in.length());
        for (int i = 0; i < in.length(); i++) {
            out.append(foldChar(in.charAt(i)));
        }
        return out.toString();
    }

    /** Below U+3000 (Latin with every Vietnamese letter, Greek, Cyrillic...): folded once, not normalized per letter. */
    private static final char[] FOLDED_BELOW_3000 = foldTable(0x3000);

    private static char[] foldTable(int size) {
        char[] table = new char[size];
        for (int c = 0; c < size; c++) {
            table[c] = foldOne((char) c);
        }
        return table;
    }

    private static char foldChar(char c) {
        return c < FOLDED_BELOW_3000.length ? FOLDED_BELOW_3000[c] : foldOne(c);
    }

    private static char foldOne(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        if (d.length() > 1 && isCombiningOnly(d.substring(1))) {
            return Character.toLowerCase(base);
        }
        return Character.toLowerCase(c);
    }

    private static boolean isCombiningOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.getType(s.charAt(i)) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    /** Folded, punctuation turned into single spaces, trimmed: the form names are compared in. */
    public static String key(String s) {
        return s == null ? "" : collapse(fold(s));
    }

    /**
     * {@link #key} of text already folded ({@link #fold}), without folding it again: the search's phrase check reads
     * the folded copies the index keeps.
     */
    public static String keyOfFolded(String folded) {
        return folded == null ? "" : collapse(folded);
    }

    /** Lower case with punctuation as single spaces, diacritics kept ("bão" stays apart from "bảo"). */
    public static String lowerKey(String s) {
        return s == null ? "" : collapse(nfc(s).toLowerCase(java.util.Locale.ROOT));
    }

    /** Letters and digits kept, every other run of characters a single space, trimmed. */
    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
        }
        return out.toString();
    }

    /** Words of {@link #key(String)}. */
    public static List<String> words(String s) {
        String k = key(s);
        List<String> words = new ArrayList<>();
        if (!k.isEmpty()) {
            for (String w : k.split(" ")) {
                words.add(w);
            }
        }
        return words;
    }

    /** True when the text holds a CJK ideograph or kana (one token to SQLite's tokenizer). */
    public static boolean hasCjk(String s) {
        return s != null && s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        });
    }

    /** Classic edit distance, for "did you mean" suggestions. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a sentence with their offsets, and the small questions asked of them. */
final class Tokens {
    /** A word and where it stands in its sentence. */
    record Token(int start, int end, String text) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean allCaps() {
            return text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}&'’]*");

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Token(m.start(), m.end(), m.group()));
        }
        return out;
    }

    /** The tokens from {@code from} on, up to (not including) the first that starts at or after {@code end}. */
    static List<Token> between(List<Token> tokens, int from, int end) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= from && t.start() < end) {
                out.add(t);
            }
        }
        return out;
    }

    /** Index of the first token starting at or after {@code offset}; tokens.size() when none. */
    static int indexAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** True when only spaces separate two offsets of the text. */
    static boolean onlySpaces(String text, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when a word ends at {@code end} in the folded text (the next char is not a letter or digit). */
    static boolean wordEnds(String folded, int end) {
        return end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
    }

    static boolean wordStarts(String folded, int start) {
        return start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1));
    }

    /** Every place a folded phrase occurs in the folded text as whole words. */
    static List<Integer> find(String folded, String phrase) {
        List<Integer> out = new ArrayList<>();
        if (phrase.isEmpty()) {
            return out;
        }
        int at = folded.indexOf(phrase);
        while (at >= 0) {
            if (wordStarts(folded, at) && wordEnds(folded, at + phrase.length())) {
                out.add(at);
            }
            at = folded.indexOf(phrase, at + 1);
        }
        return out;
    }
}

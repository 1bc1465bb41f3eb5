package vn.protocolbrief.brief;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;

/**
 * In the Word pack, the title or form of address right before a person's name is held with the name: Word and
 * LibreOffice otherwise part "tiếp Đại / sứ Ito Naoki", "Provincial / Party Secretary Nguyen Xuan Ky" and "chào mừng
 * Ông / Ni-ca-i Tô-si-hi-rô" at a line's end, which reads as a title broken off its person (rd16, rd17). A title is
 * told by its shape, not by a list: at most three words before the name, each capitalised ("Provincial Party
 * Secretary", "Ngài", "H.E.") or a lower-case Vietnamese syllable after a capitalised one ("Đại sứ", "Thống đốc"), together no
 * longer than {@link #LONGEST} characters; a word ending a sentence is no title. A one-letter capitalised syllable
 * ("U Minh Hạ") is held with the word after it wherever it stands.
 */
final class TitlesBeforeNames {
    /** Words of a title held before a name, at most. */
    static final int WORDS = 3;
    /** A title's characters held before a name in running text, at most: a longer one may wrap. */
    static final int LONGEST = 28;
    /**
     * In a table's cell, at most: a short title ("Đại sứ", "Ngài", "Ông") only, since a column must hold the whole
     * run ("Ngài Thị trưởng Ha-y-a-ca-oa Na-ô-hi-đê" was wider than its column).
     */
    static final int LONGEST_IN_TABLE = 8;
    private static final char NBSP = Unbreakable.NBSP;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|(?:\\p{Lu}\\.){1,3}|Mr\\.|Mrs\\.|Ms\\.|Dr\\.");
    private static final Pattern ONE_LETTER = Pattern.compile("(?<![\\p{L}\\p{M}\\d.])(\\p{Lu}) (?=\\p{Lu}[\\p{L}\\p{M}])");
    private final Pattern people;

    TitlesBeforeNames(Collection<String> names) {
        List<String> folded = names.stream().map(x -> Text.fold(x).replaceAll("[\\s\u00A0]+", " ")).filter(x -> !x.isBlank())
                .flatMap(x -> {
                    String[] w = x.split(" ");
                    // Given name first too, as an English text may write a Japanese name ("Naoki Ito").
                    return w.length == 2 ? java.util.stream.Stream.of(x, w[1] + " " + w[0]) : java.util.stream.Stream.of(x);
                }).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        people = folded.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{M}\\d])(?:" + String.join("|", folded.stream()
                .map(x -> Pattern.quote(x).replace(" ", "\\E[ \u00A0]\\Q")).toList()) + ")(?![\\p{L}\\p{M}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The text with each title before a person's name, and each one-letter syllable, held by no-break spaces. */
    String held(String s) {
        return held(s, LONGEST);
    }

    /** The same, a title held only when it is at most {@code longest} characters. */
    String held(String s, int longest) {
        StringBuilder b = new StringBuilder(ONE_LETTER.matcher(s).replaceAll("$1" + NBSP));
        if (people == null) {
            return b.toString();
        }
        String f = Text.fold(b.toString());
        Matcher m = people.matcher(f.length() == b.length() ? f : b.toString());
        while (m.find()) {
            holdTitleBefore(b, m.start(), longest);
        }
        return b.toString();
    }

    /**
     * Where the title before the person's name that ends the text between {@code at} and {@code end} starts (a name
     * or a form of address ending with one, "Party Secretary Dang Xuan Phong"); {@code at} when no title stands there
     * or the text names no person. The PDF holds the title and the name in one span that does not wrap.
     */
    int titleStart(String s, int at, int end, int longest) {
        if (people == null) {
            return at;
        }
        String region = s.substring(at, end);
        String f = Text.fold(region);
        Matcher m = people.matcher(f.length() == region.length() ? f : region);
        boolean person = false;
        while (m.find()) {
            person |= m.end() == region.length();
        }
        if (!person) {
            return at;
        }
        StringBuilder b = new StringBuilder(s);
        holdTitleBefore(b, at, longest);
        int start = at;
        while (start > 1 && b.charAt(start - 1) == NBSP) {
            int w = wordStart(b, start - 1);
            if (w < 0) {
                break;
            }
            start = w;
        }
        return start;
    }

    /** Joins to the name at {@code at} the words of a title right before it, by their shape. */
    private static void holdTitleBefore(StringBuilder b, int at, int longest) {
        int start = at;
        int words = 0;
        // Words already held with the name (a form of address the records write: "Party Secretary Nguyen Xuan Ky")
        // are part of its title: the words before them may still be ("Provincial").
        while (start > 1 && b.charAt(start - 1) == NBSP) {
            int w = wordStart(b, start - 1);
            if (w < 0) {
                break;
            }
            start = w;
            words++;
        }
        while (words < WORDS && start > 1 && b.charAt(start - 1) == ' ') {
            int w = wordStart(b, start - 1);
            if (w < 0) {
                return;
            }
            boolean capital = Character.isUpperCase(b.codePointAt(w));
            if (capital) {
                if (at - w > longest) {
                    return;
                }
                b.setCharAt(start - 1, NBSP);
                start = w;
                words++;
                continue;
            }
            // A lower-case Vietnamese syllable (its letters marked) belongs to a title only after a capitalised one
            // ("Đại sứ", "Thống đốc"); an English lower-case word is no title's ("We welcome H.E. …").
            int v = w > 1 && b.charAt(w - 1) == ' ' ? wordStart(b, w - 1) : -1;
            if (v < 0 || b.substring(w, start - 1).chars().allMatch(c -> c < 128) || !Character.isUpperCase(b.codePointAt(v)) || words + 2 > WORDS || at - v > longest) {
                return;
            }
            b.setCharAt(start - 1, NBSP);
            b.setCharAt(w - 1, NBSP);
            start = v;
            words += 2;
        }
    }

    /** Where the word ending at {@code end} (exclusive) starts, or -1 when what stands there is no title's word. */
    private static int wordStart(StringBuilder b, int end) {
        int w = end;
        while (w > 0 && b.charAt(w - 1) != ' ' && b.charAt(w - 1) != NBSP && b.charAt(w - 1) != '\n') {
            w--;
        }
        return w < end && WORD.matcher(b.subSequence(w, end)).matches() ? w : -1;
    }
}

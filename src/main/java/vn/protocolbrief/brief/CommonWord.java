package vn.protocolbrief.brief;

import java.util.Set;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;

/**
 * Whether a word opening a quoted text is a common Vietnamese word, so that it may lose its capital inside our own
 * sentence. A Vietnamese word is one syllable of the national script (an initial consonant, one to three vowels, a
 * final from c, ch, m, n, ng, nh, p, t); a romanised Japanese or foreign name ("Gifu", "Osaka", "Tokyo", "JICA")
 * is not one. A few one-syllable proper names stand alone in requests and keep their capital as well.
 */
final class CommonWord {
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");

    /** One-syllable names written alone: the country, the people, single-syllable places. */
    private static final Set<String> NAMES = Set.of("nhat", "viet", "hue", "vinh", "lao", "han", "my", "anh", "phap",
            "duc", "nga", "uc");

    private CommonWord() {
    }

    static boolean is(String word) {
        String w = Text.fold(word.replaceAll("[\\p{Punct}“”‘’]+$", ""));
        if (w.isEmpty()) {
            return false;
        }
        return SYLLABLE.matcher(w).matches() && !(Character.isUpperCase(word.charAt(0)) && NAMES.contains(w));
    }
}

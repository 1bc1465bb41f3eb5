package vn.protocolbrief.ingest;

import java.util.List;
import vn.protocolbrief.domain.Text;

/**
 * How one article is matched against the cue phrases: with diacritics when it has them ("bão" storm is
 * not "bảo" preserve), folded when it was typed without them.
 */
final class Cues {
    private final IngestData data = IngestData.get();
    private final boolean marked;

    Cues(boolean marked) {
        this.marked = marked;
    }

    /** The comparison form of a text for this article. */
    String k(String text) {
        return marked ? IngestData.lower(text) : Text.key(text);
    }

    List<String> cues(String kind) {
        return marked ? data.cues(kind) : data.cues(kind).stream().map(Text::key).toList();
    }

    /** A vocabulary phrase (stored with diacritics) in this article's comparison form. */
    String phrase(String stored) {
        return marked ? stored : Text.key(stored);
    }

    /** Where a word or phrase stands in a key, on word boundaries; -1 when absent. */
    static int indexOfWord(String text, String word) {
        return indexOfWord(text, word, 0);
    }

    /** The same from a position on. Keys are words separated by single spaces, so no pattern is needed. */
    static int indexOfWord(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0) {
            int end = at + word.length();
            if ((at == 0 || text.charAt(at - 1) == ' ') && (end == text.length() || text.charAt(end) == ' ')) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }

    /** Where a request cue starts in the folded sentence, or -1; nouns ("những đề xuất của …") do not count. */
    int requestCueAt(String key) {
        int best = -1;
        for (String cue : cues("request")) {
            for (int at = indexOfWord(key, cue); at >= 0; at = indexOfWord(key, cue, at + 1)) {
                String before = key.substring(0, at);
                String after = key.substring(Math.min(key.length(), at + cue.length()));
                // The bare verb "mời" asks only with its addressee after it (RequestFinder reads that): not here.
                if (before.endsWith(k("những") + " ") || before.endsWith(k("các") + " ")
                        || after.startsWith(" " + k("của") + " ") || cue.equals(k("mời"))) {
                    continue;
                }
                if (best < 0 || at < best) {
                    best = at;
                }
                break;
            }
        }
        return best;
    }


    static int first(String text, List<String> words) {
        int best = -1;
        for (String w : words) {
            int at = indexOfWord(text, w);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }



    /** The sentence from its cue on: the original text at the same offset (folding keeps offsets). */
    String fromCue(String sentence, int cueInKey) {
        // The key drops punctuation, so map by counting letters and digits.
        String key = k(sentence);
        int letters = 0;
        for (int i = 0; i < cueInKey; i++) {
            if (key.charAt(i) != ' ') {
                letters++;
            }
        }
        int seen = 0;
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isLetterOrDigit(sentence.charAt(i))) {
                if (seen == letters) {
                    return sentence.substring(i);
                }
                seen++;
            }
        }
        return sentence;
    }

}

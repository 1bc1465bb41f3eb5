package vn.protocolbrief.ingest;

import java.util.regex.Pattern;

/** What an agreement clause says was agreed, and whether the sentence recalls an agreement of an earlier visit. */
final class AgreedWords {
    private static final Pattern EARLIER_YEAR = Pattern.compile("(?u)\\b(?:19|20)\\d{2}\\b");

    private final Cues c;

    AgreedWords(Cues cues) {
        this.c = cues;
    }

    /**
     * What was agreed: the clause without its agreement verb and the words that only join it ("thống nhất sẽ …");
     * null when the clause is not an agreement in words.
     */
    String agreed(String clause) {
        String t = clause.strip();
        String k = c.k(t);
        String verb = c.cues("agreement_verb").stream().filter(w -> k.startsWith(w + " ")).findFirst().orElse(null);
        if (verb == null) {
            return null;
        }
        t = c.fromCue(t, verb.length() + 1);
        return t.replaceFirst("(?iu)^(?:(?:sẽ|cùng|với nhau|về việc|việc|rằng|là)\\s+)+", "").strip();
    }

    /** A sentence telling of an earlier visit's agreement: "trước đây", "nhắc lại", or a past year with "đã". */
    boolean recalled(String sentence) {
        String key = c.k(sentence);
        return c.cues("recalled").stream().anyMatch(r -> Cues.indexOfWord(key, r) >= 0)
                || Cues.indexOfWord(key, c.k("đã")) >= 0 && EARLIER_YEAR.matcher(sentence).find();
    }
}

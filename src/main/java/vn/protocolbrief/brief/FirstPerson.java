package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.domain.Text;

/**
 * Turns what the records say our side did ("Tỉnh đã báo cáo …", "Bí thư Tỉnh ủy cam kết …") into what a leader
 * says of it ("Chúng tôi đã báo cáo …"): a clause whose subject is the province or a post of the province (one the
 * posts vocabulary knows and that names the province's bodies) is said in the first person plural. Only in a
 * Vietnamese pack: an English pack quotes the record as the original, unchanged.
 */
final class FirstPerson {
    /** The longest post a clause may open with, in words. */
    private static final int MAX_SUBJECT_WORDS = 8;
    /**
     * Words that open a Vietnamese verb phrase and are never a subject: done, under way, to be done (compared with
     * their marks: "Đặng" is a family name).
     */
    private static final java.util.Set<String> ASPECT = java.util.Set.of("đã", "đang", "sẽ");
    private final String lang;
    private final Addressing addressing;

    FirstPerson(String lang, Addressing addressing) {
        this.lang = lang;
        this.addressing = addressing;
    }

    /** Each clause ("…; …") whose subject is our side, with "chúng tôi" as its subject. */
    String clauses(String text) {
        if (!"vi".equals(lang) || text == null) {
            return text;
        }
        String[] parts = text.split("; ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String clause = clause(parts[i]);
            out.add(i == 0 ? upperFirst(clause) : clause);
        }
        return String.join("; ", out);
    }

    private String clause(String clause) {
        String[] words = clause.strip().split(" ");
        // A record's note without a subject ("Đã ký bản ghi nhớ …") is what we did: a leader says it with one.
        if (words.length > 1 && ASPECT.contains(Text.nfc(words[0]).toLowerCase(java.util.Locale.ROOT))) {
            return "chúng tôi " + Character.toLowerCase(clause.strip().charAt(0)) + clause.strip().substring(1);
        }
        for (int n = Math.min(MAX_SUBJECT_WORDS, words.length - 1); n >= 1; n--) {
            String subject = String.join(" ", java.util.Arrays.copyOf(words, n));
            // "Tỉnh Gia Lai …": the subject goes on with a name; it is said as written.
            if (ours(subject) && !Character.isUpperCase(words[n].charAt(0))) {
                return "chúng tôi " + String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
            }
        }
        return clause;
    }

    /** "Tỉnh", "UBND tỉnh", or a post of the province's bodies ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"). */
    private boolean ours(String subject) {
        String folded = Text.fold(subject);
        if (folded.equals("tinh") || folded.equals("ubnd tinh") || folded.equals("lanh dao tinh")) {
            return true;
        }
        return (folded.contains("tinh") || folded.contains("ubnd")) && Character.isUpperCase(subject.charAt(0))
                && addressing.english(subject) != null;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

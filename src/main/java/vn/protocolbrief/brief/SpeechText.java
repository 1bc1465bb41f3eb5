package vn.protocolbrief.brief;

import java.util.List;
import vn.protocolbrief.domain.Text;

/**
 * The words of a point as a leader says them, whatever the point is about: a record text quoted inside a sentence,
 * its asking or agreeing verb taken off, its first letter, what is said to the guest's face, and the spoken form
 * without brackets. Kept apart from {@link TalkingPoints}, which decides what is said.
 */
final class SpeechText {
    private SpeechText() {
    }

    /**
     * Verbs of asking that open a request as it was written (general administrative Vietnamese, folded), longest
     * first so that "mong muốn được" is taken whole.
     */
    private static final List<String> ASKING_VERBS = List.of("tran trong de nghi", "kinh de nghi", "mong muon duoc",
            "rat mong muon", "mong muon", "rat mong", "mong duoc", "de nghi", "kien nghi", "de xuat", "yeu cau", "mong",
            "xin");


    /** Words a promise may open with before what will be done: "Sẽ …", "Cam kết sẽ …", "Will …", "To …". */
    private static final java.util.regex.Pattern PROMISED = java.util.regex.Pattern.compile(
            "^(?iu)(?:(?:cam kết|hứa|nhất trí)\\s+)?(?:sẽ\\s+)?(?:(?:will|shall|undertakes? to|commits? to|promises? to"
                    + "|agrees? to)\\s+)?(?:to\\s+)?");

    /** What was promised, as a verb phrase: "phái một nhân viên …" (without its "Sẽ"), "send a staff member …". */
    static String promised(String text) {
        String t = PROMISED.matcher(text.strip()).replaceFirst("");
        // Lower-cased only where it opens with a common word: "EREX đề xuất …" keeps its name ("eREX" was wrong).
        return t.isEmpty() ? text : lowerFirst(t);
    }

    /**
     * An outcome that opens with its own "Hai bên (đã) thống nhất" is said once after the point's own words
     * ("hai bên đã thống nhất: tăng cường …"), never "thống nhất: Hai bên thống nhất …".
     */
    static String withoutAgreedVerb(String outcome) {
        String rest = outcome.replaceFirst("^(?iu)hai bên (?:đã |cùng )?thống nhất(?: về việc)?[:,]?\\s+", "");
        // "hai bên đã thống nhất: hai bên sẽ thúc đẩy …" names the two sides twice: what they will do is said alone.
        rest = rest.replaceFirst("^(?iu)(?:cả )?hai bên (?:sẽ cùng |sẽ |cùng )", "");
        return rest.isEmpty() ? outcome : rest;
    }

    /**
     * A clause of a record whose subject is the guest's post ("Đại sứ sẵn sàng …") is said to the guest's face
     * ("Ngài Đại sứ sẵn sàng …"), never of him in the third person.
     */
    static String toGuest(String text, TalkingPoints.Guest guest) {
        if (text == null || guest.inSpeech() == null) {
            return text;
        }
        String post = guest.inSpeech().replaceFirst("^(Ngài|Ông|Bà|Cô)\\s+", "");
        if (post.equals(guest.inSpeech()) && post.matches("Ngài|Ông|Bà|Cô")) {
            return text;
        }
        String[] clauses = text.split("; ");
        for (int i = 0; i < clauses.length; i++) {
            String c = clauses[i];
            if (Text.fold(c).startsWith(Text.fold(post) + " ") && c.length() > post.length()
                    && !Character.isUpperCase(c.charAt(post.length() + 1))) {
                clauses[i] = guest.inSpeech() + c.substring(post.length());
            }
        }
        return String.join("; ", clauses);
    }

    /**
     * The request without a leading asking verb ("mong muốn: …", "đề nghị …"): the point's own sentence already asks,
     * and "đề nghị Ngài quan tâm, hỗ trợ: mong muốn …" asks twice. Text that is only the verb stays as it is.
     */
    static String withoutAskingVerb(String text) {
        String[] words = text.strip().split("\\s+");
        for (String verb : ASKING_VERBS) {
            String[] cue = verb.split(" ");
            if (words.length <= cue.length) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < cue.length && match; i++) {
                String w = Text.fold(words[i]).replaceAll("[:,]$", "");
                match = w.equals(cue[i]) && (i == cue.length - 1 || !words[i].endsWith(":"));
            }
            if (match) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, cue.length, words.length))
                        .replaceFirst("^[:,\\s]+", "");
                return rest.isEmpty() ? text : rest;
            }
        }
        return text;
    }

    /**
     * Lower-cases the first letter only where the first word is a common Vietnamese word: a name keeps its capital
     * ("Phú Thọ", "OCOP", "Đại học Osaka Metropolitan", "Gifu tiếp nhận …", "Huế đề nghị …").
     */
    /** The words of a text as said: its runs of letters and digits between spaces. */
    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    static String lowerFirst(String s) {
        String[] words = s.split(" ", 4);
        // A capital among the next two words: a name of several words ("Phú Thọ", "Đại học Osaka Metropolitan").
        for (int i = 1; i < Math.min(3, words.length); i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return s;
            }
        }
        if (words[0].length() > 1 && words[0].chars().filter(Character::isUpperCase).count() > 1) {
            return s;
        }
        if (!CommonWord.is(words[0])) {
            return s;
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * "(tính đến 11/2023)", " – tính đến 11/2023", "(as of 11/2023)": the date a post was read, printed after it in a
     * table, is a note for the reader, not words a leader says (the front's delegation table keeps it).
     */
    private static final java.util.regex.Pattern AS_OF = java.util.regex.Pattern.compile(
            "[\\s\u00A0]*(?:\\((?:tính đến|as of)[\\s\u00A0][^()]*\\)|[–—-][\\s\u00A0]*(?:tính đến|as of)[\\s\u00A0]+[\\p{L}\\d/]+(?:[\\s\u00A0]\\d{4})?)");

    /** A bracket holding a list or a trailing "…": examples a reader lists on paper, never read out. */
    private static final java.util.regex.Pattern LIST_IN_BRACKETS = java.util.regex.Pattern.compile(
            "\\s*\\((?=[^()]*(?:,|…|\\.\\.\\.|\\bv\\.v\\.?|\\betc\\.?))[^()]*\\)");
    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("\\s*\\(([^()]+)\\)");
    /** "(tỉnh Bình Định cũ)", "(tỉnh Tochigi)": where a place lies, said "thuộc …" in Vietnamese. */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "(?iu)(?:tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|xã|phường)\\s.*");

    /**
     * The spoken part of a point as a leader reads it aloud: no brackets and no "…". A bracketed list of examples
     * ("(bưởi Đoan Hùng, chè Phú Thọ...)") is left out; any other bracket is said as part of the sentence (", …,"; a
     * place's unit "thuộc tỉnh …"). Lines after the first (originals marked for an English reader) stay as written.
     */
    static String aloud(String text) {
        String spoken = SpokenOnce.spoken(text);
        String rest = text.substring(spoken.length());
        String s = LIST_IN_BRACKETS.matcher(AS_OF.matcher(spoken).replaceAll("")).replaceAll("");
        java.util.regex.Matcher m = BRACKETS.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String inside = m.group(1).strip();
            String said = UNIT.matcher(inside).matches() && !inside.matches("\\p{ASCII}*") ? " thuộc " + inside
                    : ", " + inside + ",";
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(said));
        }
        m.appendTail(b);
        s = b.toString().replaceAll("(?<=\\p{L})(?:\\.\\.\\.|…)", "").replaceAll(",\\s*([.;:,”])", "$1")
                .replaceAll("\\s{2,}", " ");
        return s + rest;
    }

    /** A quoted text loses its closing full stop: the sentence around it has its own. */
    static String quoted(String text) {
        String t = text.strip();
        while (t.endsWith(".") && !t.endsWith("...")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}

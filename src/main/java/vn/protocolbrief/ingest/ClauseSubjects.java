package vn.protocolbrief.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;

/**
 * Who says a clause ({@link StatementFinder}'s helpers, apart so that it stays readable): the side named before its
 * verb, the sentence's own subject for a predicate that names none ("…; bày tỏ mong muốn …"), the person a pronoun
 * stands for, the subject after a fronted clause, both sides named together.
 */
final class ClauseSubjects {
    static final String BOTH = "both";

    /** A clause whose subject is only a pronoun ("…, ông sẽ kêu gọi …"): the person who was speaking. */
    static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "^(?:ông|bà|ong|ba)(?: (?:ấy|ay|cũng|cung|còn|con|đã|da|sẽ|se|luôn|luon|tiếp|tiep|tục|tuc))*$");
    /** "ông/bà" followed by a lower-case word is a pronoun; followed by a name ("ông Shimizu") it is not. */
    private static final Pattern LOWER_PRONOUN = Pattern.compile("^(?:ông|bà|Ông|Bà)\\s+\\p{Ll}");
    private static final java.util.Set<String> COORDINATING = java.util.Set.of("va", "dong", "thoi", "cung", "da", "con",
            "luon", "ngoai", "ra");
    /** First words of an adverbial that opens a sentence ("Tại đây,", "Ngoài ra,", "Qua Tổng Lãnh sự quán,"). */
    private static final java.util.Set<String> ADVERBIAL_OPENING = java.util.Set.of("tai", "trong", "ngoai", "qua",
            "theo", "ve", "dip", "nhan", "dong", "ben", "sau", "truoc", "khi", "cung", "hom", "sang", "chieu", "toi", "thoi");
    /** Most words of an adverbial opening a sentence before its comma ("Tại buổi làm việc,"). */
    private static final int OPENER_WORDS = 8;
    /** How far into the sentence's opening its subject is looked for. */
    private static final int SUBJECT_WORDS = 8;
    /** Most words before the verb of a fronted clause ("Bày tỏ vui mừng và cảm ơn …, Thống đốc X khẳng định"). */
    private static final int FRONTED_WORDS = 5;
    /** A speech verb right after a fronted clause's subject: "…, bà X khẳng định/cho biết …". */
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "\\b(?:khang dinh|cho biet|nhan manh|chia se|phat bieu|noi|cam on|bay to|danh gia|thong tin)\\b");
    private static final List<String> NOT_SUBJECT = List.of("giữa", "của", "với", "cho", "và");

    private final Cues c;
    private final RequestFinder asks;
    private final StatementSides placement;
    private final StatementVerbs verbs;

    ClauseSubjects(Cues cues, RequestFinder asks, StatementSides placement, StatementVerbs verbs) {
        this.c = cues;
        this.asks = asks;
        this.placement = placement;
        this.verbs = verbs;
    }

    /**
     * Whom "ông/bà" stands for: the side that opens the sentence ("Thống đốc … cho biết …, ông sẽ …"), or the person
     * speaking before when the sentence itself opens with the pronoun.
     */
    String pronounSubject(String key, RequestFinder.Sides sides) {
        if (PRONOUN_SUBJECT.matcher(key.split(" ")[0]).matches()) {
            return null;
        }
        String opening = subject(key, sides, false);
        return BOTH.equals(opening) ? null : opening;
    }

    /**
     * The subject of a fronted clause: the sentence opens on its verb ("Bày tỏ vui mừng và cảm ơn …"), and after the
     * clause's comma a side is named followed by a speech verb ("…, Thống đốc X khẳng định"). Null otherwise.
     */
    String frontedSubject(String text, String key, int verb, RequestFinder.Sides sides) {
        String before = key.substring(0, verb).strip();
        if (!before.isEmpty() && before.split(" ").length > FRONTED_WORDS) {
            return null;
        }
        String from = c.fromCue(text, verb);
        int comma = from.indexOf(',');
        if (comma < 0) {
            return null;
        }
        String after = c.k(from.substring(comma + 1)).strip();
        String[] words = after.split(" ");
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, SUBJECT_WORDS)));
        String folded = Text.key(head);
        Matcher speech = SPEECH_VERB.matcher(folded);
        if (!speech.find() || speech.start() == 0) {
            return null;
        }
        int subjectWords = folded.substring(0, speech.start()).strip().split(" ").length;
        String subject = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, subjectWords)));
        String side = placement.openingSubject(subject, sides);
        return BOTH.equals(side) ? null : side;
    }

    /** Only joining words since the last boundary: a second predicate of the sentence's subject ("… và mong muốn …"). */
    boolean coordinated(String since) {
        return !since.isBlank() && java.util.Arrays.stream(since.split(" ")).allMatch(w -> COORDINATING.contains(Text.key(w)))
                || since.isBlank();
    }

    /**
     * Who the sentence is about: the side named at its opening, after a short adverbial ("Ngoài ra, ", "Tại buổi làm
     * việc, "). A pronoun opening ("ông cũng …") is the person speaking before (null); so is an opening naming no
     * side. "X dành sự quan tâm đối với đề nghị của tỉnh … và mong muốn …": X wishes, not the province named in
     * X's object.
     */
    /** The first two words name a side ("đồng chí X …"), not a preposition before one ("qua Tổng Lãnh sự quán …"). */
    private boolean opensOnASide(String chunk, RequestFinder.Sides sides) {
        String[] words = chunk.split(" ");
        String firstTwo = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 2)));
        return asks.subjectSide(firstTwo, sides, false) != null;
    }

    String sentenceSubject(String text, String key, int verb, RequestFinder.Sides sides) {
        String before = key.substring(0, verb);
        String opening = text.strip();
        for (int round = 0; round < 2; round++) {
            int comma = opening.indexOf(',');
            String first = opening.split("\\s+")[0];
            // "Đồng chí X khẳng định, …" opens on its subject, not on an adverbial, though "đồng" may open one.
            if (comma <= 0 || opening.substring(0, comma).split("\\s+").length > OPENER_WORDS
                    || !ADVERBIAL_OPENING.contains(Text.key(first))
                    || opensOnASide(c.k(opening.substring(0, comma)).strip(), sides)) {
                break;
            }
            String adverbial = c.k(opening.substring(0, comma)).strip();
            opening = opening.substring(comma + 1).strip();
            before = before.strip();
            if (before.startsWith(adverbial)) {
                before = before.substring(adverbial.length());
            }
        }
        if (LOWER_PRONOUN.matcher(opening).find()) {
            return null;
        }
        String[] words = before.strip().split(" ");
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, SUBJECT_WORDS)));
        // "… tiến bộ của tỉnh X, Đại sứ …": a side named after "của" is the opening's possessor, not its subject.
        String side = head.isBlank() ? null : placement.openingSubject(head, sides);
        if (BOTH.equals(subject(head, sides, false))) {
            side = BOTH;
        }
        return side != null ? side : subject(key.substring(0, verb), sides, true);
    }

    /** A subject naming one side and the other joined by "và": "tỉnh Tottori và tỉnh Quảng Trị". */
    boolean bothNamed(String subject, RequestFinder.Sides sides) {
        int and = Cues.indexOfWord(subject, c.k("và"));
        if (and < 0 || subject.split(" ").length > 12) {
            return false;
        }
        String first = asks.subjectSide(subject.substring(0, and), sides, true);
        String second = asks.subjectSide(subject.substring(and), sides, true);
        return first != null && second != null && !first.equals(second);
    }

    /**
     * Which side speaks: the one named last before the verb (or first, for a sentence without a verb); "hai bên"
     * named after both sides' own words means both.
     */
    String subject(String before, RequestFinder.Sides sides, boolean last) {
        String side = asks.subjectSide(before, sides, last);
        String trimmed = before.strip();
        for (String w : c.cues("both_sides")) {
            int at = last ? trimmed.lastIndexOf(w) : Cues.indexOfWord(trimmed, w);
            if (at < 0 || Cues.indexOfWord(trimmed.substring(at), w) != 0) {
                continue;
            }
            String preceding = trimmed.substring(0, at).strip();
            String following = trimmed.substring(at + w.length()).strip();
            // "Hai bên (cũng đã) …" is the subject; "hợp tác giữa hai bên" is not.
            boolean object = NOT_SUBJECT.stream().anyMatch(x -> preceding.endsWith(" " + c.phrase(x)) || preceding.equals(c.phrase(x)));
            if (!object && (!last || following.isEmpty() || following.split(" ").length <= 3)) {
                return BOTH;
            }
        }
        return side;
    }

    /** The side named at the opening of a sentence's key, if one is. */
    String openingSide(String key, RequestFinder.Sides sides) {
        String[] words = key.strip().split(" ");
        return placement.openingSubject(String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length,
                SUBJECT_WORDS))), sides);
    }
}

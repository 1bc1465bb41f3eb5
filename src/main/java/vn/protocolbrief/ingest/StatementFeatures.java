package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;

/**
 * What the {@link StatementModel} sees of a sentence. "w:" folded words and "b:" word pairs (kept in a model only when
 * general, see {@link StatementTraining}); "s:" facts of grammar and structure, always kept: the side that opens the
 * sentence and the subject of its first clause, each statement verb with the side before and after it, whether an
 * ask names whom it addresses, where the sentence stands in the article, reported speech and quotation, the past or
 * an earlier visit, the future, which groups of the importer's cue phrases it holds (general by the cue audit, so a
 * class of words rather than a word), and what the rules drafted from it. Read-only use of the rules' helpers.
 */
final class StatementFeatures {
    private static final Pattern YEAR = Pattern.compile("(?u)\\b(?:19|20)\\d{2}\\b");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•+–]\\s*|\\d{1,2}[.)]\\s+)");
    /** Quotation marks of either kind around some words. */
    private static final Pattern QUOTED = Pattern.compile("[“\"«][^”\"»]{3,}[”\"»]");
    /** A speech verb (general Vietnamese): "cho biết", "nói", "nhấn mạnh" …, and a colon or "rằng" after it. */
    private static final Pattern SPEECH = Pattern.compile("(?<!\\p{L})(?:khẳng định|cho biết|nhấn mạnh|chia sẻ|phát biểu"
            + "|nói|bày tỏ|thông tin|trao đổi)(?!\\p{L})(\\s*:| rằng)?");
    /** The past: "đã", "vừa qua", "thời gian qua", "năm ngoái", "trước đây" …. */
    private static final Pattern PAST = Pattern.compile(
            "(?<!\\p{L})(?:đã|vừa qua|thời gian qua|năm qua|năm ngoái|năm trước|trước đây|trước đó|từng)(?!\\p{L})");
    /** An earlier visit or meeting: a visit word with "trước", "vừa qua" or a date near it. */
    private static final Pattern EARLIER_VISIT = Pattern.compile("(?<!\\p{L})(?:chuyến thăm|chuyến công tác|lần thăm"
            + "|cuộc gặp|dịp)(?!\\p{L})[^,.;]{0,40}(?:trước|vừa qua|năm (?:19|20)\\d\\d|tháng \\d)");
    /** The future: "sẽ", "thời gian tới", "sắp tới", "tương lai". */
    private static final Pattern FUTURE = Pattern.compile("(?<!\\p{L})(?:sẽ|thời gian tới|sắp tới|tương lai)(?!\\p{L})");
    /** The guest or host addressed: "Ngài", "quý tỉnh/cơ quan …", "các bạn". */
    private static final Pattern SECOND_PERSON = Pattern.compile("(?<!\\p{L})(?:ngài|quý (?:tỉnh|cơ quan|vị|thành phố"
            + "|đoàn|công ty|tổ chức|hội|quốc)|các bạn)(?!\\p{L})");
    /** Cue groups that say what a sentence is about (sides, page furniture and titles are read otherwise). */
    private static final List<String> GROUPS = List.of("about", "action_verb", "agreement", "agreement_generic",
            "agreement_verb", "aid", "aid_strong", "appreciated_deed", "appreciated_plan", "appreciation", "background",
            "both_sides", "co_organise", "commitment", "connector", "figure", "general_wish", "gift", "list_verb",
            "meeting", "occasion", "own_bodies", "presence", "proposal", "recalled", "relationship", "request",
            "secondary", "secondary_opener", "thanks", "vague_hope");
    private static final int OPENING_WORDS = 8;

    private final Cues c;
    private final RequestFinder asks;
    private final StatementVerbs verbs;
    private final ClauseSubjects who;

    StatementFeatures(Cues cues, RequestFinder asks, StatementVerbs verbs) {
        this.c = cues;
        this.asks = asks;
        this.verbs = verbs;
        this.who = new ClauseSubjects(cues, asks, new StatementSides(cues, null, asks), verbs);
    }

    /** Where a sentence stands: its index among the body's sentences, how many there are, whether it opens a paragraph. */
    record Place(int index, int count, boolean opensParagraph) {
        String position() {
            if (index == 0) {
                return "first";
            }
            if (index == count - 1) {
                return "last";
            }
            double at = (double) index / count;
            return at < 1.0 / 3 ? "early" : at < 2.0 / 3 ? "middle" : "late";
        }
    }

    List<String> of(String text, StatementReading.State state, Place place, StatementFinder.Statements said,
                    RequestFinder.Sides sides) {
        List<String> out = new ArrayList<>();
        List<String> words = Text.words(text);
        for (int i = 0; i < words.size(); i++) {
            out.add("w:" + words.get(i));
            if (i + 1 < words.size()) {
                out.add("b:" + words.get(i) + "_" + words.get(i + 1));
            }
        }
        if (!words.isEmpty()) {
            out.add("o:" + words.get(0));
        }
        String key = c.k(text);
        String lower = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String[] keyWords = key.split(" ");
        String opening = String.join(" ", Arrays.copyOf(keyWords, Math.min(keyWords.length, OPENING_WORDS)));
        out.add("s:opens=" + side(asks.subjectSide(opening, sides, false)));
        out.add("s:speaker=" + state.speaker());
        out.add("s:previous=" + (state.previous() == null ? "none" : state.previous().name().toLowerCase(Locale.ROOT)));
        if (state.spelledOut()) {
            out.add("s:spelled_out");
        }
        if (state.listOpen() && LIST_ITEM.matcher(text.strip()).find()) {
            out.add("s:list_item");
        }
        if (Cues.indexOfWord(key, c.k("đã")) >= 0 && YEAR.matcher(text).find()
                || c.cues("recalled").stream().anyMatch(r -> Cues.indexOfWord(key, r) >= 0)) {
            out.add("s:recalled");
        }
        int comma = text.indexOf(',');
        if (comma > 0 && text.substring(0, comma).split("\\s+").length <= OPENING_WORDS
                && asks.subjectSide(c.k(text.substring(0, comma)), sides, false) == null) {
            out.add("s:adverbial_opening");
        }
        if (text.strip().endsWith(":")) {
            out.add("s:opens_list");
        }
        int n = words.size();
        out.add("s:length=" + (n <= 12 ? "short" : n <= 30 ? "medium" : n <= 60 ? "long" : "very_long"));
        List<StatementFinder.Verb> found = verbs.clauses(text, key, sides);
        if (found.isEmpty()) {
            out.add("s:no_cue_verb");
        }
        for (StatementFinder.Verb v : found) {
            String kind = v.kind().name().toLowerCase(Locale.ROOT);
            out.add("s:verb=" + kind);
            out.add("s:before_" + kind + "=" + side(asks.subjectSide(key.substring(0, v.start()), sides, true)));
            out.add("s:after_" + kind + "=" + side(asks.subjectSide(following(key, v.end()), sides, false)));
            if (v.modal()) {
                out.add("s:modal");
            }
        }
        if (asks.cueWordAt(text, key) >= 0) {
            out.add("s:request_cue");
        }
        List<String> drafted = drafted(text, said);
        out.addAll(drafted);
        out.addAll(grammar(text, key, lower, found, place, sides, drafted.isEmpty()));
        return out;
    }

    /** The facts of grammar added for the second attempt (issue 18, st13): subject, addressee, place, speech, time. */
    private List<String> grammar(String text, String key, String lower, List<StatementFinder.Verb> found, Place place,
                                 RequestFinder.Sides sides, boolean undrafted) {
        List<String> out = new ArrayList<>();
        String subject = found.isEmpty() ? who.subject(key, sides, false)
                : who.sentenceSubject(text, key, found.get(0).start(), sides);
        out.add("s:subject=" + side(subject));
        out.add("s:position=" + place.position());
        if (place.opensParagraph()) {
            out.add("s:opens_paragraph");
        }
        int cue = asks.cueWordAt(text, key);
        if (cue >= 0) {
            // Whom the ask names after its cue word ("đề nghị phía Nhật Bản …"), and who is before it.
            out.add("s:ask_to=" + side(asks.subjectSide(following(key, cue), sides, false)));
            out.add("s:ask_by=" + side(who.subject(key.substring(0, cue), sides, true)));
        }
        if (SECOND_PERSON.matcher(lower).find()) {
            out.add("s:second_person");
        }
        if (QUOTED.matcher(text).find()) {
            out.add("s:quoted");
        }
        var speech = SPEECH.matcher(lower);
        if (speech.find()) {
            out.add(speech.group(1) == null ? "s:speech_verb" : "s:reported_speech");
        }
        if (PAST.matcher(lower).find()) {
            out.add("s:past");
        }
        if (EARLIER_VISIT.matcher(lower).find()) {
            out.add("s:earlier_visit");
        }
        if (FUTURE.matcher(lower).find()) {
            out.add("s:future");
        }
        List<String> groups = new ArrayList<>();
        for (String group : GROUPS) {
            if (c.cues(group).stream().anyMatch(w -> !w.isBlank() && Cues.indexOfWord(key, w) >= 0)) {
                groups.add("s:cue=" + group);
            }
        }
        out.addAll(groups);
        if (undrafted) {
            // What the rules left unread is what the model may add: its facts weigh apart from the same facts
            // in a sentence the rules drafted from (a linear model cannot form the conjunction itself).
            out.add("s:undrafted");
            out.add("s:undrafted&subject=" + side(subject));
            for (String g : groups) {
                out.add("s:undrafted&" + g.substring(2));
            }
            found.stream().map(v -> "s:undrafted&verb=" + v.kind().name().toLowerCase(Locale.ROOT)).distinct().forEach(out::add);
        }
        return out;
    }

    /** What the rules drafted from the sentence: a request by direction, a commitment or thanks by side, an agreement. */
    private static List<String> drafted(String text, StatementFinder.Statements said) {
        List<String> out = new ArrayList<>();
        said.requests().stream().filter(r -> text.equals(r.evidence())).map(r -> "s:drafted=request_" + r.direction())
                .distinct().forEach(out::add);
        said.commitments().stream().filter(r -> text.equals(r.evidence())).map(r -> "s:drafted=commitment_" + r.side())
                .distinct().forEach(out::add);
        said.thanks().stream().filter(r -> text.equals(r.evidence())).map(r -> "s:drafted=thanks_" + r.by())
                .distinct().forEach(out::add);
        if (said.agreements().stream().anyMatch(r -> text.equals(r.evidence()))) {
            out.add("s:drafted=agreement");
        }
        return out;
    }

    /** The first words of the key after a position: whom a verb or a cue word addresses. */
    private static String following(String key, int from) {
        String[] a = key.substring(Math.min(key.length(), from)).strip().split(" ");
        return String.join(" ", Arrays.copyOf(a, Math.min(a.length, OPENING_WORDS)));
    }

    private static String side(String side) {
        return side == null ? "none" : side;
    }
}

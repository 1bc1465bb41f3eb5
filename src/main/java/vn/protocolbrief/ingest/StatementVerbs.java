package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.StatementFinder.Kind;
import vn.protocolbrief.ingest.StatementFinder.Verb;

/**
 * Where a sentence's statements start: its statement verbs (asking, promising, agreeing, thanking, "sẽ/cần/nên"),
 * one per clause, and the clause boundaries between them. Which side each clause is said by is
 * {@link StatementFinder}'s.
 */
final class StatementVerbs {
    private static final Pattern SUBJECT_SCOPE = Pattern.compile("(?iuU)[,;:]|\\sđồng thời\\s");
    /** Words that may stand between a clause boundary and its verb (folded). */
    private static final java.util.Set<String> JOINING = java.util.Set.of("va", "dong", "thoi", "cung", "da", "luon",
            "se", "con", "xin", "bay", "to", "nhu", "tiep", "tuc", "rat", "tran", "trong", "them", "ong", "ba", "ngai",
            "cho", "biet", "khang", "dinh");
    /** Reporting words right before "sẽ": "… và cho biết sẽ chỉ đạo …" is the subject's own promise. */
    private static final List<String> REPORTING = List.of("cho biết", "khẳng định");
    /** Time told as past: "luôn" then describes what a side did, not what it promises. */
    private static final List<String> PAST_TIME = List.of("thời gian qua", "những năm qua", "vừa qua", "đã luôn");
    private static final List<String> RELATION = List.of("quan hệ", "giữa", "hợp tác");
    private static final List<String> DESCRIBING = List.of("là", "có", "được", "trở thành", "góp phần", "tiếp tục ngày càng",
            "mở ra");
    private static final Pattern JOIN = Pattern.compile("(?iuU)[,;]|\\s(?:và|đồng thời)\\s");

    private final Cues c;
    private final RequestFinder asks;

    StatementVerbs(Cues cues, RequestFinder asks) {
        this.c = cues;
        this.asks = asks;
    }

    /**
     * The statement verbs of a sentence, one per clause: the first verb, then each verb of another kind that
     * follows a clause boundary (a comma, "và", "đồng thời"). A verb inside a clause ("đề nghị … sẽ hỗ trợ")
     * belongs to it.
     */
    List<Verb> clauses(String sentence, String key, RequestFinder.Sides sides) {
        return clauses(sentence, key, sides, null);
    }

    /**
     * The same, knowing the side that spoke last ({@code speaker}, null when unknown): an ask whose subject is not named
     * in its sentence ("…, mong muốn …") is that side's.
     */
    List<Verb> clauses(String sentence, String key, RequestFinder.Sides sides, String speaker) {
        List<Verb> all = new ArrayList<>();
        int request = asks.cueWordAt(sentence, key);
        String will = c.k("sẽ") + " ";
        while (request >= 0) {
            // "ông sẽ kêu gọi các địa phương …" is what the speaker will do, not what he asks of the other side.
            String before = key.substring(0, request);
            boolean own = before.endsWith(" " + will) || before.endsWith(" " + will + c.k("tiếp tục") + " ");
            // "Trước đây, tỉnh đã đề nghị …", "Năm 2019, … từng kiến nghị …": asked at an earlier time, background.
            if (!askedEarlier(sentence, before)) {
                all.add(new Verb(request, request + 1, own ? Kind.COMMITMENT : Kind.REQUEST, false, own));
            }
            request = asks.cueWordAt(sentence, key, request + 1);
        }
        addWords(all, key, "thanks", Kind.THANKS);
        addAppreciation(all, key);
        addWords(all, key, "commitment", Kind.COMMITMENT);
        addWords(all, key, "agreement_verb", Kind.AGREEMENT);
        for (String signed : c.cues("signed")) {
            for (int at = Cues.indexOfWord(key, signed); at >= 0; at = Cues.indexOfWord(key, signed, at + 1)) {
                all.add(new Verb(at, at + signed.length(), Kind.AGREEMENT, false, false));
            }
        }
        addModals(all, sentence, key, sides);
        all.sort(Comparator.comparingInt(Verb::start));
        List<Verb> out = new ArrayList<>();
        Verb seen = null;
        for (Verb v : all) {
            if (out.isEmpty()) {
                out.add(v);
                seen = v;
                continue;
            }
            Verb last = out.get(out.size() - 1);
            if (v.start() < seen.end()) {
                continue;
            }
            // A verb inside a clause ("hy vọng … quan hệ sẽ tiếp tục …", "các nội dung đã ký kết", "…; mong muốn
            // ngài Thống đốc sẽ …") is part of it; a new clause starts after a boundary since the verb seen last, with
            // its verb right there ("…, đồng thời cam kết") or a side as subject.
            boolean newClause = boundaryBetween(sentence, key, seen.end(), v.start())
                    && (joinedDirectly(sentence, key, v.start()) || namedSubject(sentence, key, v.start(), sides));
            // "X mong muốn …, [the other side] sẽ tiếp tục …": what X wishes the other side will do, not its promise.
            if (newClause && v.plainFuture() && last.kind() == Kind.REQUEST && otherSideWill(sentence, key, last, v, sides, speaker)) {
                seen = v;
                continue;
            }
            seen = v;
            // A second asking predicate of its own ("bày tỏ mong muốn …, đồng thời đề nghị …", "… và đề nghị …") is a
            // second ask with its own object, not more words of the first.
            boolean secondAsk = v.kind() == Kind.REQUEST && last.kind() == Kind.REQUEST && !v.modal() && !last.modal()
                    && joinedDirectly(sentence, key, v.start());
            if ((v.kind() != last.kind() || secondAsk) && newClause) {
                out.add(v);
            }
        }
        return out;
    }

    /** A past marker right before an asking word: "đã", "cũng đã". */
    private static final Pattern PAST_MARK = Pattern.compile(" (?:cung )?da $");
    /** A year told as the time of what is said: "năm 2019", "từ năm 2015" (in a key, marked or folded). */
    private static final Pattern A_YEAR = Pattern.compile("(?iuU)\\bn(?:ă|a)m\\s+(?:19|20)\\d{2}\\b");

    /**
     * An ask marked as past ("đã đề nghị") in a sentence set at another time: a year named with "năm" before the
     * asking word, or a word that recalls ("trước đây", "khi đó"). "đã đề nghị" alone is how a report tells this
     * meeting's asks; a year after the asking word is part of what is asked ("kéo dài dự án đến năm 2030"), a
     * deadline, not the time the ask was made.
     */
    private boolean askedEarlier(String sentence, String before) {
        if (!PAST_MARK.matcher(" " + Text.key(before).strip() + " ").find()) {
            return false;
        }
        String key = c.k(sentence);
        return A_YEAR.matcher(before).find() || c.cues("recalled").stream().anyMatch(r -> Cues.indexOfWord(key, r) >= 0);
    }

    /** Words after "đánh giá cao" that decide what is appreciated: the clause's first few words. */
    private static final int APPRECIATED_WORDS = 8;

    /**
     * "đánh giá cao …" is thanks when it appreciates what the other side did ("sự hỗ trợ", "những nỗ lực", "đã …"),
     * not when it rates a plan or a prospect ("kế hoạch", "tiềm năng", "sẽ"): whichever comes first decides.
     */
    private void addAppreciation(List<Verb> out, String key) {
        for (String w : c.cues("appreciation")) {
            for (int at = Cues.indexOfWord(key, w); at >= 0; at = Cues.indexOfWord(key, w, at + 1)) {
                String next = key.substring(at + w.length()).strip() + " ";
                // "trân trọng đề nghị / cảm ơn / mời …": an adverb of the verb after it (respectfully), no appreciation.
                if (java.util.stream.Stream.of(c.cues("request"), c.cues("thanks"), List.of(c.phrase("mời")))
                        .flatMap(List::stream).anyMatch(v -> next.startsWith(v + " "))) {
                    continue;
                }
                String[] words = key.substring(at + w.length()).strip().split(" ");
                String object = " " + String.join(" ", java.util.Arrays.copyOf(words,
                        Math.min(words.length, APPRECIATED_WORDS))) + " ";
                int deed = firstOf(object, c.cues("appreciated_deed"));
                int plan = firstOf(object, c.cues("appreciated_plan"));
                if (deed >= 0 && (plan < 0 || deed < plan)) {
                    out.add(new Verb(at, at + w.length(), Kind.THANKS, false, false));
                }
            }
        }
    }

    private static int firstOf(String spaced, List<String> phrases) {
        int best = -1;
        for (String p : phrases) {
            int at = spaced.indexOf(" " + p + " ");
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private void addWords(List<Verb> out, String key, String kind, Kind as) {
        for (String w : c.cues(kind)) {
            for (int at = Cues.indexOfWord(key, w); at >= 0; at = Cues.indexOfWord(key, w, at + 1)) {
                String before = key.substring(0, at);
                // A noun ("những cam kết", "sự thống nhất") is not a statement made here.
                if (before.endsWith(c.k("những") + " ") || before.endsWith(c.k("các") + " ")
                        || before.endsWith(c.k("sự") + " ") || before.endsWith(c.k("lời") + " ")) {
                    continue;
                }
                out.add(new Verb(at, at + w.length(), as, false, false));
            }
        }
    }

    /**
     * "sẽ phái …" promises; "cần/nên tăng cường …" suggests (a request when it names something concrete). A "sẽ"
     * before another verb than the known actions promises only when a side is named just before it ("tỉnh sẽ nỗ
     * lực …"), and never when it describes ("sẽ là", "sẽ có", "sẽ được").
     */
    /** Adverbs between "cần/nên" and the act needed ("cần phải …", "nên cùng …"; "sớm" is a list verb already). */
    private static final List<String> MODAL_ADVERBS = List.of("phải", "cùng");

    private void addModals(List<Verb> out, String sentence, String key, RequestFinder.Sides sides) {
        for (String modal : List.of("sẽ", "nên", "cần", "luôn")) {
            String m = c.phrase(Text.lowerKey(modal));
            for (int at = Cues.indexOfWord(key, m); at >= 0; at = Cues.indexOfWord(key, m, at + 1)) {
                String said = key.substring(at + m.length());
                // "cần sớm mở …", "nên tiếp tục hỗ trợ …": an adverb may stand between the modal and its act.
                String after = MODAL_ADVERBS.stream().map(w -> " " + c.phrase(w)).filter(w -> said.startsWith(w + " "))
                        .findFirst().map(w -> said.substring(w.length())).orElse(said);
                List<String> acts = new ArrayList<>(c.cues("action_verb"));
                if (!modal.equals("sẽ")) {
                    acts.addAll(c.cues("list_verb"));
                }
                boolean action = acts.stream().anyMatch(v -> after.startsWith(" " + v + " ")
                        || after.startsWith(" " + c.phrase(Text.lowerKey("tiếp tục")) + " " + v + " "));
                if (modal.equals("luôn")) {
                    // "tỉnh luôn tạo điều kiện …": a side named as subject that always acts for the other promises it;
                    // "quan hệ luôn phát triển" (no act) and what a side did "thời gian qua" promise nothing.
                    if (action && namedSubject(sentence, key, at, sides)
                            && PAST_TIME.stream().noneMatch(p -> Cues.indexOfWord(key, c.phrase(p)) >= 0)) {
                        out.add(new Verb(at, at + m.length(), Kind.COMMITMENT, false, true));
                    }
                    continue;
                }
                boolean promise = modal.equals("sẽ");
                boolean describes = DESCRIBING.stream().anyMatch(d -> after.startsWith(" " + c.phrase(d) + " "));
                String told = key.substring(0, at);
                boolean reported = REPORTING.stream().anyMatch(r -> told.endsWith(" " + c.phrase(r) + " "));
                boolean named = promise && !describes && (namedSubject(sentence, key, at, sides) || reported);
                // "sẽ mở ra nhiều cơ hội": a describing verb that starts like an act ("mở") promises nothing.
                if ((action && !(promise && describes) || named) && !asks.capitalisedName(sentence, key, at)) {
                    out.add(new Verb(at, at + m.length(), promise ? Kind.COMMITMENT : Kind.REQUEST, !promise, promise));
                }
            }
        }
    }

    /** The original words between the last clause boundary (a comma, "và", "đồng thời") and a key offset. */
    String sinceBoundary(String sentence, String key, int at) {
        String before = original(sentence, key, 0, at);
        Matcher m = JOIN.matcher(before);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return before.substring(from);
    }

    /** A side named in the words since the last clause boundary: "…, tỉnh Bình Phước sẽ …" (not "quan hệ giữa …"). */
    private boolean namedSubject(String sentence, String key, int at, RequestFinder.Sides sides) {
        String before = original(sentence, key, 0, at);
        Matcher m = SUBJECT_SCOPE.matcher(before);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        String subject = c.k(before.substring(from));
        boolean relation = RELATION.stream().anyMatch(r -> Cues.indexOfWord(subject, c.phrase(r)) >= 0);
        return !subject.isBlank() && !relation && subject.split(" ").length <= 8
                && asks.subjectSide(subject, sides, true) != null;
    }

    /**
     * The subject of a "sẽ" names the side the ask before it is addressed to, not the side that asked: the wish's
     * complement "[side] sẽ …" has that side as its subject. The asker is the side named before the asking word, else the
     * side that spoke last.
     */
    private boolean otherSideWill(String sentence, String key, Verb ask, Verb will, RequestFinder.Sides sides,
                                  String speaker) {
        String named = asks.subjectSide(key.substring(0, ask.start()), sides, true);
        String asker = named != null ? named : speaker;
        String subject = complementSubject(original(sentence, key, ask.end(), will.start()), sides);
        return asker != null && subject != null && !asker.equals(subject);
    }

    /** Words that open a prepositional phrase: a time, an occasion, a place or a means, never a clause's subject. */
    private static final List<String> ADVERBIAL = List.of("trong", "qua", "thông qua", "sau", "tại", "với", "khi", "nhân",
            "thời gian tới", "trong thời gian tới", "dịp này", "từ nay");

    /**
     * The side that is the subject of a wished clause, from the words between the asking word and its "sẽ": the last
     * part between commas that is not a prepositional phrase ("qua chuyến thăm lần này, Đại sứ X" is X; "ông X, trong
     * nhiệm kỳ công tác," is X too). Null when that part names no side or speaks of a relationship.
     */
    private String complementSubject(String between, RequestFinder.Sides sides) {
        String[] parts = between.split("[,;:]");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = c.k(parts[i]).strip();
            if (part.isEmpty() || ADVERBIAL.stream().anyMatch(w -> part.equals(c.phrase(w))
                    || part.startsWith(c.phrase(w) + " "))) {
                continue;
            }
            boolean relation = RELATION.stream().anyMatch(r -> Cues.indexOfWord(part, c.phrase(r)) >= 0);
            return relation || part.split(" ").length > 10 ? null : asks.subjectSide(part, sides, true);
        }
        return null;
    }

    /** Only joining words and adverbs since the last boundary: "…, đồng thời cũng cam kết …", "… và đề nghị …". */
    private boolean joinedDirectly(String sentence, String key, int at) {
        String before = original(sentence, key, 0, at);
        Matcher m = JOIN.matcher(before);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        String gap = c.k(before.substring(from));
        return gap.isBlank() || java.util.Arrays.stream(gap.split(" ")).allMatch(w -> JOINING.contains(Text.key(w)));
    }

    /** The original text between two offsets of the sentence's key (the key has no punctuation). */
    String original(String sentence, String key, int from, int to) {
        String start = from == 0 ? sentence : c.fromCue(sentence, from);
        String end = to >= key.length() ? "" : c.fromCue(sentence, to);
        return start.substring(0, Math.max(0, start.length() - end.length()));
    }

    /** A comma, semicolon or joining word between two verbs: the second starts a clause of its own. */
    private boolean boundaryBetween(String sentence, String key, int from, int to) {
        String between = original(sentence, key, from, to);
        if (between.contains(",") || between.contains(";")) {
            return true;
        }
        String k = " " + c.k(between) + " ";
        return c.cues("connector").stream().anyMatch(x -> k.contains(" " + x + " "));
    }
}

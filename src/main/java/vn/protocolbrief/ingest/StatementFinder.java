package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.AgreementDraft;
import vn.protocolbrief.ingest.Draft.CommitmentDraft;
import vn.protocolbrief.ingest.Draft.RequestDraft;
import vn.protocolbrief.ingest.Draft.ThanksDraft;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * What each sentence says: a request (a side asks the other), a commitment (a side promises what it will itself
 * do), an agreement (both sides, at this meeting), thanks, or nothing. A sentence is cut into clauses where a
 * statement verb follows a clause boundary ("…, đồng thời cam kết …"); each clause's subject is the side named last
 * before its verb, else the subject of the clause before it. Requests carry their direction, commitments and
 * thanks their side. What both sides agreed at this meeting ("hai bên thống nhất …", "các nội dung sau:" after it)
 * is an agreement of the meeting; one recalled from before ("năm 2023 hai bên đã thống nhất") is background. The
 * signed documents themselves are {@link FactFinder}'s.
 */
final class StatementFinder {
    enum Kind { REQUEST, COMMITMENT, AGREEMENT, THANKS }

    /** Everything said, by kind. */
    record Statements(List<RequestDraft> requests, List<CommitmentDraft> commitments, List<ThanksDraft> thanks,
                      List<AgreementDraft> agreements) {
    }

    /** A statement verb in a sentence's key: where it starts, where it ends, what it says. */
    record Verb(int start, int end, Kind kind, boolean modal, boolean plainFuture) {
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•+–]\\s*|\\d{1,2}[.)]\\s+|[^:.;]{3,100}:\\s+\\p{Lu})");
    private static final Pattern DUE = Pattern.compile("(?u)\\b(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{4})\\b");
    private static final String BOTH = "both";
    private static final Pattern SUBJECT_SCOPE = Pattern.compile("(?iuU)[,;:]|\\sđồng thời\\s");
    private static final List<String> NOT_SUBJECT = List.of("giữa", "của", "với", "cho", "và");
    private static final Pattern JOIN = Pattern.compile("(?iuU)[,;]|\\s(?:và|đồng thời)\\s");
    /** A clause whose subject is only a pronoun ("…, ông sẽ kêu gọi …"): the person who was speaking. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
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
    /** A wish that there be more of something ("trong thời gian tới sẽ có thêm nhiều …"), no one asked to act. */
    private static final Pattern THERE_BE_MORE = Pattern.compile(
            "^(?:trong (?:thoi gian|tuong lai)(?: toi)? )?(?:se )?co (?:them|nhieu)\\b");
    /** Most words before the verb of a fronted clause ("Bày tỏ vui mừng và cảm ơn …, Thống đốc X khẳng định"). */
    private static final int FRONTED_WORDS = 5;
    /** A speech verb right after a fronted clause's subject: "…, bà X khẳng định/cho biết …". */
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "\\b(?:khang dinh|cho biet|nhan manh|chia se|phat bieu|noi|cam on|bay to|danh gia|thong tin)\\b");
    /** "Cụ thể, …" opening a sentence: the items of the ask before it. */
    private static final Pattern SPELLED_OUT = Pattern.compile("^cu the(?: la)?\\b");

    private final Cues c;
    private final RequestFinder asks;
    private final StatementSides placement;
    private final StatementVerbs verbs;
    private final AskShapes shapes;
    private final StatementReading reading;
    private final AgreedWords agreedWords;

    StatementFinder(Cues cues) {
        this(cues, null, null);
    }

    /**
     * With the Japanese gazetteer (ties with a named Japanese locality are a local partnership, not a vague wish) and
     * the learned model that reads each sentence after the rules (null: the rules alone).
     */
    StatementFinder(Cues cues, Japan japan, StatementReading.Use model) {
        this.c = cues;
        this.asks = new RequestFinder(cues);
        this.placement = new StatementSides(cues, japan, asks);
        this.verbs = new StatementVerbs(cues, asks);
        this.shapes = new AskShapes(cues, asks);
        this.reading = new StatementReading(cues, asks, shapes, verbs, model);
        this.agreedWords = new AgreedWords(cues);
    }

    Statements find(List<Sentence> sentences, RequestFinder.Sides sides) {
        List<RequestDraft> requests = new ArrayList<>();
        List<CommitmentDraft> commitments = new ArrayList<>();
        List<ThanksDraft> thanks = new ArrayList<>();
        List<AgreementDraft> agreements = new ArrayList<>();
        String speaker = "vn";
        Kind previous = null;
        String previousSide = "vn";
        Kind listKind = null;
        int listParagraph = -1;
        int previousRequestsFrom = 0;
        List<StatementReading.State> states = new ArrayList<>();
        for (Sentence s : sentences) {
            String text = s.text();
            String key = c.k(text);
            int requestsFrom = requests.size();
            // "Cụ thể, …" after an ask spells out its items: they are the requests, the umbrella before them is not.
            boolean spelledOut = previous == Kind.REQUEST && SPELLED_OUT.matcher(Text.key(text).strip()).find();
            states.add(new StatementReading.State(speaker, previous, listKind != null, spelledOut));
            if (spelledOut) {
                String items = text.strip().replaceFirst("(?iu)^cụ thể(?: là)?\\s*[,:]?\\s*", "");
                emit(Kind.REQUEST, false, previousSide, speaker, items, text, sides,
                        new Statements(requests, commitments, thanks, agreements), false);
                if (requests.size() > requestsFrom && previousRequestsFrom < requestsFrom) {
                    requests.subList(previousRequestsFrom, requestsFrom).clear();
                }
                previousRequestsFrom = requests.size();
                continue;
            }
            previousRequestsFrom = requestsFrom;
            shapes.nominalAsks(text, key, sides, requests);
            List<Verb> verbs = this.verbs.clauses(text, key, sides);
            if (verbs.isEmpty()) {
                boolean item = listKind != null && s.paragraph() != listParagraph && LIST_ITEM.matcher(text).find()
                        && text.split("\\s+").length <= 80;
                boolean continued = !item && previous != null && continues(key);
                if (item || continued) {
                    // "… gồm:" then one paragraph per item; "Đồng thời xem xét, hỗ trợ …" goes on with the ask before.
                    Kind kind = item ? listKind : previous;
                    emit(kind, false, previousSide, speaker, item ? RequestFinder.clean(text) : text, text, sides,
                            new Statements(requests, commitments, thanks, agreements), item);
                    if (item) {
                        listParagraph = s.paragraph();
                    }
                    continue;
                }
                String named = subject(key, sides, false);
                if (named != null && !BOTH.equals(named)) {
                    speaker = named;
                }
                previous = null;
                listKind = null;
                continue;
            }
            listKind = null;
            for (int i = 0; i < verbs.size(); i++) {
                Verb v = verbs.get(i);
                // A later clause's subject is named after its boundary ("…, đồng thời tỉnh cam kết"); else it is
                // the speaker of the clause before, never whom that clause addressed.
                String since = c.k(this.verbs.sinceBoundary(text, key, v.start())).strip();
                String named = PRONOUN_SUBJECT.matcher(since).matches() ? pronounSubject(key.substring(0, v.start()), sides)
                        : i == 0 && coordinated(since) ? sentenceSubject(text, key, v.start(), sides)
                        : i == 0 ? subject(key.substring(0, v.start()), sides, true) : subject(since, sides, true);
                if (i == 0 && named == null) {
                    named = frontedSubject(text, key, v.start(), sides);
                }
                String side = named == null ? speaker : named;
                if ((v.kind() == Kind.AGREEMENT || v.kind() == Kind.COMMITMENT) && bothNamed(sinceScope(text, key, v.start()), sides)) {
                    side = BOTH; // "thành phố Sakai và Đà Nẵng đồng ý …": both sides as one subject
                }
                if (!BOTH.equals(side)) {
                    speaker = side;
                }
                int end = i + 1 < verbs.size() ? verbs.get(i + 1).start() : key.length();
                String clause = clauseText(text, v.start(), end, i + 1 < verbs.size());
                boolean opensList = i + 1 == verbs.size() && text.strip().endsWith(":");
                if (!opensList) {
                    emit(v.kind(), v.modal(), side, speaker, clause, text, sides,
                            new Statements(requests, commitments, thanks, agreements), false);
                } else {
                    listKind = BOTH.equals(side) && v.kind() != Kind.REQUEST ? Kind.AGREEMENT : v.kind();
                    listParagraph = s.paragraph();
                }
                previous = BOTH.equals(side) && v.kind() == Kind.COMMITMENT ? Kind.AGREEMENT : v.kind();
                previousSide = side;
            }
        }
        Statements said = new Statements(requests, commitments, thanks, agreements);
        reading.apply(sentences, states, said, sides);
        return said;
    }

    /** One clause's statement into its list; a request in as many items as it asks for. */
    private void emit(Kind kind, boolean modal, String side, String speaker, String clause, String evidence,
                      RequestFinder.Sides sides, Statements out, boolean listItem) {
        List<RequestDraft> requests = out.requests();
        List<CommitmentDraft> commitments = out.commitments();
        List<ThanksDraft> thanks = out.thanks();
        String by = BOTH.equals(side) ? speaker : side;
        switch (kind) {
            case REQUEST -> {
                String direction = "jp".equals(by) ? "jp_to_vn" : "vn_to_jp";
                List<String> items = listItem ? List.of(clause) : RequestFinder.items(shapes.withoutBackground(clause)).stream()
                        .flatMap(i -> shapes.coordinated(i).stream()).toList();
                for (String item : items) {
                    // The partner hoping that there be more investors or visitors hopes for its own side's act.
                    if ("jp".equals(by) && THERE_BE_MORE.matcher(Text.key(asks.asked(item))).find()) {
                        continue;
                    }
                    // Our leader asking our own departments is an instruction at home, not a request to the partner.
                    if (!"jp".equals(by) && placement.ownBodiesAddressed(item)) {
                        continue;
                    }
                    if (placement.namesJapaneseLocality(item)) {
                        asks.addLocalPartnership(requests, direction, item, evidence, sides);
                    } else if (!modal || !asks.categories(item).isEmpty()) {
                        asks.addItem(requests, direction, item, evidence, sides);
                    }
                }
            }
            case COMMITMENT -> {
                // Both sides promising together is what they agreed, not one side's promise; a promise to cherish the
                // relationship itself ("sẽ nỗ lực vun đắp mối quan hệ hữu nghị") promises nothing one can follow up.
                if (!BOTH.equals(side) && clause.split("\\s+").length >= 4
                        && (!asks.aboutTheRelationshipOnly(clause) || placement.namesJapaneseLocality(clause))) {
                    Matcher due = DUE.matcher(clause);
                    String iso = due.find() ? String.format("%s-%02d-%02d", due.group(3), Integer.parseInt(due.group(2)),
                            Integer.parseInt(due.group(1))) : null;
                    commitments.add(new CommitmentDraft(side, RequestFinder.clean(clause), iso, evidence));
                }
            }
            case THANKS -> {
                if (clause.split("\\s+").length >= 3) {
                    thanks.add(new ThanksDraft(by, "jp".equals(by) ? "vn" : "jp", RequestFinder.clean(clause), evidence));
                }
            }
            case AGREEMENT -> {
                // Only what both sides agreed, here and now: "Thống đốc nhất trí với đề xuất …" is one side's assent.
                if ((BOTH.equals(side) || listItem) && !agreedWords.recalled(evidence)) {
                    // A signing ("ký kết …") is FactFinder's document; here only what was agreed in words.
                    String what = listItem ? clause : agreedWords.agreed(clause);
                    if (what != null && what.split("\\s+").length >= 3 && !asks.aboutTheRelationshipOnly(what)) {
                        out.agreements().add(new AgreementDraft(RequestFinder.clean(what), null, true, null, evidence, true));
                    }
                }
            }
        }
    }

    /** The words before a key offset since the last comma, semicolon or "đồng thời" (a "và" stays inside), folded. */
    private String sinceScope(String sentence, String key, int at) {
        String before = verbs.original(sentence, key, 0, at);
        Matcher m = SUBJECT_SCOPE.matcher(before);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return c.k(before.substring(from)).strip();
    }

    /**
     * Whom "ông/bà" stands for: the side that opens the sentence ("Thống đốc … cho biết …, ông sẽ …"), or the person
     * speaking before when the sentence itself opens with the pronoun.
     */
    private String pronounSubject(String key, RequestFinder.Sides sides) {
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
    private String frontedSubject(String text, String key, int verb, RequestFinder.Sides sides) {
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
    private boolean coordinated(String since) {
        return !since.isBlank() && java.util.Arrays.stream(since.split(" ")).allMatch(w -> COORDINATING.contains(Text.key(w)))
                || since.isBlank();
    }

    /**
     * Who the sentence is about: the side named at its opening, after a short adverbial ("Ngoài ra, ", "Tại buổi làm
     * việc, "). A pronoun opening ("ông cũng …") is the person speaking before (null); so is an opening naming no
     * side. "X dành sự quan tâm đối với đề nghị của tỉnh … và mong muốn …": X wishes, not the province named in
     * X's object.
     */
    private String sentenceSubject(String text, String key, int verb, RequestFinder.Sides sides) {
        String before = key.substring(0, verb);
        String opening = text.strip();
        for (int round = 0; round < 2; round++) {
            int comma = opening.indexOf(',');
            String first = opening.split("\\s+")[0];
            if (comma <= 0 || opening.substring(0, comma).split("\\s+").length > OPENER_WORDS
                    || !ADVERBIAL_OPENING.contains(Text.key(first))) {
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
    private boolean bothNamed(String subject, RequestFinder.Sides sides) {
        int and = Cues.indexOfWord(subject, c.k("và"));
        if (and < 0 || subject.split(" ").length > 12) {
            return false;
        }
        String first = asks.subjectSide(subject.substring(0, and), sides, true);
        String second = asks.subjectSide(subject.substring(and), sides, true);
        return first != null && second != null && !first.equals(second);
    }

    /** The original words of a clause: from its verb to the last boundary before the next clause's verb. */
    private String clauseText(String sentence, int start, int end, boolean more) {
        String from = c.fromCue(sentence, start);
        if (!more) {
            return from;
        }
        String clause = from.substring(0, Math.max(0, from.length() - c.fromCue(sentence, end).length()));
        Matcher m = JOIN.matcher(clause);
        int cut = -1;
        while (m.find()) {
            cut = m.start();
        }
        return (cut > 0 ? clause.substring(0, cut) : clause).strip();
    }


    /**
     * Which side speaks: the one named last before the verb (or first, for a sentence without a verb); "hai bên"
     * named after both sides' own words means both.
     */
    private String subject(String before, RequestFinder.Sides sides, boolean last) {
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

    /** A sentence that goes on with the statement before it: "Đồng thời xem xét, hỗ trợ …", "Đặc biệt là …". */
    private boolean continues(String key) {
        String k = key;
        for (String x : c.cues("connector")) {
            if (k.startsWith(x + " ")) {
                k = k.substring(x.length() + 1);
                break;
            }
        }
        String rest = k;
        return c.cues("list_verb").stream().anyMatch(v -> rest.startsWith(v + " "));
    }
}

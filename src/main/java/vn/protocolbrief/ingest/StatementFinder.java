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
    private static final Pattern JOIN = Pattern.compile("(?iuU)[,;]|\\s(?:và|đồng thời)\\s");
    /**
     * A wish that there be more of something ("trong thời gian tới sẽ có thêm nhiều …", "sẽ có những hợp tác cụ thể
     * hơn …"): existential "có" before a plural quantifier (closed grammatical words), no one asked to act.
     */
    private static final Pattern THERE_BE_MORE = Pattern.compile(
            "^(?:trong (?:thoi gian|tuong lai)(?: toi)? )?(?:se )?co (?:them|nhieu|nhung)\\b");
    /**
     * "Cụ thể, …" opening a sentence, or an ordinal ("Thứ hai, …", "Hai là, …"): the items of the ask before it, one
     * sentence each (closed grammatical words: the ordinals up to ten).
     */
    private static final Pattern SPELLED_OUT = Pattern.compile(
            "^(?:cu the(?: la)?|thu (?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) la)\\b");
    private static final Pattern SPELLED_OUT_MARK = Pattern.compile(
            "(?iu)^(?:cụ thể(?: là)?|thứ \\p{L}+|\\p{L}+ là)\\s*[,:]?\\s*");

    private final Cues c;
    private final RequestFinder asks;
    private final StatementSides placement;
    private final StatementVerbs verbs;
    private final AskShapes shapes;
    private final StatementReading reading;
    private final AgreedWords agreedWords;
    private final ClauseSubjects who;

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
        this.who = new ClauseSubjects(cues, asks, placement, verbs);
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
            boolean spelledOut = previous == Kind.REQUEST && SPELLED_OUT.matcher(Text.key(text).strip()).find()
                    && !ownAskingClause(text);
            states.add(new StatementReading.State(speaker, previous, listKind != null, spelledOut));
            if (spelledOut) {
                String items = SPELLED_OUT_MARK.matcher(text.strip()).replaceFirst("");
                emit(Kind.REQUEST, false, previousSide, speaker, items, text, sides,
                        new Statements(requests, commitments, thanks, agreements), false, false);
                if (requests.size() > requestsFrom && previousRequestsFrom < requestsFrom) {
                    dropSpelledOut(requests, previousRequestsFrom, requestsFrom);
                }
                previousRequestsFrom = requests.size();
                continue;
            }
            previousRequestsFrom = requestsFrom;
            shapes.nominalAsks(text, key, sides, requests);
            List<Verb> verbs = this.verbs.clauses(text, key, sides, speaker);
            if (verbs.isEmpty()) {
                boolean item = listKind != null && s.paragraph() != listParagraph && LIST_ITEM.matcher(text).find()
                        && text.split("\\s+").length <= 80;
                boolean continued = !item && previous != null && continues(key);
                if (item || continued) {
                    // "… gồm:" then one paragraph per item; "Đồng thời xem xét, hỗ trợ …" goes on with the ask before.
                    Kind kind = item ? listKind : previous;
                    emit(kind, false, previousSide, speaker, item ? RequestItems.clean(text) : text, text, sides,
                            new Statements(requests, commitments, thanks, agreements), item, false);
                    if (item) {
                        listParagraph = s.paragraph();
                    }
                    continue;
                }
                String named = who.subject(key, sides, false);
                if (named != null && !BOTH.equals(named)) {
                    speaker = named;
                }
                previous = null;
                listKind = null;
                continue;
            }
            listKind = null;
            String clauseSide = null;
            for (int i = 0; i < verbs.size(); i++) {
                Verb v = verbs.get(i);
                // A later clause's subject is named after its boundary ("…, đồng thời tỉnh cam kết"); else it is
                // the speaker of the clause before, never whom that clause addressed. A first predicate that names
                // no side since its boundary ("…; bày tỏ mong muốn …") is the sentence's subject's.
                String since = c.k(this.verbs.sinceBoundary(text, key, v.start())).strip();
                String named = ClauseSubjects.PRONOUN_SUBJECT.matcher(since).matches()
                        ? who.pronounSubject(key.substring(0, v.start()), sides)
                        : i == 0 && (who.coordinated(since) || who.subject(since, sides, true) == null)
                        ? who.sentenceSubject(text, key, v.start(), sides)
                        : i == 0 ? who.subject(key.substring(0, v.start()), sides, true) : who.subject(since, sides, true);
                if (i == 0 && named == null) {
                    named = who.frontedSubject(text, key, v.start(), sides);
                }
                // A later clause that names no subject is its sentence's subject's: both sides, if both agreed first
                // ("Hai bên nhất trí … và cho biết sẽ …").
                String side = named != null ? named : i > 0 && clauseSide != null ? clauseSide : speaker;
                if ((v.kind() == Kind.AGREEMENT || v.kind() == Kind.COMMITMENT) && who.bothNamed(sinceScope(text, key, v.start()), sides)) {
                    side = BOTH; // "thành phố Sakai và Đà Nẵng đồng ý …": both sides as one subject
                }
                boolean needsField = v.modal();
                if (v.modal() && v.kind() == Kind.REQUEST) {
                    // "X cần …": the need is asked of the side named before "cần" by the other (both: the speaker's).
                    String actor = who.subject(since, sides, true);
                    needsField = actor == null;
                    if (actor != null && !BOTH.equals(actor)) {
                        if (actor.equals(who.openingSide(key, sides))) {
                            continue; // the sentence's own subject saying what it needs to do: its own act
                        }
                        side = "jp".equals(actor) ? "vn" : "jp";
                    }
                }
                if (!BOTH.equals(side)) {
                    speaker = side;
                }
                int end = i + 1 < verbs.size() ? verbs.get(i + 1).start() : key.length();
                String clause = clauseText(text, v.start(), end, i + 1 < verbs.size());
                boolean opensList = i + 1 == verbs.size() && text.strip().endsWith(":");
                if (!opensList) {
                    emit(v.kind(), needsField, side, speaker, clause, text, sides,
                            new Statements(requests, commitments, thanks, agreements), false,
                            named != null && named.equals(who.subject(since, sides, true)));
                } else {
                    listKind = BOTH.equals(side) && v.kind() != Kind.REQUEST ? Kind.AGREEMENT : v.kind();
                    listParagraph = s.paragraph();
                }
                previous = BOTH.equals(side) && v.kind() == Kind.COMMITMENT ? Kind.AGREEMENT : v.kind();
                previousSide = side;
                clauseSide = side;
            }
        }
        Statements said = new Statements(requests, commitments, thanks, agreements);
        reading.apply(sentences, states, said, sides);
        return said;
    }

    /** Whether most words of the shorter text are in the other (the same statement told twice). */
    static boolean mostlySameWords(String a, String b) {
        java.util.Set<String> x = new java.util.LinkedHashSet<>(Text.words(a));
        java.util.Set<String> y = new java.util.LinkedHashSet<>(Text.words(b));
        long common = x.stream().filter(y::contains).count();
        return !x.isEmpty() && !y.isEmpty() && common >= 0.8 * Math.min(x.size(), y.size());
    }

    /**
     * The asks of the sentence before that "Cụ thể, …" spells out: one whose every field the items name, or the ask
     * right before it when it names no field (an earlier field-less ask, an invitation, is an ask of its own). An ask
     * that also names another field stands.
     */
    private static void dropSpelledOut(List<RequestDraft> requests, int from, int to) {
        java.util.Set<String> itemFields = new java.util.HashSet<>();
        requests.subList(to, requests.size()).forEach(r -> itemFields.addAll(r.categories()));
        itemFields.remove("other");
        RequestDraft last = requests.get(to - 1);
        requests.subList(from, to).removeIf(r -> r.categories().stream().noneMatch(c -> !c.equals("other")) ? r == last
                : r.categories().stream().filter(c -> !c.equals("other")).allMatch(itemFields::contains));
    }

    /** One clause's statement into its list; a request in as many items as it asks for. */
    private void emit(Kind kind, boolean modal, String side, String speaker, String clause, String evidence,
                      RequestFinder.Sides sides, Statements out, boolean listItem, boolean subjectNamed) {
        List<RequestDraft> requests = out.requests();
        List<CommitmentDraft> commitments = out.commitments();
        List<ThanksDraft> thanks = out.thanks();
        String by = BOTH.equals(side) ? speaker : side;
        switch (kind) {
            case REQUEST -> {
                // "muốn" alone wants the subject's own act unless another side is named as the one to act.
                boolean wantsOwnAct = c.k(clause).startsWith(c.k("muốn") + " ");
                // A hope about the meeting itself ("hy vọng buổi làm việc sẽ là cơ hội …, đồng thời mở ra …") has the
                // occasion as subject of every predicate coordinated in it: none of them asks anything.
                List<String> items = listItem ? List.of(clause) : RequestItems.items(shapes.withoutBackground(clause)).stream()
                        .filter(i -> !asks.hopeForTheOccasion(i))
                        .flatMap(i -> shapes.coordinated(i).stream()).toList();
                for (String whole : items) {
                    // "đề xuất với [whom], …": whom it is put to is no ask; what follows the comma is.
                    String item = placement.withoutProposedTo(whole);
                    if (item == null) {
                        continue;
                    }
                    String asker = askedBy(item, by, subjectNamed, sides);
                    if (asker == null) {
                        // Its own side "sẽ" act ("đề xuất trước mắt Nhật Bản sẽ hỗ trợ …"): an offer, a promise.
                        emit(Kind.COMMITMENT, false, by, speaker, item, evidence, sides, out, false, subjectNamed);
                        continue;
                    }
                    if (wantsOwnAct && !otherSideNamed(item, asker, sides)) {
                        continue;
                    }
                    StatementSides.Addressee to = placement.addresseeOf(item, sides);
                    // The partner proposing or wishing to invest ("đề xuất đầu tư nhà máy …", "mong muốn được đầu tư
                    // …"), no one else named to act: its own offer, not an ask of the province.
                    if ("jp".equals(asker) && to == null && ownOffer(item)) {
                        emit(Kind.COMMITMENT, false, "jp", speaker, asks.asked(item), evidence, sides, out, false, subjectNamed);
                        continue;
                    }
                    // Both sides named as the ones to act, on nothing in particular ("mong muốn hai tỉnh tăng cường
                    // giao lưu"): a wish for closer ties, asked of neither side.
                    if (to != null && BOTH.equals(to.side()) && asks.categories(item).isEmpty()) {
                        continue;
                    }
                    String direction = "jp".equals(asker) ? "jp_to_vn" : "vn_to_jp";
                    // The partner hoping that there be more investors or visitors hopes for its own side's act.
                    if ("jp".equals(asker) && THERE_BE_MORE.matcher(Text.key(asks.asked(item))).find()) {
                        continue;
                    }
                    // Our leader asking our own departments is an instruction at home, not a request to the partner.
                    if (!"jp".equals(asker) && placement.ownBodiesAddressed(item)) {
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
                    CommitmentDraft promise = new CommitmentDraft(side, RequestItems.clean(clause), iso, evidence);
                    // A caption and the body often tell the same promise: it is one promise.
                    if (commitments.stream().noneMatch(o -> o.side().equals(promise.side())
                            && mostlySameWords(o.text(), promise.text()))) {
                        commitments.add(promise);
                    }
                }
            }
            case THANKS -> {
                if (clause.split("\\s+").length >= 3) {
                    String who = placement.thanker(clause, by, sides);
                    thanks.add(new ThanksDraft(who, "jp".equals(who) ? "vn" : "jp", RequestItems.clean(clause), evidence));
                }
            }
            case AGREEMENT -> {
                // Only what both sides agreed, here and now: "Thống đốc nhất trí với đề xuất …" is one side's assent.
                if ((BOTH.equals(side) || listItem) && !agreedWords.recalled(evidence)) {
                    // A signing ("ký kết …") is FactFinder's document; here only what was agreed in words.
                    String what = listItem ? clause : agreedWords.agreed(clause);
                    if (what != null && what.split("\\s+").length >= 3 && !asks.aboutTheRelationshipOnly(what)) {
                        out.agreements().add(new AgreementDraft(RequestItems.clean(what), null, true, null, evidence, true));
                    }
                }
            }
        }
    }

    /**
     * Who asks, read from whom the ask names as the one to act: the side that does not act. After a subject named in
     * the clause, its own side told that it "sẽ" (will) act is the speaker's own promise (null: not a request);
     * after a subject only carried from before, the addressee is surer than the carried speaker and turns it.
     */

    private String askedBy(String item, String by, boolean subjectNamed, RequestFinder.Sides sides) {
        StatementSides.Addressee to = placement.addresseeOf(item, sides);
        if (to == null || BOTH.equals(to.side()) || !to.side().equals(by)) {
            return by;
        }
        if (subjectNamed) {
            return to.will() ? null : by;
        }
        return "jp".equals(to.side()) ? "vn" : "jp";
    }

    /** The asked act is the asker's own investing ("đầu tư …", "được đầu tư …"): what an investor offers. */
    private boolean ownOffer(String item) {
        String act = c.k(asks.asked(item)).strip();
        String permitted = c.phrase("được") + " ";
        if (act.startsWith(permitted)) {
            act = act.substring(permitted.length());
        }
        String rest = act;
        return c.cues("own_offer").stream().anyMatch(v -> rest.startsWith(v + " "));
    }

    private boolean otherSideNamed(String item, String asker, RequestFinder.Sides sides) {
        String to = placement.addressee(item, sides);
        return to != null && (BOTH.equals(to) || !to.equals(asker));
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

    /**
     * "Cụ thể, TP A mong muốn TP B có thể giúp …": the specifics told as a clause of their own, a subject before its
     * own asking verb, are read as a sentence of their own (who asks whom), not as bare items of the ask before.
     */
    private boolean ownAskingClause(String text) {
        String rest = SPELLED_OUT_MARK.matcher(text.strip()).replaceFirst("");
        return asks.cueWordAt(rest, c.k(rest)) > 0;
    }
}

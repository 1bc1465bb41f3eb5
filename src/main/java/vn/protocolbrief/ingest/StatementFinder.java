package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.CommitmentDraft;
import vn.protocolbrief.ingest.Draft.RequestDraft;
import vn.protocolbrief.ingest.Draft.ThanksDraft;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * What each sentence says: a request (a side asks the other), a commitment (a side promises what it will itself
 * do), an agreement (both sides, at this meeting), thanks, or nothing. A sentence is cut into clauses where a
 * statement verb follows a clause boundary ("…, đồng thời cam kết …"); each clause's subject is the side named last
 * before its verb, else the subject of the clause before it. Requests carry their direction, commitments and
 * thanks their side. Agreements draft nothing here (the signed documents are {@link FactFinder}'s): a sentence
 * saying both sides agreed is simply not a request.
 */
final class StatementFinder {
    enum Kind { REQUEST, COMMITMENT, AGREEMENT, THANKS }

    /** Everything said, by kind. */
    record Statements(List<RequestDraft> requests, List<CommitmentDraft> commitments, List<ThanksDraft> thanks) {
    }

    /** A statement verb in a sentence's key: where it starts, where it ends, what it says. */
    record Verb(int start, int end, Kind kind, boolean modal) {
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•+–]\\s*|\\d{1,2}[.)]\\s+|[^:.;]{3,100}:\\s+\\p{Lu})");
    private static final Pattern DUE = Pattern.compile("(?u)\\b(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{4})\\b");
    private static final String BOTH = "both";
    private static final Pattern JOIN = Pattern.compile("(?iuU)[,;]|\\s(?:và|đồng thời)\\s");

    private final Cues c;
    private final RequestFinder asks;

    StatementFinder(Cues cues) {
        this.c = cues;
        this.asks = new RequestFinder(cues);
    }

    Statements find(List<Sentence> sentences, RequestFinder.Sides sides) {
        List<RequestDraft> requests = new ArrayList<>();
        List<CommitmentDraft> commitments = new ArrayList<>();
        List<ThanksDraft> thanks = new ArrayList<>();
        String speaker = "vn";
        Kind previous = null;
        String previousSide = "vn";
        Kind listKind = null;
        int listParagraph = -1;
        for (Sentence s : sentences) {
            String text = s.text();
            String key = c.k(text);
            List<Verb> verbs = clauses(text, key);
            if (verbs.isEmpty()) {
                boolean item = listKind != null && s.paragraph() != listParagraph && LIST_ITEM.matcher(text).find()
                        && text.split("\\s+").length <= 80;
                boolean continued = !item && previous != null && continues(key);
                if (item || continued) {
                    // "… gồm:" then one paragraph per item; "Đồng thời xem xét, hỗ trợ …" goes on with the ask before.
                    Kind kind = item ? listKind : previous;
                    emit(kind, false, previousSide, speaker, item ? RequestFinder.clean(text) : text, text, sides,
                            requests, commitments, thanks, item);
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
            int clauseStart = 0;
            for (int i = 0; i < verbs.size(); i++) {
                Verb v = verbs.get(i);
                String named = subject(key.substring(clauseStart, v.start()), sides, true);
                String side = named == null ? speaker : named;
                if (!BOTH.equals(side)) {
                    speaker = side;
                }
                int end = i + 1 < verbs.size() ? verbs.get(i + 1).start() : key.length();
                String clause = clauseText(text, v.start(), end, i + 1 < verbs.size());
                boolean opensList = i + 1 == verbs.size() && text.strip().endsWith(":");
                if (!opensList) {
                    emit(v.kind(), v.modal(), side, speaker, clause, text, sides, requests, commitments, thanks, false);
                } else {
                    listKind = BOTH.equals(side) && v.kind() != Kind.REQUEST ? Kind.AGREEMENT : v.kind();
                    listParagraph = s.paragraph();
                }
                previous = BOTH.equals(side) && v.kind() == Kind.COMMITMENT ? Kind.AGREEMENT : v.kind();
                previousSide = side;
                clauseStart = v.end();
            }
        }
        return new Statements(requests, commitments, thanks);
    }

    /** One clause's statement into its list; a request in as many items as it asks for. */
    private void emit(Kind kind, boolean modal, String side, String speaker, String clause, String evidence,
                      RequestFinder.Sides sides, List<RequestDraft> requests, List<CommitmentDraft> commitments,
                      List<ThanksDraft> thanks, boolean listItem) {
        String by = BOTH.equals(side) ? speaker : side;
        switch (kind) {
            case REQUEST -> {
                String direction = "jp".equals(by) ? "jp_to_vn" : "vn_to_jp";
                for (String item : listItem ? List.of(clause) : RequestFinder.items(clause)) {
                    if (!modal || !asks.categories(item).isEmpty()) {
                        asks.addItem(requests, direction, item, evidence, sides);
                    }
                }
            }
            case COMMITMENT -> {
                // Both sides promising together is what they agreed, not one side's promise.
                if (!BOTH.equals(side) && clause.split("\\s+").length >= 4) {
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
                // Recorded from the signed documents; an agreement is never drafted as a request.
            }
        }
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
     * The statement verbs of a sentence, one per clause: the first verb, then each verb of another kind that
     * follows a clause boundary (a comma, "và", "đồng thời"). A verb inside a clause ("đề nghị … sẽ hỗ trợ")
     * belongs to it.
     */
    List<Verb> clauses(String sentence, String key) {
        List<Verb> all = new ArrayList<>();
        int request = asks.cueWordAt(sentence, key);
        while (request >= 0) {
            all.add(new Verb(request, request + 1, Kind.REQUEST, false));
            request = asks.cueWordAt(sentence, key, request + 1);
        }
        addWords(all, key, "thanks", Kind.THANKS);
        addWords(all, key, "commitment", Kind.COMMITMENT);
        addWords(all, key, "agreement_verb", Kind.AGREEMENT);
        for (String signed : c.cues("signed")) {
            for (int at = Cues.indexOfWord(key, signed); at >= 0; at = Cues.indexOfWord(key, signed, at + 1)) {
                all.add(new Verb(at, at + signed.length(), Kind.AGREEMENT, false));
            }
        }
        addModals(all, sentence, key);
        all.sort(Comparator.comparingInt(Verb::start));
        List<Verb> out = new ArrayList<>();
        for (Verb v : all) {
            if (out.isEmpty()) {
                out.add(v);
                continue;
            }
            Verb last = out.get(out.size() - 1);
            if (v.start() < last.end() || v.kind() == last.kind()) {
                continue;
            }
            if (boundaryBetween(key, last.end(), v.start())) {
                out.add(v);
            }
        }
        return out;
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
                out.add(new Verb(at, at + w.length(), as, false));
            }
        }
    }

    /** "sẽ phái …" promises; "cần/nên tăng cường …" suggests (a request when it names something concrete). */
    private void addModals(List<Verb> out, String sentence, String key) {
        for (String modal : List.of("sẽ", "nên", "cần")) {
            String m = c.phrase(Text.lowerKey(modal));
            for (int at = Cues.indexOfWord(key, m); at >= 0; at = Cues.indexOfWord(key, m, at + 1)) {
                String after = key.substring(at + m.length());
                boolean action = c.cues("action_verb").stream().anyMatch(v -> after.startsWith(" " + v + " ")
                        || after.startsWith(" " + c.phrase(Text.lowerKey("tiếp tục")) + " " + v + " "));
                if (action && !asks.capitalisedName(sentence, key, at)) {
                    boolean promise = modal.equals("sẽ");
                    out.add(new Verb(at, at + m.length(), promise ? Kind.COMMITMENT : Kind.REQUEST, !promise));
                }
            }
        }
    }

    /** A comma, semicolon or joining word between two verbs: the second starts a clause of its own. */
    private boolean boundaryBetween(String key, int from, int to) {
        String between = " " + key.substring(from, to) + " ";
        if (between.contains(",") || between.contains(";")) {
            return true;
        }
        return c.cues("connector").stream().anyMatch(x -> between.contains(" " + x + " "));
    }

    /**
     * Which side speaks: the one named last before the verb (or first, for a sentence without a verb); "hai bên"
     * named after both sides' own words means both.
     */
    private String subject(String before, RequestFinder.Sides sides, boolean last) {
        String side = asks.subjectSide(before, sides, last);
        int both = -1;
        for (String w : c.cues("both_sides")) {
            int at = last ? before.lastIndexOf(w) : Cues.indexOfWord(before, w);
            if (at >= 0 && Cues.indexOfWord(before.substring(at), w) == 0 && (both < 0 || (last ? at > both : at < both))) {
                both = at;
            }
        }
        if (both < 0) {
            return side;
        }
        int sideAt = asks.sidePosition(before, sides, last);
        return side == null || (last ? both >= sideAt : both <= sideAt) ? BOTH : side;
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

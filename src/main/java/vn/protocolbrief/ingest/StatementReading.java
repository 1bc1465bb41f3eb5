package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.RequestDraft;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * The learned model's part in reading what was said: after the rules have read every sentence, each sentence's
 * features (its words, and what the rules found in it) go to the {@link StatementModel}, which decides whether the
 * sentence asks something and in which direction. Where it is sure the sentence asks nothing (or thanks, promises,
 * agrees) the rules' requests from it go; where the rules drafted no request and the model reads one, it is drafted
 * from the sentence; where both read a request, the model's direction stands. An observer sees every sentence's
 * features: that is how the trainer reads the corpus through the same code the importer runs.
 */
final class StatementReading {
    /**
     * What reads with the rules: a model (null: the rules alone), an observer of the features (may be null), the least
     * probability of "not a request" for the model to take the rules' requests from a sentence away (above 1: never),
     * and the least probability of a request for it to draft one the rules did not (above 1: never).
     */
    record Use(StatementModel model, BiConsumer<String, List<String>> observer, double veto, double add) {
        /** The rules alone: what the importer does by default (see ADR 0017: the model did not beat them). */
        static Use rulesAlone() {
            return new Use(null, null, VETO, ADD);
        }

        Use observing(BiConsumer<String, List<String>> watcher) {
            return new Use(model, watcher, veto, add);
        }
    }

    /** What the rules knew when the sentence started: who spoke last, the kind before, an open list, "Cụ thể". */
    record State(String speaker, StatementFinder.Kind previous, boolean listOpen, boolean spelledOut) {
    }

    private static final double VETO = StatementModel.VETO;
    private static final double ADD = StatementModel.ADD;

    private static final Pattern YEAR = Pattern.compile("(?u)\\b(?:19|20)\\d{2}\\b");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•+–]\\s*|\\d{1,2}[.)]\\s+)");
    private static final int OPENING_WORDS = 8;

    private final Cues c;
    private final RequestFinder asks;
    private final AskShapes shapes;
    private final StatementVerbs verbs;
    private final Use use;

    StatementReading(Cues cues, RequestFinder asks, AskShapes shapes, StatementVerbs verbs, Use use) {
        this.c = cues;
        this.asks = asks;
        this.shapes = shapes;
        this.verbs = verbs;
        this.use = use;
    }

    /** The model's reading over the rules' statements (changed in place). */
    void apply(List<Sentence> sentences, List<State> states, StatementFinder.Statements said, RequestFinder.Sides sides) {
        if (use == null || use.model() == null && use.observer() == null) {
            return;
        }
        for (int i = 0; i < sentences.size() && i < states.size(); i++) {
            String text = sentences.get(i).text();
            List<String> features = features(text, states.get(i), said, sides);
            if (use.observer() != null) {
                use.observer().accept(text, features);
            }
            if (use.model() != null) {
                decide(text, use.model().probabilities(features), said.requests(), sides);
            }
        }
    }

    private void decide(String text, double[] p, List<RequestDraft> requests, RequestFinder.Sides sides) {
        StatementModel.Label label = StatementModel.Label.values()[StatementModel.argmax(p)];
        boolean asking = label == StatementModel.Label.REQUEST_VN || label == StatementModel.Label.REQUEST_JP;
        String direction = label == StatementModel.Label.REQUEST_JP ? "jp_to_vn" : "vn_to_jp";
        List<RequestDraft> ruled = requests.stream().filter(r -> text.equals(r.evidence())).toList();
        if (!ruled.isEmpty()) {
            if (!asking && p[label.ordinal()] >= use.veto()) {
                requests.removeAll(ruled);
            } else if (asking) {
                for (RequestDraft r : ruled) {
                    if (!r.direction().equals(direction)) {
                        requests.set(requests.indexOf(r), new RequestDraft(direction, r.categories(), r.text(), r.evidence()));
                    }
                }
            }
            return;
        }
        if (asking && p[label.ordinal()] >= use.add()) {
            String key = c.k(text);
            int cue = asks.cueWordAt(text, key);
            String clause = cue >= 0 ? c.fromCue(text, cue) : text;
            for (String item : RequestFinder.items(shapes.withoutBackground(clause))) {
                for (String part : shapes.coordinated(item)) {
                    asks.addItem(requests, direction, part, text, sides);
                }
            }
        }
    }

    /**
     * A sentence's features: "w:" folded words and "b:" word pairs (kept in a model only when general, see
     * {@link StatementTraining}), and "s:" facts of structure the rules compute.
     */
    List<String> features(String text, State state, StatementFinder.Statements said, RequestFinder.Sides sides) {
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
        String[] keyWords = key.split(" ");
        String opening = String.join(" ", java.util.Arrays.copyOf(keyWords, Math.min(keyWords.length, OPENING_WORDS)));
        out.add("s:opens=" + side(asks.subjectSide(opening, sides, false)));
        out.add("s:speaker=" + state.speaker());
        out.add("s:previous=" + (state.previous() == null ? "none" : state.previous().name().toLowerCase(java.util.Locale.ROOT)));
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
            String kind = v.kind().name().toLowerCase(java.util.Locale.ROOT);
            out.add("s:verb=" + kind);
            out.add("s:before_" + kind + "=" + side(asks.subjectSide(key.substring(0, v.start()), sides, true)));
            String after = key.substring(Math.min(key.length(), v.end()));
            String[] a = after.strip().split(" ");
            String addressed = String.join(" ", java.util.Arrays.copyOf(a, Math.min(a.length, OPENING_WORDS)));
            out.add("s:after_" + kind + "=" + side(asks.subjectSide(addressed, sides, false)));
            if (v.modal()) {
                out.add("s:modal");
            }
        }
        if (asks.cueWordAt(text, key) >= 0) {
            out.add("s:request_cue");
        }
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

    private static String side(String side) {
        return side == null ? "none" : side;
    }
}

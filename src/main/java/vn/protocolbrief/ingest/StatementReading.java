package vn.protocolbrief.ingest;

import java.util.List;
import java.util.function.BiConsumer;
import vn.protocolbrief.ingest.Draft.RequestDraft;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * The learned model's part in reading what was said: after the rules have read every sentence, each sentence's
 * features (its words, and what the rules found in it) go to the {@link StatementModel}, which decides whether the
 * sentence asks something and in which direction. Where it is sure the sentence asks nothing (or thanks, promises,
 * agrees) the rules' requests from it go; where the rules drafted no request and the model reads one, it is drafted
 * from the sentence; where both read a request, the model's direction stands if it is as sure as a veto needs. An observer sees every sentence's
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

    private final Cues c;
    private final RequestFinder asks;
    private final AskShapes shapes;
    private final StatementFeatures features;
    private final Use use;

    StatementReading(Cues cues, RequestFinder asks, AskShapes shapes, StatementVerbs verbs, Use use) {
        this.c = cues;
        this.asks = asks;
        this.shapes = shapes;
        this.features = new StatementFeatures(cues, asks, verbs);
        this.use = use;
    }

    /** The model's reading over the rules' statements (changed in place). */
    void apply(List<Sentence> sentences, List<State> states, StatementFinder.Statements said, RequestFinder.Sides sides) {
        if (use == null || use.model() == null && use.observer() == null) {
            return;
        }
        int count = Math.min(sentences.size(), states.size());
        for (int i = 0; i < count; i++) {
            String text = sentences.get(i).text();
            boolean opensParagraph = i == 0 || sentences.get(i).paragraph() != sentences.get(i - 1).paragraph();
            List<String> features = this.features.of(text, states.get(i), new StatementFeatures.Place(i, count, opensParagraph),
                    said, sides);
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
            } else if (asking && p[label.ordinal()] >= use.veto()) {
                // The model turns the rules' direction round only where it is as sure as it must be to veto.
                for (RequestDraft r : ruled) {
                    if (!r.direction().equals(direction)) {
                        requests.set(requests.indexOf(r), new RequestDraft(direction, r.categories(), r.text(), r.evidence()));
                    }
                }
            }
            return;
        }
        // An ask of either direction: the two requests' probabilities together (a sentence the rules left unread is
        // rarely the model's one clear label, and "which side asks" must not split "whether it asks").
        double ask = p[StatementModel.Label.REQUEST_VN.ordinal()] + p[StatementModel.Label.REQUEST_JP.ordinal()];
        if (ask >= use.add()) {
            String added = p[StatementModel.Label.REQUEST_JP.ordinal()] > p[StatementModel.Label.REQUEST_VN.ordinal()]
                    ? "jp_to_vn" : "vn_to_jp";
            String key = c.k(text);
            int cue = asks.cueWordAt(text, key);
            String clause = cue >= 0 ? c.fromCue(text, cue) : text;
            for (String item : RequestItems.items(shapes.withoutBackground(clause))) {
                for (String part : shapes.coordinated(item)) {
                    asks.addItem(requests, added, part, text, sides);
                }
            }
        }
    }
}

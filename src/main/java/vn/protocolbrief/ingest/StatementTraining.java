package vn.protocolbrief.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Trains the {@link StatementModel} from annotated sets (DIR/articles, DIR/expected.tsv, DIR/statements.tsv), and
 * estimates it honestly by leaving one whole set out at a time. Every article is read by the importer itself with an
 * observer on {@link StatementReading}, so a sentence's features are exactly those the importer computes; a sentence
 * is labelled by the annotated statement whose gist it holds (the judging script's rule: 70 % of the gist's words).
 * A word feature is kept only if it occurs in at least {@link #MIN_ARTICLES} articles of at least {@link #MIN_SETS}
 * different sets: generality by construction, not by review.
 */
public final class StatementTraining {
    /** An annotated set; {@code tuningOnly} leaves out its held-back third (see {@link CorpusScore#heldBack}). */
    public record Corpus(Path dir, boolean tuningOnly) {
        public String name() {
            Path name = dir.getFileName();
            String n = name == null ? dir.toString() : name.toString();
            return tuningOnly ? n + " (tuning)" : n;
        }

        boolean includes(String file) {
            return !tuningOnly || !CorpusScore.heldBack(file);
        }
    }

    /** One sentence read: its set, its article, its features and what the annotation says it says. */
    record Example(String set, String article, String text, List<String> features, StatementModel.Label label) {
        Example(String set, String article, List<String> features, StatementModel.Label label) {
            this(set, article, "", features, label);
        }
    }

    /**
     * One row of the cross-validation: the set left out, scored with the rules alone and with the model (one score
     * per threshold of adding, in the order given).
     */
    public record Fold(String set, int articles, MeaningScore.Counts rules, List<MeaningScore.Counts> model, int features) {
    }

    public static final int MIN_ARTICLES = 3;
    public static final int MIN_SETS = 2;
    static final int EPOCHS = 300;
    static final double LEARNING_RATE = 0.3;
    static final double L2 = 0.3;

    private final ImportService service;

    /** Whether a model weighs only the facts of grammar ("s:": sides, verbs, addressees, position), no words. */
    private boolean grammarOnly;

    /** Whether a model is blind to what the rules drafted ("s:drafted", "s:undrafted"): it reads on its own. */
    private boolean withoutRules;

    /**
     * Trains without the rules' drafts from now on: a model that learns the rules' output learns that they are right
     * on the sets they were tuned on, and nothing of what they miss elsewhere.
     */
    public StatementTraining withoutRules(boolean without) {
        this.withoutRules = without;
        return this;
    }

    /** Trains on grammar alone from now on: words of seen articles did not carry over to unseen ones (s21). */
    public StatementTraining grammarOnly(boolean only) {
        this.grammarOnly = only;
        return this;
    }

    public StatementTraining(ImportService service) {
        this.service = service;
    }

    /** The model trained on all the sets. */
    public StatementModel train(List<Corpus> corpora) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Corpus c : corpora) {
            examples.addAll(examples(c));
        }
        return fit(examples, corpora.stream().map(Corpus::name).toList(), grammarOnly, withoutRules);
    }

    /**
     * For each set: the model trained on the others, and the importer scored on it with the rules alone and with it,
     * at each threshold of adding (one training per fold, so thresholds are compared on the same models).
     */
    public List<Fold> crossValidate(List<Corpus> corpora, double veto, List<Double> adds) throws IOException {
        Map<String, List<Example>> bySet = new LinkedHashMap<>();
        for (Corpus c : corpora) {
            bySet.put(c.name(), examples(c));
        }
        List<Fold> folds = new ArrayList<>();
        try {
            for (Corpus out : corpora) {
                List<Example> training = new ArrayList<>();
                bySet.forEach((set, ex) -> {
                    if (!set.equals(out.name())) {
                        training.addAll(ex);
                    }
                });
                StatementModel model = fit(training, corpora.stream().map(Corpus::name).filter(n -> !n.equals(out.name())).toList(),
                        grammarOnly, withoutRules);
                service.readStatementsWith(StatementReading.Use.rulesAlone());
                CorpusScore.Result rules = new CorpusScore(service).score(out.dir(), out::includes);
                List<MeaningScore.Counts> learned = new ArrayList<>();
                for (double add : adds) {
                    service.readStatementsWith(new StatementReading.Use(model, null, veto, add));
                    learned.add(new CorpusScore(service).score(out.dir(), out::includes).meaning());
                }
                folds.add(new Fold(out.name(), rules.lines().size(), rules.meaning(), learned, model.features()));
            }
        } finally {
            service.readStatementsWith(StatementReading.Use.rulesAlone());
        }
        return folds;
    }

    /**
     * Every body sentence of the sets as a tab-separated row (set, article, label, the sentence, its structural
     * features): to see what the model is taught, sentence by sentence.
     */
    public List<String> exampleRows(List<Corpus> corpora) throws IOException {
        List<String> rows = new ArrayList<>();
        for (Corpus c : corpora) {
            for (Example e : examples(c)) {
                rows.add(e.set() + "\t" + e.article() + "\t" + e.label() + "\t" + e.text().replace('\t', ' ') + "\t"
                        + e.features().stream().filter(f -> f.startsWith("s:")).collect(Collectors.joining(" ")));
            }
        }
        return rows;
    }

    /** Every body sentence of the set's articles with its features and label. */
    List<Example> examples(Corpus corpus) throws IOException {
        Map<String, List<Map<String, String>>> statements = rows(corpus.dir().resolve("statements.tsv"));
        List<String> files = rows(corpus.dir().resolve("expected.tsv")).values().stream().flatMap(List::stream)
                .map(r -> r.get("file")).filter(corpus::includes).distinct().sorted().toList();
        List<Example> out = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        try {
            for (String file : files) {
                List<String> texts = new ArrayList<>();
                List<List<String>> features = new ArrayList<>();
                service.readStatementsWith(StatementReading.Use.rulesAlone().observing((text, f) -> {
                    texts.add(text);
                    features.add(f);
                }));
                String body = Files.readAllLines(corpus.dir().resolve("articles").resolve(file), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.startsWith("source: ") && !l.startsWith("title: "))
                        .collect(Collectors.joining("\n")).strip() + "\n";
                try {
                    service.draft(reader.read(body.getBytes(StandardCharsets.UTF_8), file));
                } catch (ImportException refused) {
                    continue;
                }
                StatementModel.Label[] labels = labels(texts, statements.getOrDefault(file, List.of()));
                for (int i = 0; i < texts.size(); i++) {
                    out.add(new Example(corpus.name(), corpus.name() + "/" + file, texts.get(i), features.get(i), labels[i]));
                }
            }
        } finally {
            service.readStatementsWith(StatementReading.Use.rulesAlone());
        }
        return out;
    }

    /**
     * Each sentence's label: the annotated statement whose gist it holds. A gist is a few words copied from its
     * sentence, so a sentence holding them in their order is the one meant; only when no sentence does, every one
     * holding at least 70 % of the gist's words (the judging script's rule) carries it. (Without the first rule a
     * short gist — "ứng phó biến đổi khí hậu" — also labelled the background sentence that happens to hold its words.)
     * A sentence holding several says the one that matters most to a pack (a request, then a promise, an agreement,
     * thanks).
     */
    static StatementModel.Label[] labels(List<String> sentences, List<Map<String, String>> annotated) {
        StatementModel.Label[] labels = new StatementModel.Label[sentences.size()];
        java.util.Arrays.fill(labels, StatementModel.Label.NONE);
        List<List<String>> tokens = sentences.stream().map(MeaningScore::tokens).toList();
        List<Set<String>> words = tokens.stream().map(t -> (Set<String>) new HashSet<>(t)).toList();
        for (Map<String, String> row : annotated) {
            StatementModel.Label label = label(row);
            List<String> gist = MeaningScore.tokens(row.get("gist"));
            if (label == null || gist.isEmpty()) {
                continue;
            }
            List<Integer> holding = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (java.util.Collections.indexOfSubList(tokens.get(i), gist) >= 0) {
                    holding.add(i);
                }
            }
            if (holding.isEmpty()) {
                for (int i = 0; i < sentences.size(); i++) {
                    Set<String> w = words.get(i);
                    if ((double) gist.stream().filter(w::contains).count() / gist.size() >= 0.7) {
                        holding.add(i);
                    }
                }
            }
            for (int i : holding) {
                if (labels[i] == StatementModel.Label.NONE || label.ordinal() < labels[i].ordinal()) {
                    labels[i] = label;
                }
            }
        }
        return labels;
    }

    private static StatementModel.Label label(Map<String, String> row) {
        return switch (row.getOrDefault("kind", "")) {
            case "request" -> "JP".equals(row.get("by")) ? StatementModel.Label.REQUEST_JP : StatementModel.Label.REQUEST_VN;
            case "commitment" -> StatementModel.Label.COMMITMENT;
            case "agreement" -> StatementModel.Label.AGREEMENT;
            case "thanks" -> StatementModel.Label.THANKS;
            default -> null;
        };
    }

    /**
     * Multinomial logistic regression by full-batch gradient descent, examples and features in a fixed order and
     * no random start: the same examples give the same weights, to the byte.
     */
    static StatementModel fit(List<Example> examples, List<String> sets) {
        return fit(examples, sets, false, false);
    }

    static StatementModel fit(List<Example> examples, List<String> sets, boolean grammarOnly, boolean withoutRules) {
        Set<String> kept = general(examples);
        if (grammarOnly) {
            kept.removeIf(f -> !f.startsWith("s:"));
        }
        if (withoutRules) {
            kept.removeIf(StatementTraining::rulesDraft);
        }
        Map<String, Integer> index = new TreeMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                if (kept.contains(f)) {
                    index.putIfAbsent(f, 0);
                }
            }
        }
        int n = 0;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            e.setValue(n++);
        }
        int labels = StatementModel.Label.values().length;
        int[][] rows = new int[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            rows[i] = examples.get(i).features().stream().filter(index::containsKey).map(index::get).distinct()
                    .mapToInt(Integer::intValue).sorted().toArray();
        }
        double[][] w = new double[n][labels];
        double[][] g2 = new double[n][labels];
        double[] bias = new double[labels];
        double[] bias2 = new double[labels];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[][] grad = new double[n][labels];
            double[] biasGrad = new double[labels];
            for (int i = 0; i < rows.length; i++) {
                double[] score = bias.clone();
                for (int f : rows[i]) {
                    for (int k = 0; k < labels; k++) {
                        score[k] += w[f][k];
                    }
                }
                double[] p = StatementModel.softmax(score);
                p[examples.get(i).label().ordinal()] -= 1;
                for (int k = 0; k < labels; k++) {
                    biasGrad[k] += p[k];
                }
                for (int f : rows[i]) {
                    for (int k = 0; k < labels; k++) {
                        grad[f][k] += p[k];
                    }
                }
            }
            // AdaGrad: a feature seen in few sentences still learns; the L2 term pulls every weight towards zero.
            for (int f = 0; f < n; f++) {
                for (int k = 0; k < labels; k++) {
                    double g = grad[f][k] + L2 * w[f][k];
                    g2[f][k] += g * g;
                    w[f][k] -= LEARNING_RATE * g / Math.sqrt(g2[f][k] + 1e-8);
                }
            }
            for (int k = 0; k < labels; k++) {
                bias2[k] += biasGrad[k] * biasGrad[k];
                bias[k] -= LEARNING_RATE * biasGrad[k] / Math.sqrt(bias2[k] + 1e-8);
            }
        }
        Map<String, double[]> weights = new TreeMap<>();
        index.forEach((f, i) -> {
            double[] row = new double[labels];
            boolean any = false;
            for (int k = 0; k < labels; k++) {
                row[k] = Math.round(w[i][k] * 1e5) / 1e5;
                any |= row[k] != 0;
            }
            if (any) {
                weights.put(f, row);
            }
        });
        for (int k = 0; k < labels; k++) {
            bias[k] = Math.round(bias[k] * 1e5) / 1e5;
        }
        Map<StatementModel.Label, Long> counts = new TreeMap<>(examples.stream()
                .collect(Collectors.groupingBy(Example::label, Collectors.counting())));
        String header = "# statement model: multinomial logistic regression (AdaGrad, rate " + LEARNING_RATE + "), " + EPOCHS + " epochs, L2 " + L2 + "\n"
                + "# trained on " + examples.size() + " sentences of "
                + examples.stream().map(Example::article).distinct().count() + " articles in " + sets.size() + " sets: "
                + String.join(", ", sets) + "\n"
                + "# labels: " + counts + "\n"
                + "# a word feature (w:, b:, o:) is kept only if it occurs in >= " + MIN_ARTICLES + " articles of >= "
                + MIN_SETS + " sets; features kept: " + weights.size()
                + (grammarOnly ? "; grammar only" : "") + (withoutRules ? "; blind to the rules' drafts" : "") + "\n"
                + "# retrain: protocol-brief train-statements" + (grammarOnly ? " --grammar-only" : "")
                + (withoutRules ? " --without-rules" : "") + " --tuning DEV --corpus DIR ... --out FILE (see ADR 0017)\n";
        return new StatementModel(weights, bias, header);
    }

    /** A feature that is the rules' own reading of the sentence. */
    static boolean rulesDraft(String feature) {
        return feature.startsWith("s:drafted") || feature.startsWith("s:undrafted");
    }

    /**
     * The features a model may weigh: every structural one ("s:"), and a word feature only where it occurs in at
     * least {@link #MIN_ARTICLES} articles of at least {@link #MIN_SETS} sets.
     */
    static Set<String> general(List<Example> examples) {
        Map<String, Set<String>> articles = new HashMap<>();
        Map<String, Set<String>> sets = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                articles.computeIfAbsent(f, k -> new HashSet<>()).add(e.article());
                sets.computeIfAbsent(f, k -> new HashSet<>()).add(e.set());
            }
        }
        Set<String> kept = new HashSet<>();
        articles.forEach((f, a) -> {
            if (f.startsWith("s:") || a.size() >= MIN_ARTICLES && sets.get(f).size() >= MIN_SETS) {
                kept.add(f);
            }
        });
        return kept;
    }

    /** A tab-separated file's rows by its "file" column, as the scorer reads them; empty when the file is absent. */
    private static Map<String, List<Map<String, String>>> rows(Path tsv) throws IOException {
        Map<String, List<Map<String, String>>> rows = MeaningScore.grouped(tsv);
        return rows == null ? Map.of() : rows;
    }
}

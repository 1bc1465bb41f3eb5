package vn.protocolbrief.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learned reader of what a sentence says: multinomial logistic regression over the sentence's folded words and
 * word pairs and the structural facts the rules compute (which side opens the sentence, what the rules drafted from
 * it, the speaker carried from before…). Trained by {@link StatementTraining}; stored as a tab-separated file of
 * weights (assets/ingest/statement-model.tsv), data like cues.csv. A word feature is in the file only if it occurred
 * in enough articles of enough different sets (the header says how many): no word of one article can decide.
 */
public final class StatementModel {
    /** What a sentence says; a request with its direction. */
    public enum Label { NONE, REQUEST_VN, REQUEST_JP, COMMITMENT, AGREEMENT, THANKS }

    /** Least probability of "nothing / not a request" for the model to take the rules' requests from a sentence away. */
    public static final double VETO = 0.6;
    /** Least probability of a request for the model to draft one the rules did not. */
    public static final double ADD = 0.5;

    static final String RESOURCE = "/assets/ingest/statement-model.tsv";
    private static final int LABELS = Label.values().length;

    private final Map<String, double[]> weights;
    private final double[] bias;
    private final String header;

    StatementModel(Map<String, double[]> weights, double[] bias, String header) {
        this.weights = new TreeMap<>(weights);
        this.bias = bias.clone();
        this.header = header;
    }

    /** The model shipped with the application, or null when the file is absent (the rules then read alone). */
    static StatementModel bundled() {
        InputStream in = StatementModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model file written by the trainer. */
    public static StatementModel read(java.nio.file.Path file) throws IOException {
        try (BufferedReader r = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    /** Reads the file {@link #write()} makes. */
    static StatementModel read(BufferedReader r) throws IOException {
        Map<String, double[]> weights = new TreeMap<>();
        double[] bias = new double[LABELS];
        StringBuilder header = new StringBuilder();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                header.append(line).append('\n');
                continue;
            }
            String[] cols = line.split("\t");
            if (cols[0].equals("feature")) {
                continue;
            }
            if (cols.length != LABELS + 1) {
                throw new IOException("statement model: a row needs " + (LABELS + 1) + " columns: " + line);
            }
            double[] w = new double[LABELS];
            for (int i = 0; i < LABELS; i++) {
                w[i] = Double.parseDouble(cols[i + 1]);
            }
            if (cols[0].equals("(bias)")) {
                bias = w;
            } else {
                weights.put(cols[0], w);
            }
        }
        return new StatementModel(weights, bias, header.toString());
    }

    /** The file: comment lines saying how it was made, a header row, the bias row, one row per feature (sorted). */
    public String write() {
        StringBuilder out = new StringBuilder(header);
        out.append("feature");
        for (Label l : Label.values()) {
            out.append('\t').append(l.name().toLowerCase(Locale.ROOT));
        }
        out.append('\n');
        row(out, "(bias)", bias);
        weights.forEach((f, w) -> row(out, f, w));
        return out.toString();
    }

    private static void row(StringBuilder out, String feature, double[] w) {
        out.append(feature);
        for (double x : w) {
            out.append('\t').append(String.format(Locale.ROOT, "%.5f", x));
        }
        out.append('\n');
    }

    /** How many features carry weights. */
    public int features() {
        return weights.size();
    }

    /** The probability of each label (in {@link Label} order) for a sentence's features. */
    double[] probabilities(Collection<String> features) {
        double[] score = bias.clone();
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int i = 0; i < LABELS; i++) {
                    score[i] += w[i];
                }
            }
        }
        return softmax(score);
    }

    /** The most probable label. */
    Label classify(Collection<String> features) {
        return Label.values()[argmax(probabilities(features))];
    }

    static double[] softmax(double[] score) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] p = new double[score.length];
        for (int i = 0; i < score.length; i++) {
            p[i] = Math.exp(score[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < score.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The header's comment lines, for the trainer's print-out. */
    public List<String> description() {
        return header.lines().toList();
    }
}

package vn.protocolbrief.store;

import java.util.Arrays;
import java.util.List;

/**
 * FTS5's bm25 (k1 1.2, b 0.75, idf floored at 1e-6, the title ten times the body), computed in Java from the counts
 * FTS5 keeps: the index's rows and words, the rows holding each search word, and each candidate's word count. Used on
 * PostgreSQL, which has no FTS5, and on SQLite where FTS5's own bm25() would count every word's rows again on each
 * search (ADR 0012).
 */
final class Bm25 {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    static final double TITLE_WEIGHT = 10.0;
    static final double BODY_WEIGHT = 1.0;

    private final List<String> words;
    private final double[] idf;
    private final double averageLength;
    private final double[] freqs;
    private final boolean oneTokenEach;

    /**
     * @param rowsHolding for each word, the index rows holding it (the last word: a word beginning with it)
     */
    Bm25(List<String> words, double rowCount, double wordCount, long[] rowsHolding) {
        this.words = words;
        this.averageLength = wordCount / rowCount;
        this.idf = new double[words.size()];
        this.freqs = new double[words.size()];
        this.oneTokenEach = words.stream().allMatch(PostgresSearch::isOneToken);
        for (int i = 0; i < words.size(); i++) {
            long hits = rowsHolding[i];
            // FTS5: log((N - n + 0.5) / (n + 0.5)), and a word in more than half the rows still counts a little.
            double x = Math.log((rowCount - hits + 0.5) / (hits + 0.5));
            idf[i] = x <= 0.0 ? 1e-6 : x;
        }
    }

    /** A candidate's rank as FTS5's bm25() gives it (lower is better): its folded text and its word count. */
    double rank(String ftitle, String fbody, double length) {
        Arrays.fill(freqs, 0.0);
        PostgresSearch.countWords(ftitle, words, freqs, TITLE_WEIGHT, oneTokenEach);
        PostgresSearch.countWords(fbody, words, freqs, BODY_WEIGHT, oneTokenEach);
        double score = 0.0;
        for (int i = 0; i < words.size(); i++) {
            double freq = freqs[i];
            score += idf[i] * (freq * (K1 + 1.0)) / (freq + K1 * (1 - B + B * length / averageLength));
        }
        return -1.0 * score;
    }
}

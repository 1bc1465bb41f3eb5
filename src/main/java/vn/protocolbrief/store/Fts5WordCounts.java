package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * What bm25 needs besides a candidate's own text, for a SQLite store's FTS5 index: its rows and words, and how many
 * rows hold each search word (the last: a word beginning with it). FTS5's bm25() counts each word's rows again on every
 * search, walking the word's whole list (a common word: most of a search's time). Here a word's count is kept, one
 * per store, for as long as the index is unchanged: an officer's next search (the next letter typed, the next query
 * with a word already searched) finds it. Any write to the index — by this process or another — rewrites FTS5's
 * structure record (a new segment, a higher write counter), read in the search's own read transaction; a different
 * record drops every count. Not kept on PostgreSQL, whose server keeps the counts itself (V018).
 *
 * <p>Kept the same way: the words of the index that a last word longer than FTS5's prefix index (V002's prefix='2 3')
 * begins, which a search then asks for by name ({@link Counts#lastWord}). FTS5 answers a longer prefix by merging
 * the lists of every word beginning with it over the whole index before it can give the newest match: 8–10 ms for a
 * common word ("ocop"*, "bong"*), against well under a millisecond for the same rows asked as the words themselves.
 */
final class Fts5WordCounts {
    /** Words remembered at most before starting again (each a few dozen bytes). */
    private static final int MOST_WORDS = 20_000;
    /** FTS5's averages record (rows, then each column's words) and structure record in the %_data table. */
    private static final long AVERAGES_ROWID = 1;
    private static final long STRUCTURE_ROWID = 10;
    /** The longest prefix FTS5 keeps lists of its own for (V002: prefix='2 3'); a longer one is worth naming. */
    private static final int LONGEST_INDEXED_PREFIX = 3;
    /** Past this many words beginning with it, a last word is left to FTS5 as a prefix. */
    private static final int MOST_NAMED_WORDS = 32;

    /** The counts valid for one state of the index, named by its structure and averages records. */
    private record State(byte[] stamp, long rows, long words, Map<String, Long> exact, Map<String, Long> prefix,
                         Map<String, String> lastWord) {
    }

    private volatile State state;

    /** How many word counts are kept now (for tests: whether searches went through here). */
    int kept() {
        State s = state;
        return s == null ? 0 : s.exact().size() + s.prefix().size();
    }

    /** The index's totals and each word's rows, as of the handle's transaction. */
    Counts of(Handle h, java.util.List<String> words) {
        byte[][] records = h.createQuery("SELECT (SELECT block FROM search_index_data WHERE id = " + STRUCTURE_ROWID
                        + "), (SELECT block FROM search_index_data WHERE id = " + AVERAGES_ROWID + ")")
                .map((rs, ctx) -> new byte[][]{rs.getBytes(1), rs.getBytes(2)}).one();
        byte[] structure = records[0] == null ? new byte[0] : records[0];
        byte[] averages = records[1] == null ? new byte[0] : records[1];
        byte[] stamp = new byte[structure.length + averages.length];
        System.arraycopy(structure, 0, stamp, 0, structure.length);
        System.arraycopy(averages, 0, stamp, structure.length, averages.length);
        State s = state;
        if (s == null || !Arrays.equals(s.stamp(), stamp) || s.exact().size() + s.prefix().size() > MOST_WORDS) {
            long[] totals = totals(averages);
            s = new State(stamp, totals[0], totals[1], new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>());
            state = s;
        }
        long[] holding = new long[words.size()];
        String lastWord = null;
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            String word = words.get(i);
            Map<String, Long> known = last ? s.prefix() : s.exact();
            Long n = known.get(word);
            if (last) {
                lastWord = s.lastWord().get(word);
                if (lastWord == null) {
                    Named named = named(h, word);
                    lastWord = named == null ? quoted(word) + "*" : named.match();
                    if (n == null && named != null && named.rows() >= 0) {
                        n = named.rows();
                        known.put(word, n);
                    }
                    s.lastWord().put(word, lastWord);
                }
            }
            if (n == null) {
                // As bm25() counts it: the rows matching the word alone (the last: as a prefix, asked as the words
                // it begins when they are named).
                n = h.createQuery("SELECT count(*) FROM search_index WHERE search_index MATCH ?")
                        .bind(0, last ? lastWord : quoted(word)).mapTo(Long.class).one();
                known.put(word, n);
            }
            holding[i] = n;
        }
        return new Counts(s.rows(), s.words(), holding, lastWord);
    }

    /** An FTS5 string: in double quotes, a double quote inside doubled. */
    static String quoted(String word) {
        return "\"" + word.replace("\"", "\"\"") + "\"";
    }

    /**
     * The words a last word longer than the prefix index begins, as an FTS5 query matching the same rows as its
     * prefix query ({@code ("ocop")}, {@code ("nguoi" OR "nguon")}), with the rows holding them when one word is
     * named (-1 otherwise: counted by the query); null when the prefix is short, begins too many words, or FTS5's
     * vocabulary cannot be read on this connection (the prefix query then answers as before).
     */
    private static Named named(Handle h, String word) {
        if (word.codePointCount(0, word.length()) <= LONGEST_INDEXED_PREFIX) {
            return null;
        }
        int lastChar = word.codePointBefore(word.length());
        String above = word.substring(0, word.length() - Character.charCount(lastChar))
                + new String(Character.toChars(lastChar + 1));
        List<String> terms = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        try {
            // FTS5's vocabulary, made once on each connection of the store's readers, in its temporary schema (which
            // a store opened for reading only may still write).
            h.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp." + VOCABULARY + " USING fts5vocab(main, search_index,"
                    + " row)");
            h.createQuery("SELECT term, doc FROM temp." + VOCABULARY + " WHERE term >= ? AND term < ? LIMIT ?")
                    .bind(0, word).bind(1, above).bind(2, MOST_NAMED_WORDS + 1)
                    .map((rs, ctx) -> terms.add(rs.getString(1)) && rows.add(rs.getLong(2))).list();
        } catch (RuntimeException e) {
            return null;
        }
        if (terms.size() > MOST_NAMED_WORDS || !terms.stream().allMatch(t -> t.startsWith(word))) {
            return null;
        }
        if (terms.isEmpty()) {
            return new Named(quoted(word), 0); // no word begins with it: a word nobody wrote matches no row either
        }
        StringBuilder match = new StringBuilder("(");
        terms.forEach(t -> match.append(match.length() > 1 ? " OR " : "").append(quoted(t)));
        return new Named(match.append(')').toString(), terms.size() == 1 ? rows.get(0) : -1);
    }

    /** The name of FTS5's vocabulary table of the index, in each reading connection's temporary schema. */
    private static final String VOCABULARY = "search_index_terms";

    /** A last word's FTS5 query naming the words it begins, and the rows holding them (-1: not known here). */
    private record Named(String match, long rows) {
    }

    /** The index's rows and words (all columns), from FTS5's averages record: varints, rows first. */
    static long[] totals(byte[] averages) {
        long[] at = {0};
        long rows = averages.length == 0 ? 0 : varint(averages, at);
        long words = 0;
        while (at[0] < averages.length) {
            words += varint(averages, at);
        }
        return new long[]{rows, words};
    }

    /** The sum of a row's column sizes in FTS5's %_docsize record: one varint per column. */
    static long rowWords(byte[] sizes) {
        long[] at = {0};
        long words = 0;
        while (sizes != null && at[0] < sizes.length) {
            words += varint(sizes, at);
        }
        return words;
    }

    /** SQLite's varint: seven bits a byte, high bit set while more follow; a ninth byte gives all eight. */
    static long varint(byte[] b, long[] at) {
        long v = 0;
        for (int i = 0; i < 9; i++) {
            int x = b[(int) at[0]++] & 0xff;
            if (i == 8) {
                return (v << 8) | x;
            }
            v = (v << 7) | (x & 0x7f);
            if ((x & 0x80) == 0) {
                return v;
            }
        }
        return v;
    }

    /**
     * The index's rows and words, the rows holding each search word, and the FTS5 query of the last word (its prefix
     * query, or the words it begins named).
     */
    record Counts(long rows, long words, long[] rowsHolding, String lastWord) {
    }
}

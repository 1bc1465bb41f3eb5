package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Search on PostgreSQL with the answers of SQLite's FTS5 (ADR 0012). Each row keeps its folded words, cut as FTS5's
 * unicode61 tokenizer cuts them (runs of letters and digits), in a tsvector built from the words themselves (no
 * parser, no dictionary, no extension): the GIN index finds the rows holding every word and the last as a prefix.
 * The candidates are then ranked by FTS5's own bm25 formula (k1 1.2, b 0.75, idf over the whole index, the title
 * ten times the body), computed here from the same counts FTS5 keeps.
 */
final class PostgresSearch implements SearchIndex.Engine {
    /** GIN keeps words shorter than this; no real word is longer (FTS5 would index it, nobody searches it). */
    private static final int LONGEST_TERM = 500;
    /** How many times rarer than every earlier word a last word's prefix must be to be looked up in the index. */
    static final long PREFIX_RARER = 4;
    /** A band of the banded index is 2^13 = 8,192 rowids: the 13 of db/postgresql/V026 (rowid >> 13). */
    static final int BAND_BITS = 13;
    /** Fewer matches than this expected in the window: they are found band by band (see {@link #walkBands}). */
    static final double BAND_WALK_BELOW = 1_000;

    @Override
    public long insert(Handle h, SearchIndex.Kind kind, String refId, String title, String body, String ftitle,
                       String fbody) {
        List<String> t = tokens(ftitle);
        List<String> b = tokens(fbody);
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        t.stream().filter(w -> w.length() <= LONGEST_TERM).forEach(terms::add);
        b.stream().filter(w -> w.length() <= LONGEST_TERM).forEach(terms::add);
        return h.createQuery("INSERT INTO search_index (kind, ref_id, title, body, ftitle, fbody, terms, ntokens)"
                        + " VALUES (:kind, :ref, :title, :body, :ftitle, :fbody, array_to_tsvector(:terms), :n)"
                        + " RETURNING rowid")
                .bind("kind", kind.id()).bind("ref", refId).bind("title", title).bind("body", body)
                .bind("ftitle", ftitle).bind("fbody", fbody)
                .bindArray("terms", String.class, new ArrayList<>(terms)).bind("n", (long) t.size() + b.size())
                .mapTo(Long.class).one();
    }

    @Override
    public SearchIndex.Candidates candidates(Handle h, List<String> words, long window, Fts5WordCounts unused) {
        // Two statements: the index's newest rowid, its totals and the rows holding each word (the last: a word
        // beginning with it; kept by the server, V002 and V018, rather than counted through the GIN index on every
        // search); then the candidates with their folded text, found as those counts say is cheapest (matching).
        // The words and the window are written into the statement, not bound: a prepared statement run five times
        // gets a generic plan, which cannot know how rare the words are and walked all 300,000 rows backwards for a
        // word found nowhere (1.4 s); with the values the planner picks the GIN index for rare words, the rowid
        // order for common ones. The words are quoted for tsquery (query) and the whole for SQL here.
        long[] newest = new long[1];
        double[] totals = new double[2];
        long[][] rowsHolding = new long[2][];
        h.createQuery("SELECT n.newest, s.row_count, s.word_count, " + wordCounts("exact_rows") + ", "
                        + wordCounts("prefix_rows") + " FROM (SELECT coalesce(max(rowid), 0) AS newest FROM"
                        + " search_index) n CROSS JOIN search_stats s")
                .bindArray("words", String.class, words)
                .map((rs, ctx) -> {
                    newest[0] = rs.getLong(1);
                    totals[0] = rs.getLong(2);
                    totals[1] = rs.getLong(3);
                    rowsHolding[0] = longs(rs.getArray(4));
                    rowsHolding[1] = longs(rs.getArray(5));
                    return true;
                }).one();
        List<Object[]> rows = new ArrayList<>();
        long after = window > 0 ? newest[0] - window : 0;
        String columns = "rowid, ftitle, fbody, ntokens";
        String statement = window > 0 && walkBands(rowsHolding, totals[0], Math.min(window, newest[0]))
                ? bandWalk(columns, words, rowsHolding, after, newest[0])
                : "SELECT " + columns + " FROM search_index WHERE " + matching(words, rowsHolding) + " AND rowid > "
                        + after + " ORDER BY rowid DESC LIMIT " + SearchIndex.RANKED_CANDIDATES;
        // Run on the handle's connection as written: jdbi would parse each such statement anew (its words and rowids
        // make every one different), a tenth of the client's processor time of a search (JFR, ten clients, pf14).
        try (java.sql.Statement st = h.getConnection().createStatement();
             java.sql.ResultSet rs = st.executeQuery(statement)) {
            while (rs.next()) {
                rows.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)});
            }
        } catch (java.sql.SQLException e) {
            throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
        }
        if (rows.isEmpty()) {
            return new SearchIndex.Candidates(List.of(), newest[0]);
        }
        long[] hits = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            hits[i] = i == words.size() - 1 ? rowsHolding[1][i] : rowsHolding[0][i];
        }
        Bm25 bm25 = new Bm25(words, totals[0], totals[1], hits);
        List<SearchIndex.Candidate> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new SearchIndex.Candidate((long) r[0], bm25.rank((String) r[1], (String) r[2], (long) r[3]),
                    (String) r[1], (String) r[2]));
        }
        return new SearchIndex.Candidates(out, newest[0]);
    }

    @Override
    public String rowsByRowid() {
        return "search_index";
    }

    /**
     * The rows holding every word, the last as a prefix. The GIN index expands a prefix into every word beginning
     * with it and reads all their rows ({@code so:*}: 52,000 of 300,000): when an earlier word is rarer, the prefix is
     * left out of what the index intersects and checked on the rows it finds instead (the same rows; a common
     * three-word search spent most of its server time expanding the prefix). A prefix stays in only when it is several
     * times rarer than every earlier word ({@link #PREFIX_RARER}): the index gathers all of a prefix's rows into a
     * bitmap before it intersects anything, which costs more than intersecting as many rows of a whole word. A prefix
     * about as common as the rarest word, kept in, doubled the server's time ({@code dao tao nhan luc}, 'luc':* in
     * 49,860 rows against 'nhan' in 49,869: 25–29 ms of processor time per search against 13–14 ms with it left out).
     */
    static String matching(List<String> words, long[][] rowsHolding) {
        String all = "CAST('" + query(words).replace("'", "''") + "' AS tsquery)";
        int last = words.size() - 1;
        if (lookedUp(words, rowsHolding)) {
            return "terms @@ " + all;
        }
        String exact = "CAST('" + query(words.subList(0, last), false).replace("'", "''") + "' AS tsquery)";
        // ts_match_vq is the function behind @@; called by name, the planner does not take it to the index.
        return "terms @@ " + exact + " AND ts_match_vq(terms, " + all + ")";
    }

    /**
     * True when the window's matches are found sooner band by band ({@link #bandWalk}) than by walking the rowids
     * backwards: when fewer than {@link #BAND_WALK_BELOW} rows of the window are expected to hold every word, the
     * words taken as independent (as the planner takes them). The walk checks every row it passes, about
     * {@code window × 300 / expected} of them, and stops at the {@link SearchIndex#RANKED_CANDIDATES} newest matches;
     * the bands read only the rows holding the words, a band at a time, and stop there too. Measured on the synthetic
     * office (server processor time per statement, docs/BENCHMARKS.md, pf12): at 95, 70 and 40 expected the bands
     * took 3–5 ms against 13–15 for the walk; at 429 and 532, 3.0–3.3 against 3.0–5.3; at 1,375–2,564, 1.3–5.7
     * against 1.7–3.3; a single common word (8,300), 1.7 against 0.3.
     */
    static boolean walkBands(long[][] rowsHolding, double rowCount, long windowRows) {
        if (rowCount <= 0) {
            return false;
        }
        int last = rowsHolding[0].length - 1;
        double expected = windowRows;
        for (int i = 0; i <= last; i++) {
            expected *= (i == last ? rowsHolding[1][i] : rowsHolding[0][i]) / rowCount;
        }
        return expected < BAND_WALK_BELOW;
    }

    /**
     * The statement giving {@code columns} of the newest {@link SearchIndex#RANKED_CANDIDATES} rows of the window
     * (after {@code after}, up to {@code newest}) holding every word, found in the banded index (V026) one band of
     * {@code 2^BAND_BITS} rowids at a time, the newest band first, until that many are found. Each band asks for the
     * words tagged with it, the words the plain lookup would ask for ({@link #matching}); the whole query, prefix
     * included, is checked on the rows found, and the window's bounds too (its oldest band reaches below it).
     * <p>
     * The bands are the rows of an array (its order kept by {@code WITH ORDINALITY}) joined, LATERAL, to the band's
     * rows newest first: a nested loop the LIMIT stops as soon as it has its rows, so a band past them is never read;
     * no parallel plan can run the bands out of order (a function's rows cannot be shared among workers, and a UNION
     * ALL of the bands was planned as a Parallel Append, which does). One AND of a band's words per lookup also lets
     * the GIN index skip through the rarest word's list, where an OR of every band's ANDs read every list whole
     * (9 ms of the server's time against 5 for {@code dao tao nhan luc}, which reads all seven bands either way). The
     * rows come in band order, and within a band in the order the band's subquery sorts them: the outer ORDER BY
     * names the band only, since sorting by rowid there too would read one band more to close the last one's group.
     * The rowid is compared and ordered as {@code rowid + 0} so that the planner neither walks the primary key
     * backwards (computing each row's banded words) nor ANDs a bitmap of the window with the index's answer.
     */
    static String bandWalk(String columns, List<String> words, long[][] rowsHolding, long after, long newest) {
        List<String> lookedUp = lookedUp(words, rowsHolding) ? words : words.subList(0, words.size() - 1);
        boolean lastAsPrefix = lookedUp.size() == words.size();
        StringBuilder bands = new StringBuilder();
        for (long band = newest >> BAND_BITS; band >= Math.max(0, after + 1) >> BAND_BITS; band--) {
            String tag = band + "/";
            bands.append(bands.length() == 0 ? "" : ", ").append('\'')
                    .append(query(lookedUp.stream().map(w -> tag + w).toList(), lastAsPrefix).replace("'", "''"))
                    .append('\'');
        }
        String all = "CAST('" + query(words).replace("'", "''") + "' AS tsquery)";
        return "SELECT m.* FROM unnest(CAST(ARRAY[" + bands + "] AS tsquery[])) WITH ORDINALITY AS band(words, i)"
                + " CROSS JOIN LATERAL (SELECT " + columns + " FROM search_index"
                + " WHERE search_index_banded_terms(rowid, terms) @@ band.words AND ts_match_vq(terms, " + all + ")"
                + " AND rowid + 0 > " + after + " AND rowid + 0 <= " + newest + " ORDER BY rowid + 0 DESC) m"
                + " ORDER BY band.i LIMIT " + SearchIndex.RANKED_CANDIDATES;
    }

    /** True when the last word, a prefix, is looked up in the index with the others (see {@link #matching}). */
    private static boolean lookedUp(List<String> words, long[][] rowsHolding) {
        int last = words.size() - 1;
        long rarestExact = Long.MAX_VALUE;
        for (int i = 0; i < last; i++) {
            rarestExact = Math.min(rarestExact, rowsHolding[0][i]);
        }
        return last == 0 || rowsHolding[1][last] <= rarestExact / PREFIX_RARER;
    }

    /** The given count of each search word, in the words' order (0 for a word no row holds). */
    private static String wordCounts(String column) {
        return "ARRAY(SELECT coalesce((SELECT w." + column + " FROM search_index_words w WHERE w.word = q.word), 0)"
                + " FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS q(word, i) ORDER BY q.i)";
    }

    private static long[] longs(java.sql.Array array) throws java.sql.SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).longValue();
        }
        return out;
    }

    /** A row's distinct words, space-separated (for a batch insert: array_to_tsvector(string_to_array(?, ' '))). */
    static String termsText(String ftitle, String fbody) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        tokens(ftitle).stream().filter(w -> w.length() <= LONGEST_TERM).forEach(terms::add);
        tokens(fbody).stream().filter(w -> w.length() <= LONGEST_TERM).forEach(terms::add);
        return String.join(" ", terms);
    }

    static long tokenCount(String ftitle, String fbody) {
        return (long) tokens(ftitle).size() + tokens(fbody).size();
    }

    /**
     * Adds {@code weight} to {@code freqs[i]} for each token of the folded text equal to word i (the last word: each
     * token beginning with it), tokens cut as {@link #tokens} cuts them. Compared in place, without making the tokens:
     * cutting a thousand candidates' text into strings was most of a search's processor time in the client.
     */
    static void countWords(String folded, List<String> words, double[] freqs, double weight) {
        countWords(folded, words, freqs, weight, words.stream().allMatch(PostgresSearch::isOneToken));
    }

    /** As above, told whether every word is one token (asked once per search, not once per candidate). */
    static void countWords(String folded, List<String> words, double[] freqs, double weight, boolean oneTokenEach) {
        if (folded == null) {
            return;
        }
        int last = words.size() - 1;
        if (oneTokenEach) {
            // Each word's occurrences found by indexOf (the JIT's fast string search), kept where a token begins and,
            // for a whole word, ends: the same count as walking every token, at a fraction of the cost.
            for (int w = 0; w <= last; w++) {
                String word = words.get(w);
                for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                    int end = at + word.length();
                    if ((at == 0 || !isTokenChar(folded.codePointBefore(at)))
                            && (w == last || end == folded.length() || !isTokenChar(folded.codePointAt(end)))) {
                        freqs[w] += weight;
                    }
                }
            }
            return;
        }
        int n = folded.length();
        int i = 0;
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (!isTokenChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(cp);
            } while (i < n && isTokenChar(cp = folded.codePointAt(i)));
            int length = i - start;
            for (int w = 0; w <= last; w++) {
                String word = words.get(w);
                boolean match = w == last ? length >= word.length() : length == word.length();
                if (match && folded.regionMatches(start, word, 0, word.length())) {
                    freqs[w] += weight;
                }
            }
        }
    }

    /** Every word, the last as a prefix: {@code 'dang' & 'xuan' & 'ph':*}. */
    static String query(List<String> words) {
        return query(words, true);
    }

    /** Every word; the last as a prefix when {@code lastAsPrefix}. */
    static String query(List<String> words, boolean lastAsPrefix) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            q.append(i == 0 ? "" : " & ").append(term(words.get(i), lastAsPrefix && i == words.size() - 1));
        }
        return q.toString();
    }

    static String term(String word, boolean prefix) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'" + (prefix ? ":*" : "");
    }

    /**
     * The words of folded text as FTS5's unicode61 tokenizer cuts them: runs of letters, digits and private-use
     * characters; everything else separates.
     */
    static List<String> tokens(String folded) {
        List<String> out = new ArrayList<>();
        if (folded == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            boolean word = isTokenChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(folded.substring(start));
        }
        return out;
    }

    /** A non-empty word made of word characters only: what a token can equal or begin with. */
    static boolean isOneToken(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(PostgresSearch::isTokenChar);
    }

    private static boolean isTokenChar(int cp) {
        if (cp < 0x80) {
            // ASCII: only letters and digits are word characters (the categories below say the same, more slowly).
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }
}

package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.domain.UserProblem;

/**
 * Full-text search over meetings, requests, persons, partners and sources, ignoring case and Vietnamese
 * diacritics ('đ' included). Folded copies are indexed; the original text is kept for snippets, and since
 * folding preserves length, a match found in the folded text marks the same place in the original.
 */
public final class SearchIndex {
    /** What a hit points at. */
    public enum Kind {
        MEETING, REQUEST, PERSON, PARTNER, SOURCE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One ranked result. */
    public record Hit(Kind kind, String refId, String title, String snippet, double rank) {
    }

    static final int SNIPPET_RADIUS = 70;
    /**
     * How many of the newest matches are ranked (ADR 0021): fifteen times the twenty hits an officer sees, three times
     * the hundred a search of several words orders phrase-first. Finding, reading and ranking the candidates was most
     * of a search's processor time on both stores; 1,000 until the session of 2026-12-07 (ADR 0002).
     */
    static final int RANKED_CANDIDATES = 300;
    /** How many of the newest index rows are searched before the whole index. */
    static final long WINDOW = 50_000;

    /**
     * How a dialect stores index rows and finds the ranked candidates: FTS5's bm25 on SQLite, the same bm25 computed
     * over a GIN-indexed word list on PostgreSQL. Both see the same folded text and give the same ranks.
     */
    interface Engine {
        /** Adds one row (the folded copies beside the original text) and returns its rowid. */
        long insert(Handle h, Kind kind, String refId, String title, String body, String ftitle, String fbody);

        /**
         * The newest {@link #RANKED_CANDIDATES} rows holding every word (the last as a prefix) among the newest
         * {@code window} rows of the index (0: the whole index), newest first, each with its bm25 (lower is better,
         * as FTS5's bm25(): title ten times the body) and, when the engine read it to rank, its folded text; with
         * the index's newest rowid. {@code counts}: the store's kept word counts for FTS5 (null: none; PostgreSQL's
         * server keeps its own).
         */
        Candidates candidates(Handle h, List<String> words, long window, Fts5WordCounts counts);

        /**
         * The index's rows as a table of rowid, kind, ref_id, title, body, ftitle and fbody, to read hits by rowid
         * from.
         */
        String rowsByRowid();
    }

    /**
     * One ranked candidate: its rowid, its bm25 and its folded title and body when the engine read them to rank it
     * (null when FTS5's bm25() ranked it; read by rowid when needed).
     */
    record Candidate(long rowid, double rank, String ftitle, String fbody) {
        boolean hasText() {
            return ftitle != null && fbody != null;
        }
    }

    /** Ranked candidates and the index's newest rowid (which says whether a window held the whole index). */
    record Candidates(List<Candidate> rows, long newest) {
    }

    void index(Handle h, Kind kind, String refId, String title, String body) {
        String t = Text.nfc(title == null ? "" : title);
        String b = Text.nfc(body == null ? "" : body);
        // A record saved with its indexed text unchanged (a meeting's requests when one of them is edited) keeps its
        // entry: rewriting it cost a delete and an insert, and on an office store the word counts of both (V018).
        boolean unchanged = h.createQuery("SELECT i.title, i.body FROM search_row r JOIN search_index i ON i.rowid = r.row"
                        + " WHERE r.kind = ? AND r.ref_id = ?").bind(0, kind.id()).bind(1, refId)
                .map((rs, ctx) -> t.equals(rs.getString(1)) && b.equals(rs.getString(2))).findFirst().orElse(false);
        if (unchanged) {
            return;
        }
        remove(h, kind, refId);
        long row = Dialect.of(h).search().insert(h, kind, refId, t, b, Text.fold(t), Text.fold(b));
        h.execute("INSERT INTO search_row (kind, ref_id, row) VALUES (?, ?, ?) ON CONFLICT (kind, ref_id)"
                + " DO UPDATE SET row = excluded.row", kind.id(), refId, row);
    }

    /**
     * Index rows for a store being filled in bulk (a travel copy's take, a synthetic store): written with one
     * prepared batch per thousand rows, their search_row entries in one statement at {@link #finish()}. Only for
     * records the index does not hold yet.
     */
    static final class Batch {
        private static final int FLUSH_EVERY = 1000;
        private final boolean server;
        private final org.jdbi.v3.core.statement.PreparedBatch rows;
        /** On PostgreSQL: the pending rows, column by column (see {@link #flushToServer()}). */
        private final List<List<Object>> columns = new ArrayList<>();
        private final Handle h;

        Batch(Handle h) {
            this.h = h;
            this.server = Dialect.of(h) == Dialect.POSTGRES;
            this.rows = server ? null : h.prepareBatch(
                    "INSERT INTO search_index (kind, ref_id, title, body, ftitle, fbody) VALUES (?, ?, ?, ?, ?, ?)");
            for (int i = 0; server && i < 8; i++) {
                columns.add(new ArrayList<>());
            }
        }

        void add(Kind kind, String refId, String title, String body) {
            String t = Text.nfc(title == null ? "" : title);
            String b = Text.nfc(body == null ? "" : body);
            String ft = Text.fold(t);
            String fb = Text.fold(b);
            if (server) {
                // The index row also carries its words (PostgresSearch), given as one space-separated text.
                Object[] row = {kind.id(), refId, t, b, ft, fb, PostgresSearch.termsText(ft, fb),
                        PostgresSearch.tokenCount(ft, fb)};
                for (int i = 0; i < row.length; i++) {
                    columns.get(i).add(row[i]);
                }
                if (columns.get(0).size() >= FLUSH_EVERY) {
                    flushToServer();
                }
            } else {
                rows.add(kind.id(), refId, t, b, ft, fb);
                if (rows.size() >= FLUSH_EVERY) {
                    rows.execute();
                }
            }
        }

        /**
         * A thousand rows in one statement: the server's statement triggers (search_stats, search_index_words) then
         * count their words once per thousand rows instead of once per row. Written in the order they were added.
         */
        private void flushToServer() {
            if (columns.get(0).isEmpty()) {
                return;
            }
            String[] names = {"kind", "ref", "title", "body", "ftitle", "fbody", "words"};
            var insert = h.createUpdate("INSERT INTO search_index (kind, ref_id, title, body, ftitle, fbody, terms,"
                    + " ntokens) SELECT kind, ref, title, body, ftitle, fbody,"
                    + " array_to_tsvector(string_to_array(words, ' ')), ntokens FROM unnest(:kind, :ref, :title, :body,"
                    + " :ftitle, :fbody, :words, :ntokens) WITH ORDINALITY"
                    + " AS r(kind, ref, title, body, ftitle, fbody, words, ntokens, n) ORDER BY n");
            for (int i = 0; i < names.length; i++) {
                insert.bindArray(names[i], String.class, columns.get(i));
            }
            insert.bindArray("ntokens", Long.class, columns.get(7));
            insert.execute();
            columns.forEach(List::clear);
        }

        /** Writes what is left and points search_row at every index row. */
        void finish() {
            if (server) {
                flushToServer();
            } else if (rows.size() > 0) {
                rows.execute();
            }
            h.execute("INSERT INTO search_row (kind, ref_id, row) SELECT kind, ref_id, rowid FROM search_index"
                    + " WHERE true ON CONFLICT (kind, ref_id) DO UPDATE SET row = excluded.row");
        }
    }

    /** Rebuilds the whole index from the records (after a migration, or if it was ever lost). */
    static void rebuild(Handle h, Repositories repos) {
        h.execute("DELETE FROM search_index");
        h.execute("DELETE FROM search_row");
        repos.partners().all(h).forEach(p -> repos.partners().index(h, p));
        repos.persons().all(h).forEach(p -> repos.persons().index(h, p));
        repos.sources().all(h).forEach(s -> repos.sources().index(h, s));
        repos.meetings().all(h).forEach(m -> repos.meetings().index(h, m));
    }

    /** Drops a record's entry, found through search_row (a lookup, not a scan of the index). */
    void remove(Handle h, Kind kind, String refId) {
        h.createQuery("SELECT row FROM search_row WHERE kind = ? AND ref_id = ?").bind(0, kind.id()).bind(1, refId)
                .mapTo(Long.class).findFirst().ifPresent(row -> {
                    h.execute("DELETE FROM search_index WHERE rowid = ?", row);
                    h.execute("DELETE FROM search_row WHERE kind = ? AND ref_id = ?", kind.id(), refId);
                });
    }

    /** The most words a search may hold. */
    static final int MAX_WORDS = 64;

    /** Ranked hits, best first. Words match as prefixes ("hokk" finds Hokkaido); every word must match. */
    public List<Hit> search(Handle h, String query, int limit) {
        return search(h, query, limit, null);
    }

    /** As {@link #search(Handle, String, int)}, with the store's kept word counts (see {@link Fts5WordCounts}). */
    List<Hit> search(Handle h, String query, int limit, Fts5WordCounts counts) {
        List<String> words = Text.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.size() > MAX_WORDS) {
            // SQLite's expression depth (1000) is reached long before; no one types a search this long.
            throw new StoreException(UserProblem.Code.SEARCH_TOO_MANY_WORDS, MAX_WORDS, words.size());
        }
        if (words.stream().anyMatch(Text::hasCjk)) {
            return searchLike(h, words, limit);
        }
        // Only the last word is a prefix (it may still be being typed): a short earlier word as a prefix
        // would expand into thousands of terms.
        List<Candidate> ranked = ranked(h, words.size() > 1 ? limit * 5 : limit, words, counts);
        if (words.size() > 1) {
            ranked = phraseFirst(h, ranked, words);
        }
        return hits(h, ranked, limit, words);
    }

    /**
     * The words as a phrase rank first ("trong dong" is the gift Trống đồng before any "trong … đông"), each part
     * in bm25 order. Checked on the ranked candidates (an FTS5 phrase query would walk every common word's
     * positions), in their title and the stretch of body a snippet shows, on the folded text the ranking read: the
     * original text is then read, and its snippet made, only for the hits shown (20 in the window and the command
     * line) rather than for every one of the five times as many checked.
     */
    private List<Candidate> phraseFirst(Handle h, List<Candidate> ranked, List<String> words) {
        List<Candidate> withText = ranked;
        if (ranked.stream().anyMatch(c -> !c.hasText())) {
            java.util.Map<Long, String[]> text = new java.util.HashMap<>();
            h.createQuery("SELECT rowid, ftitle, fbody FROM " + Dialect.of(h).search().rowsByRowid()
                            + " WHERE rowid IN (<ids>)")
                    .bindList("ids", ranked.stream().map(Candidate::rowid).toList())
                    .map((rs, ctx) -> text.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)}))
                    .list();
            withText = new ArrayList<>(ranked.size());
            for (Candidate c : ranked) {
                String[] t = c.hasText() ? new String[]{c.ftitle(), c.fbody()} : text.get(c.rowid());
                if (t != null) { // null: removed since it was ranked (a caller outside one read transaction)
                    withText.add(new Candidate(c.rowid(), c.rank(), t[0], t[1]));
                }
            }
        }
        String phrase = String.join(" ", words);
        List<Candidate> phraseFirst = new ArrayList<>();
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : withText) {
            (holdsPhrase(c.ftitle(), c.fbody(), words, phrase) ? phraseFirst : rest).add(c);
        }
        phraseFirst.addAll(rest);
        return phraseFirst;
    }

    /**
     * True when the folded title and the snippet's stretch of the folded body, read as words, hold the phrase: the
     * same answer as {@code Text.key(title + " " + snippet(body, words)).contains(phrase)} on the original text, since
     * folding maps each character to one (whitespace to itself) and the snippet's stretch is found in the folded body
     * anyway (SearchPhraseOnFoldedTextTest compares the two).
     */
    static boolean holdsPhrase(String ftitle, String fbody, List<String> words, String phrase) {
        return FoldedPhrase.holds(ftitle, fbody, words, phrase);
    }

    /**
     * Bm25 among the newest {@link #RANKED_CANDIDATES} matches, best first, at most {@code limit}: FTS5 walks
     * matches in rowid (write) order, so a very common word costs a few hundred candidates rather than tens of
     * thousands.
     */
    private List<Candidate> ranked(Handle h, int limit, List<String> words, Fts5WordCounts counts) {
        // Newest entries first: a query whose words are all common finds enough hits among the most recent
        // WINDOW rows without walking the whole index; otherwise the whole index is searched.
        Engine engine = Dialect.of(h).search();
        Candidates inWindow = engine.candidates(h, words, WINDOW, counts);
        List<Candidate> candidates = new ArrayList<>(inWindow.rows());
        if (candidates.size() < limit && inWindow.newest() > WINDOW) {
            candidates = new ArrayList<>(engine.candidates(h, words, 0, counts).rows());
        }
        candidates.sort(java.util.Comparator.comparingDouble(Candidate::rank).thenComparingLong(c -> -c.rowid()));
        return candidates.subList(0, Math.min(limit, candidates.size()));
    }

    /** The first {@code limit} candidates still in the index as hits: their text read by rowid, with a snippet. */
    private List<Hit> hits(Handle h, List<Candidate> ranked, int limit, List<String> words) {
        Engine engine = Dialect.of(h).search();
        List<Hit> out = new ArrayList<>(Math.min(limit, ranked.size()));
        int next = 0;
        while (out.size() < limit && next < ranked.size()) {
            // Normally one read; another only for rows removed since they were ranked (a caller outside one read
            // transaction), which are left out as they always were.
            List<Candidate> batch = ranked.subList(next, Math.min(ranked.size(), next + limit - out.size()));
            next += batch.size();
            java.util.Map<Long, Hit> byRowid = new java.util.HashMap<>();
            java.util.Map<Long, String> folded = new java.util.HashMap<>(); // the bodies the ranking read folded
            batch.stream().filter(Candidate::hasText).forEach(c -> folded.put(c.rowid(), c.fbody()));
            h.createQuery("SELECT rowid, kind, ref_id, title, body FROM " + engine.rowsByRowid() + " WHERE rowid IN (<ids>)")
                    .bindList("ids", batch.stream().map(Candidate::rowid).toList())
                    .map((rs, ctx) -> java.util.Map.entry(rs.getLong(1), hit(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), folded.get(rs.getLong(1)), words)))
                    .forEach(e -> byRowid.put(e.getKey(), e.getValue()));
            for (Candidate c : batch) {
                Hit x = byRowid.get(c.rowid());
                if (x != null) {
                    out.add(new Hit(x.kind(), x.refId(), x.title(), x.snippet(), c.rank()));
                }
            }
        }
        return out;
    }

    /** Kanji and kana form one token to the tokenizer, so they are found by substring instead. */
    private List<Hit> searchLike(Handle h, List<String> words, int limit) {
        StringBuilder where = new StringBuilder();
        List<String> args = new ArrayList<>();
        for (String w : words) {
            if (where.length() > 0) {
                where.append(" AND ");
            }
            where.append("(ftitle LIKE ? OR fbody LIKE ?)");
            args.add("%" + w + "%");
            args.add("%" + w + "%");
        }
        var q = h.createQuery("SELECT kind, ref_id, title, body, CASE WHEN ftitle LIKE ? THEN 0 ELSE 1 END AS r"
                + " FROM search_index WHERE " + where + " ORDER BY r, length(body), rowid LIMIT ?");
        q.bind(0, "%" + words.get(0) + "%");
        for (int i = 0; i < args.size(); i++) {
            q.bind(i + 1, args.get(i));
        }
        q.bind(args.size() + 1, limit);
        return q.map((rs, ctx) -> hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getDouble(5), words)).list();
    }

    private static Hit hit(String kind, String refId, String title, String body, double rank, List<String> words) {
        return new Hit(Kind.valueOf(kind.toUpperCase(Locale.ROOT)), refId, title, snippet(body, words), rank);
    }

    /** A hit whose body the ranking read folded from the index (the same text folded: not folded again). */
    private static Hit hit(String kind, String refId, String title, String body, String fbody, List<String> words) {
        return fbody == null || body == null || fbody.length() != body.length() ? hit(kind, refId, title, body, 0, words)
                : new Hit(Kind.valueOf(kind.toUpperCase(Locale.ROOT)), refId, title, snippet(body, fbody, words), 0);
    }

    /** The stretch of the original text around the first matched word, on word boundaries. */
    static String snippet(String body, List<String> words) {
        return body == null || body.isEmpty() ? "" : snippet(body, Text.fold(body), words);
    }

    /** As above, given the body folded (the same length: folding maps each character to one). */
    private static String snippet(String body, String folded, List<String> words) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        int at = folded.indexOf(String.join(" ", words));
        for (String w : at >= 0 ? List.<String>of() : words) {
            int i = folded.indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        String flat;
        if (at < 0) {
            flat = body.length() <= 2 * SNIPPET_RADIUS ? body : body.substring(0, 2 * SNIPPET_RADIUS) + "…";
        } else {
            int start = Math.max(0, at - SNIPPET_RADIUS);
            int end = Math.min(body.length(), at + SNIPPET_RADIUS);
            while (start > 0 && !Character.isWhitespace(body.charAt(start - 1))) {
                start--;
            }
            while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
                end++;
            }
            flat = (start > 0 ? "…" : "") + body.substring(start, end) + (end < body.length() ? "…" : "");
        }
        return spacedOnce(flat).strip();
    }

    /**
     * Each run of whitespace as one space, as {@code replaceAll("\\s+", " ")} (the same six characters: space, tab,
     * line feed, vertical tab, form feed, carriage return) without compiling a pattern for each of a search's hits.
     */
    static String spacedOnce(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }
}

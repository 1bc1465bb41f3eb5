package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQLite's full-text index (FTS5, V002) ranks with its own bm25 (ADR 0002). */
final class Fts5Search implements SearchIndex.Engine {
    @Override
    public long insert(Handle h, SearchIndex.Kind kind, String refId, String title, String body, String ftitle,
                       String fbody) {
        h.execute("INSERT INTO search_index (kind, ref_id, title, body, ftitle, fbody) VALUES (?, ?, ?, ?, ?, ?)",
                kind.id(), refId, title, body, ftitle, fbody);
        return h.createQuery("SELECT last_insert_rowid()").mapTo(Long.class).one();
    }

    @Override
    public SearchIndex.Candidates candidates(Handle h, List<String> words, long window, Fts5WordCounts counts) {
        long newest = h.createQuery("SELECT coalesce(max(rowid), 0) FROM search_index").mapTo(Long.class).one();
        long floor = window > 0 ? newest - window : 0;
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (all.length() > 0) {
                all.append(" AND ");
            }
            all.append('"').append(words.get(i).replace("\"", "")).append(i == words.size() - 1 ? "\"*" : "\"");
        }
        if (counts != null && words.stream().allMatch(PostgresSearch::isOneToken)) {
            return new SearchIndex.Candidates(rankedHere(h, words, floor, counts), newest);
        }
        // FTS5 walks matches in rowid (write) order and evaluates bm25 only for the rows it returns, so a very
        // common word costs a few hundred evaluations rather than tens of thousands. Title matches weigh ten times
        // body matches (bm25 weights follow the column order).
        return new SearchIndex.Candidates(h.createQuery("SELECT rowid, bm25(search_index, 0, 0, 0, 0, 10.0, 1.0) FROM search_index"
                        + " WHERE search_index MATCH :q AND rowid > :floor ORDER BY rowid DESC LIMIT :n")
                .bind("q", all.toString()).bind("floor", floor).bind("n", SearchIndex.RANKED_CANDIDATES)
                .map((rs, ctx) -> new SearchIndex.Candidate(rs.getLong(1), rs.getDouble(2), null, null))
                .list(), newest);
    }

    /**
     * FTS5's content table, whose columns c0 to c5 are kind, ref_id, title, body, ftitle and fbody (V002): read by rowid there, the
     * hits cost a plain lookup each instead of one FTS5 runs for each rowid of the list (half a millisecond for a
     * hundred hits).
     */
    @Override
    public String rowsByRowid() {
        return "(SELECT id AS rowid, c0 AS kind, c1 AS ref_id, c2 AS title, c3 AS body, c4 AS ftitle, c5 AS fbody"
                + " FROM search_index_content)";
    }

    /**
     * The same candidates with the same bm25 as above, computed here from FTS5's own counts: bm25() counts the rows
     * holding each word on every search by walking the word's whole list (7–13 ms of a common three-word search at
     * 300,000 rows), which {@link Fts5WordCounts} keeps while the index is unchanged. Each candidate's word count is
     * FTS5's (%_docsize), its word frequencies counted in its folded text as on PostgreSQL.
     */
    private static List<SearchIndex.Candidate> rankedHere(Handle h, List<String> words, long floor,
                                             Fts5WordCounts counts) {
        Fts5WordCounts.Counts c = counts.of(h, words);
        if (c.rows() == 0 || java.util.Arrays.stream(c.rowsHolding()).anyMatch(n -> n == 0)) {
            return List.of(); // a word no row holds: nothing holds them all
        }
        // Every word; the last as the kept counts ask it: by the words it begins when they are named (a long prefix
        // costs FTS5 a merge of every such word's whole list), else as a prefix.
        StringBuilder match = new StringBuilder();
        for (int i = 0; i < words.size() - 1; i++) {
            match.append(Fts5WordCounts.quoted(words.get(i))).append(" AND ");
        }
        match.append(c.lastWord());
        Bm25 bm25 = new Bm25(words, c.rows(), c.words(), c.rowsHolding());
        List<SearchIndex.Candidate> out = new ArrayList<>();
        // FTS5 gives the candidates' rowids only; their folded text (ftitle, fbody: columns c4 and c5 of FTS5's
        // content table) and word counts are read by rowid from FTS5's own tables. Read through the FTS5 table, each
        // row's text cost a lookup run by FTS5 for every candidate: a fifth of a search's processor time more.
        h.createQuery("SELECT c.id, c.c4, c.c5, d.sz FROM search_index_content c JOIN search_index_docsize d"
                        + " ON d.id = c.id WHERE c.id IN (SELECT rowid FROM search_index WHERE search_index MATCH :q"
                        + " AND rowid > :floor ORDER BY rowid DESC LIMIT :n)")
                .bind("q", match.toString()).bind("floor", floor).bind("n", SearchIndex.RANKED_CANDIDATES)
                .map((rs, ctx) -> {
                    String ftitle = rs.getString(2);
                    String fbody = rs.getString(3);
                    // The folded text is kept with the candidate: the phrase check reads it instead of the hits' text.
                    return out.add(new SearchIndex.Candidate(rs.getLong(1), bm25.rank(ftitle, fbody,
                            Fts5WordCounts.rowWords(rs.getBytes(4))), ftitle, fbody));
                })
                .list();
        return out;
    }
}

package vn.protocolbrief.store;

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
    public SearchIndex.Candidates candidates(Handle h, List<String> words, long window) {
        long newest = h.createQuery("SELECT coalesce(max(rowid), 0) FROM search_index").mapTo(Long.class).one();
        long floor = window > 0 ? newest - window : 0;
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (all.length() > 0) {
                all.append(" AND ");
            }
            all.append('"').append(words.get(i).replace("\"", "")).append(i == words.size() - 1 ? "\"*" : "\"");
        }
        // FTS5 walks matches in rowid (write) order and evaluates bm25 only for the rows it returns, so a very
        // common word costs a thousand evaluations rather than tens of thousands. Title matches weigh ten times
        // body matches (bm25 weights follow the column order).
        return new SearchIndex.Candidates(h.createQuery("SELECT rowid, bm25(search_index, 0, 0, 0, 0, 10.0, 1.0) FROM search_index"
                        + " WHERE search_index MATCH :q AND rowid > :floor ORDER BY rowid DESC LIMIT :n")
                .bind("q", all.toString()).bind("floor", floor).bind("n", SearchIndex.RANKED_CANDIDATES)
                .map((rs, ctx) -> new double[]{rs.getLong(1), rs.getDouble(2)})
                .list(), newest);
    }
}

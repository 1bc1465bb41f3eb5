package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Text;

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

    private static final int SNIPPET_RADIUS = 70;

    void index(Handle h, Kind kind, String refId, String title, String body) {
        remove(h, kind, refId);
        String t = Text.nfc(title == null ? "" : title);
        String b = Text.nfc(body == null ? "" : body);
        h.execute("INSERT INTO search_index (kind, ref_id, title, body, ftitle, fbody) VALUES (?, ?, ?, ?, ?, ?)",
                kind.id(), refId, t, b, Text.fold(t), Text.fold(b));
    }

    void remove(Handle h, Kind kind, String refId) {
        h.execute("DELETE FROM search_index WHERE kind = ? AND ref_id = ?", kind.id(), refId);
    }

    /** Ranked hits, best first. Words match as prefixes ("hokk" finds Hokkaido); every word must match. */
    public List<Hit> search(Handle h, String query, int limit) {
        List<String> words = Text.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.stream().anyMatch(Text::hasCjk)) {
            return searchLike(h, words, limit);
        }
        List<Hit> hits = new ArrayList<>();
        if (words.size() > 1) {
            // The words as a phrase first ("trong dong" is the gift Trống đồng before any "trong").
            hits.addAll(match(h, '"' + String.join(" ", words).replace("\"", "") + '"', limit, words));
        }
        StringBuilder all = new StringBuilder();
        for (String w : words) {
            if (all.length() > 0) {
                all.append(" AND ");
            }
            all.append('"').append(w.replace("\"", "")).append("\"*");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        hits.forEach(x -> seen.add(x.kind() + x.refId()));
        for (Hit x : match(h, all.toString(), limit, words)) {
            if (hits.size() >= limit) {
                break;
            }
            if (seen.add(x.kind() + x.refId())) {
                hits.add(x);
            }
        }
        return hits;
    }

    private List<Hit> match(Handle h, String expression, int limit, List<String> words) {
        // Title matches weigh ten times body matches (bm25 weights follow the column order).
        return h.createQuery("SELECT kind, ref_id, title, body, bm25(search_index, 0, 0, 0, 0, 10.0, 1.0) AS r"
                        + " FROM search_index WHERE search_index MATCH :q ORDER BY r LIMIT :limit")
                .bind("q", expression).bind("limit", limit)
                .map((rs, ctx) -> hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDouble(5), words))
                .list();
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
                + " FROM search_index WHERE " + where + " ORDER BY r, length(body) LIMIT ?");
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

    /** The stretch of the original text around the first matched word, on word boundaries. */
    static String snippet(String body, List<String> words) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        String folded = Text.fold(body);
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
        return flat.replaceAll("\\s+", " ").strip();
    }
}

package vn.protocolbrief.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Source;

/** Articles and other sources, full text kept. */
public final class SourceRepository {
    private final SearchIndex search = new SearchIndex();

    public void upsert(Handle h, Source s) {
        // A source is an article's text, or at least where it was published (a meeting recorded by hand).
        if ((s.fullText() == null || s.fullText().isBlank()) && (s.publication() == null || s.publication().isBlank())
                && (s.url() == null || s.url().isBlank())) {
            throw new StoreException("Source " + s.id() + " has no text, publication or address.");
        }
        h.createUpdate("""
                INSERT INTO source (id, publication, url, published_on, title, full_text)
                VALUES (:id, :pub, :url, :date, :title, :text)
                ON CONFLICT (id) DO UPDATE SET publication = excluded.publication, url = excluded.url,
                  published_on = excluded.published_on, title = excluded.title, full_text = excluded.full_text""")
                .bind("id", s.id()).bind("pub", Db.text(s.publication())).bind("url", Db.text(s.url()))
                .bind("date", Db.date(s.publishedOn())).bind("title", Db.text(s.title()))
                .bind("text", s.fullText() == null ? "" : vn.protocolbrief.domain.Text.nfc(s.fullText()))
                .execute();
        index(h, s);
    }

    void index(Handle h, Source s) {
        String title = s.title() != null ? s.title() : (s.publication() != null ? s.publication() : s.id());
        search.index(h, SearchIndex.Kind.SOURCE, s.id(), title, s.fullText());
    }

    public List<Source> all(Handle h) {
        return h.createQuery("SELECT id, publication, url, published_on, title, full_text FROM source ORDER BY id")
                .map((rs, ctx) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3), Db.date(rs.getString(4)),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    public Optional<Source> byId(Handle h, String id) {
        return h.createQuery("SELECT id, publication, url, published_on, title, full_text FROM source WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3), Db.date(rs.getString(4)),
                        rs.getString(5), rs.getString(6)))
                .findOne();
    }

    /** A source as listed: what a reader checks, without the article's text, and the meetings it tells of. */
    public record Cited(String id, String publication, String title, vn.protocolbrief.domain.PartialDate publishedOn,
                        String url, List<String> meetingIds) {
    }

    /** Every source, or those of one meeting, in id order. */
    public List<Cited> cited(Handle h, String meetingId) {
        return h.createQuery("""
                SELECT s.id, s.publication, s.title, s.published_on, s.url,
                       (SELECT group_concat(meeting_id, ' ') FROM meeting_source ms WHERE ms.source_id = s.id)
                  FROM source s
                 WHERE :meeting IS NULL
                    OR s.id IN (SELECT source_id FROM meeting_source WHERE meeting_id = :meeting)
                 ORDER BY s.id""")
                .bind("meeting", meetingId)
                .map((rs, ctx) -> new Cited(rs.getString(1), rs.getString(2), rs.getString(3),
                        vn.protocolbrief.domain.PartialDate.of(rs.getString(4)), rs.getString(5),
                        rs.getString(6) == null ? List.of() : List.of(rs.getString(6).split(" "))))
                .list();
    }
}

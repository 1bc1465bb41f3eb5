package vn.protocolbrief.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.domain.Text;

/**
 * What a reader needs to check a source: its newspaper, headline, date and address. The officer completes them here
 * (window and command line), each edit one transaction recorded in the change log, so it can be undone.
 */
public final class SourceService {
    private final Store store;
    private final Repositories repos = new Repositories();
    private final ChangeLog changes = new ChangeLog(new RecordRows());

    public SourceService(Store store) {
        this.store = store;
    }

    /** A source as listed: what a reader checks, without the article's text, and the meetings it tells of. */
    public record Listed(String id, String newspaper, String headline, PartialDate date, String url,
                         List<String> meetingIds) {
    }

    /** Every source, or those of one meeting, in id order. */
    public List<Listed> list(String meetingId) {
        return store.read(h -> {
            if (meetingId != null && h.createQuery("SELECT count(*) FROM meeting WHERE id = ?").bind(0, meetingId)
                    .mapTo(Integer.class).one() == 0) {
                throw new StoreException("No meeting with id " + meetingId + ".");
            }
            return h.createQuery("""
                    SELECT s.id, s.publication, s.title, s.published_on, s.url,
                           (SELECT group_concat(meeting_id, ' ') FROM meeting_source ms WHERE ms.source_id = s.id)
                      FROM source s
                     WHERE :meeting IS NULL
                        OR s.id IN (SELECT source_id FROM meeting_source WHERE meeting_id = :meeting)
                     ORDER BY s.id""")
                    .bind("meeting", meetingId)
                    .map((rs, ctx) -> new Listed(rs.getString(1), rs.getString(2), rs.getString(3),
                            PartialDate.of(rs.getString(4)), rs.getString(5),
                            rs.getString(6) == null ? List.of() : List.of(rs.getString(6).split(" "))))
                    .list();
        });
    }

    /**
     * The fields to change: null leaves a field as it is, a blank text clears it. The date is typed as the officer
     * writes it (25/11/2025, 11/2025, 2025); the address must be a web address (http or https).
     */
    public record Edit(String newspaper, String headline, String date, String url) {
        boolean empty() {
            return newspaper == null && headline == null && date == null && url == null;
        }
    }

    /** Changes the source in one transaction; a wrong date or address is said in one line and changes nothing. */
    public Listed edit(String id, Edit e) {
        if (e.empty()) {
            throw new IllegalArgumentException("Nothing to change: give --newspaper, --headline, --date or --url.");
        }
        PartialDate date = e.date() == null ? null : DateInput.parse(e.date());
        String url = e.url() == null ? null : url(e.url());
        store.write(h -> {
            Source s = repos.sources().byId(h, id).orElseThrow(() -> new StoreException("No source with id " + id
                    + "."));
            var ref = new RecordRows.Ref("source", id);
            var before = changes.before(h, List.of(ref));
            Source changed = new Source(s.id(), e.newspaper() == null ? s.publication() : Text.clean(e.newspaper()),
                    url == null ? s.url() : url.isEmpty() ? null : url, date == null ? s.publishedOn() : date,
                    e.headline() == null ? s.title() : Text.clean(e.headline()), s.fullText());
            repos.sources().upsert(h, changed);
            String label = changed.title() != null ? changed.title() : changed.publication() != null
                    ? changed.publication() : id;
            changes.record(h, before, store.actor(), "edit", "source", id, label);
            return changed;
        });
        return list(null).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /** The address as typed when it is a web address; empty to clear it. */
    static String url(String typed) {
        String s = typed.strip();
        if (s.isEmpty()) {
            return "";
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && u.getHost().contains(".")) {
                return s;
            }
        } catch (URISyntaxException ignored) {
            // said below
        }
        throw new IllegalArgumentException("Not a web address: '" + s + "' (write it whole, beginning with https://).");
    }
}

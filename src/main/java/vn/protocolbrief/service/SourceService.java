package vn.protocolbrief.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;

/**
 * What a reader needs to check a source: its newspaper, headline, date and address. The officer completes them here
 * (window and command line), each edit one transaction recorded in the change log, so it can be undone.
 */
public final class SourceService {
    private final Store store;

    public SourceService(Store store) {
        this.store = store;
    }

    /** A source as listed: what a reader checks, without the article's text, and the meetings it tells of. */
    public record Listed(String id, String newspaper, String headline, PartialDate date, String url,
                         List<String> meetingIds) {
    }

    /** Every source, or those of one meeting, in id order. */
    public List<Listed> list(String meetingId) {
        return store.reading(work -> {
            if (meetingId != null && !work.meetings().exists(meetingId)) {
                throw new StoreException(UserProblem.Code.NO_MEETING, meetingId);
            }
            return work.citedSources(meetingId).stream().map(c -> new Listed(c.id(), c.publication(), c.title(),
                    c.publishedOn(), c.url(), c.meetingIds())).toList();
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
            throw new UserProblem(UserProblem.Code.SOURCE_NOTHING_TO_CHANGE);
        }
        PartialDate date = e.date() == null ? null : DateInput.parse(e.date());
        String url = e.url() == null ? null : url(e.url());
        store.writing(work -> {
            Source s = work.source(id).orElseThrow(() -> new StoreException(UserProblem.Code.NO_SOURCE, id));
            var change = work.changing("source", id);
            Source changed = new Source(s.id(), e.newspaper() == null ? s.publication() : Text.clean(e.newspaper()),
                    url == null ? s.url() : url.isEmpty() ? null : url, date == null ? s.publishedOn() : date,
                    e.headline() == null ? s.title() : Text.clean(e.headline()), s.fullText());
            work.saveSource(changed);
            String label = changed.title() != null ? changed.title() : changed.publication() != null
                    ? changed.publication() : id;
            change.record("edit", "source", id, label);
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
        throw new UserProblem(UserProblem.Code.SOURCE_NOT_AN_ADDRESS, s);
    }
}

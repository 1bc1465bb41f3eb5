package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.RecordRows.Ref;
import vn.protocolbrief.store.Work.LoggedChange;

/**
 * Taking back one change exactly (its rows as they were before it), or refusing with the reason when later changes
 * depend on it; finding an officer's latest change; the trash; a record's history.
 */
final class Undoing {
    private static final String CHANGE_COLUMNS = "id, at, action, kind, ref_id, label, actor";

    private final Store store;
    private final ChangeLog changes;
    private final Repositories repos;
    private final SearchIndex search = new SearchIndex();

    Undoing(Store store, ChangeLog changes, Repositories repos) {
        this.store = store;
        this.changes = changes;
        this.repos = repos;
    }

    Optional<LoggedChange> last(Handle h, Actor actor, boolean session) {
        // On an office store the change log names logins (written by the database): one's own is the login's.
        boolean office = Office.isPostgres(h);
        var q = h.createQuery("SELECT " + CHANGE_COLUMNS + " FROM change_log WHERE undone = 0"
                + " AND action IN ('create', 'edit', 'delete') AND actor = " + (office ? "session_user" : "?")
                + (session ? " AND session = ?" : "") + " ORDER BY id DESC LIMIT 1");
        int next = 0;
        if (!office) {
            q.bind(next++, actor.name());
        }
        if (session) {
            q.bind(next, actor.session());
        }
        return q.map((rs, ctx) -> change(rs)).findOne();
    }

    List<LoggedChange> trash(Handle h) {
        return h.createQuery("SELECT " + CHANGE_COLUMNS + " FROM change_log WHERE undone = 0"
                + " AND action IN ('delete', 'sync-delete')"
                + " ORDER BY id DESC").map((rs, ctx) -> change(rs)).list();
    }

    LoggedChange undo(Handle h, long changeId, Actor by) {
        var row = h.createQuery("SELECT " + CHANGE_COLUMNS + ", undone, legacy_before FROM change_log WHERE id = ?")
                .bind(0, changeId).map((rs, ctx) -> new Object[]{change(rs), rs.getInt(8), rs.getString(9)}).findOne()
                .orElseThrow(() -> new StoreException(UserProblem.Code.UNDO_NO_CHANGE, changeId));
        LoggedChange c = (LoggedChange) row[0];
        if ((int) row[1] != 0) {
            throw new StoreException(UserProblem.Code.UNDO_ALREADY);
        }
        if (!ChangeLog.UNDOABLE.contains(c.action())) {
            throw new StoreException(UserProblem.Code.UNDO_NOT_BY_HAND, changeId, c.action());
        }
        List<ChangeLog.RowChange> rows = changes.rowsOf(h, changeId);
        if (rows.isEmpty()) {
            undoLegacy(h, c, (String) row[2]);
        } else {
            changes.whyNot(h, changeId, rows).ifPresent(reason -> {
                throw new StoreException(UserProblem.Code.UNDO_CANNOT, c.label(), reason);
            });
            List<Ref> refs = changes.recordsOf(h, changeId);
            var before = changes.before(h, refs);
            changes.revert(h, rows);
            reindex(h, refs, rows);
            long undoId = changes.record(h, before, by, "undo", c.kind(), c.refId(), c.label());
            h.execute("UPDATE change_log SET undone_by = ? WHERE id = ?", undoId == 0 ? null : undoId, changeId);
        }
        h.execute("UPDATE change_log SET undone = 1 WHERE id = ?", changeId);
        return c;
    }

    /**
     * A change recorded before changes were kept row by row (a whole-record snapshot): a deletion is restored when
     * the record is still absent; an edit or a creation cannot be taken back exactly, so it is not taken back.
     */
    private void undoLegacy(Handle h, LoggedChange c, String snapshot) {
        if (!c.action().equals("delete") || snapshot == null) {
            throw new StoreException(UserProblem.Code.UNDO_BEFORE_FIELDS, c.id());
        }
        if (!changes.before(h, List.of(new Ref(c.kind(), c.refId()))).of(new Ref(c.kind(), c.refId())).isEmpty()) {
            throw new StoreException(UserProblem.Code.UNDO_ID_TAKEN, c.kind(), c.refId());
        }
        Archive before = ArchiveJson.read(new java.io.ByteArrayInputStream(snapshot
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "the undo log");
        new ArchiveService(store).importInto(h, before);
    }

    /** The search index follows the rows put back: entries of removed records go, the records present are indexed. */
    void reindex(Handle h, List<Ref> refs, List<ChangeLog.RowChange> rows) {
        for (ChangeLog.RowChange r : rows) {
            Object id = (r.after() != null ? r.after() : r.before()).get("id");
            SearchIndex.Kind kind = switch (r.table()) {
                case "meeting" -> SearchIndex.Kind.MEETING;
                case "request" -> SearchIndex.Kind.REQUEST;
                case "person" -> SearchIndex.Kind.PERSON;
                case "source" -> SearchIndex.Kind.SOURCE;
                case "partner" -> SearchIndex.Kind.PARTNER;
                default -> null;
            };
            if (kind != null && id != null) {
                search.remove(h, kind, id.toString());
            }
        }
        for (Ref ref : refs) {
            switch (ref.kind()) {
                case "meeting" -> repos.meetings().byId(h, ref.id()).ifPresent(m -> repos.meetings().index(h, m));
                case "person" -> repos.persons().byIds(h, List.of(ref.id())).forEach(p -> repos.persons().index(h, p));
                case "source" -> repos.sources().all(h).stream().filter(s -> s.id().equals(ref.id()))
                        .forEach(s -> repos.sources().index(h, s));
                case "partner" -> repos.partners().all(h).stream().filter(p -> p.id().equals(ref.id()))
                        .forEach(p -> repos.partners().index(h, p));
                default -> {
                    // the other kinds are not searched
                }
            }
        }
    }

    List<Work.HistoryLine> history(Handle h, String kind, String id) {
        List<Work.HistoryLine> out = new ArrayList<>();
        h.createQuery("SELECT l.id, l.at, l.actor, l.action, l.label, l.undone, l.road_by, l.road_at"
                        + " FROM change_record r JOIN change_log l ON l.id = r.change_id"
                        + " WHERE r.kind = ? AND r.ref_id = ? ORDER BY l.id")
                .bind(0, kind).bind(1, id).map((rs, ctx) -> new Object[]{rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6) != 0, rs.getString(7),
                        rs.getString(8)}).list()
                .forEach(e -> out.add(new Work.HistoryLine((long) e[0], (String) e[1],
                        ((String) e[2]).isEmpty() ? "(before v10)" : (String) e[2], (String) e[3], (String) e[4],
                        (boolean) e[5], fields(h, (long) e[0]), (String) e[6], (String) e[7])));
        return out;
    }

    /** "meeting.venue", "request r-1 added", ... for one change. */
    private List<String> fields(Handle h, long changeId) {
        List<String> out = new ArrayList<>();
        for (ChangeLog.RowChange r : changes.rowsOf(h, changeId)) {
            var any = r.after() != null ? r.after() : r.before();
            String which = r.table() + (any.get("id") != null ? " " + any.get("id") : "");
            if (r.before() == null) {
                out.add(which + " added");
            } else if (r.after() == null) {
                out.add(which + " removed");
            } else {
                r.fields().forEach(f -> out.add(which + "." + f));
            }
        }
        return out;
    }

    private static LoggedChange change(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LoggedChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }
}

package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.store.RecordRows.Ref;
import vn.protocolbrief.store.RecordRows.Row;

/**
 * What a store knows of travel copies: its own identity, and on a copy the office it came from, the points of both
 * change logs it holds, and the conflicts its syncs found (both versions) until an officer keeps one.
 */
public final class TravelLedger {
    private final RecordCopies copies = new RecordCopies();

    /** Where a travel copy came from and how far both histories have been exchanged. */
    public record Origin(String officeLocation, String officeIdentity, long officePoint, long copyPoint,
                         List<String> provinces, boolean withoutSensitive, String takenAt, String lastSyncAt) {
    }

    /** A record changed on both sides: each side's rows as "table key" → columns (empty when deleted there). */
    public record Conflict(long id, String kind, String refId, String label, String foundAt, String officeChangedBy,
                           String officeChangedAt, Map<String, Map<String, Object>> mine,
                           Map<String, Map<String, Object>> office) {
    }

    /** The store's identity, given (at random, once) if it has none. */
    public String identity(Store store) {
        Optional<String> known = store.read(TravelLedger::identityIn);
        return known.orElseGet(() -> store.write(h -> {
            h.execute("INSERT INTO store_identity (one_row, id) VALUES (1, ?) ON CONFLICT (one_row) DO NOTHING",
                    java.util.UUID.randomUUID().toString());
            return identityIn(h).orElseThrow();
        }));
    }

    static Optional<String> identityIn(Handle h) {
        return h.createQuery("SELECT id FROM store_identity WHERE one_row = 1").mapTo(String.class).findOne();
    }

    /** Where this store was taken from, when it is a travel copy. */
    public Optional<Origin> origin(Store copy) {
        return copy.read(TravelLedger::originIn);
    }

    static Optional<Origin> originIn(Handle h) {
        return h.createQuery("SELECT office_location, office_identity, office_point, copy_point, provinces,"
                        + " without_sensitive, taken_at, last_sync_at FROM travel_origin WHERE one_row = 1")
                .map((rs, ctx) -> new Origin(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5).isEmpty() ? List.of() : List.of(rs.getString(5).split(",")),
                        rs.getInt(6) != 0, rs.getString(7), rs.getString(8))).findOne();
    }

    /** The conflicts not yet resolved, oldest first, with the copy's version as it is now. */
    public List<Conflict> conflicts(Store copy) {
        return copy.snapshot(h -> {
            List<Conflict> out = new ArrayList<>();
            h.createQuery("SELECT id, kind, ref_id, label, found_at, office_changed_by, office_changed_at, office_rows"
                            + " FROM travel_conflict WHERE resolved IS NULL ORDER BY id")
                    .map((rs, ctx) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)}).list()
                    .forEach(c -> {
                        Ref ref = new Ref((String) c[1], (String) c[2]);
                        out.add(new Conflict((long) c[0], ref.kind(), ref.id(), (String) c[3], (String) c[4],
                                (String) c[5], (String) c[6], columns(copies.rowsOf(h, ref)),
                                columns(RecordCopies.fromJson((String) c[7]))));
                    });
            return out;
        });
    }

    private static Map<String, Map<String, Object>> columns(Map<String, Row> rows) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        rows.forEach((id, r) -> out.put(id, r.columns()));
        return out;
    }

    /** Which version an officer keeps. */
    public enum Keep {
        MINE, OFFICE
    }

    /**
     * Resolves a conflict: the office's version is put into the copy now (not sent back); the copy's own version is
     * marked to be sent by the next sync (the office then takes it unless it changed the record again).
     */
    public Conflict resolve(Store copy, long conflictId, Keep keep) {
        Conflict c = conflicts(copy).stream().filter(x -> x.id() == conflictId).findFirst()
                .orElseThrow(() -> new StoreException("No open conflict " + conflictId + " (see travel conflicts)."
                        + " Nothing was changed."));
        String copyId = identity(copy);
        copy.write(h -> {
            if (keep == Keep.OFFICE) {
                String rowsJson = h.createQuery("SELECT office_rows FROM travel_conflict WHERE id = ?")
                        .bind(0, conflictId).mapTo(String.class).one();
                RecordCopies.deferReferences(h);
                Actor actor = copy.actor();
                copies.put(h, new RecordCopies.Held(new Ref(c.kind(), c.refId()), RecordCopies.fromJson(rowsJson),
                                c.label(), c.officeChangedBy(), c.officeChangedAt()),
                        new Actor(actor.name(), TravelSync.session(copyId, "resolve-" + conflictId)),
                        new Undoing(copy, new ChangeLog(new RecordRows()), new Repositories()));
            }
            h.execute("UPDATE travel_conflict SET resolved = ?, resolved_at = ?, resolved_by = ? WHERE id = ?",
                    keep == Keep.MINE ? "mine" : "office", ChangeLog.now(), copy.actor().name(), conflictId);
            return null;
        });
        return c;
    }
}

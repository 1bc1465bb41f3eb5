package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.store.RecordCopies.Held;
import vn.protocolbrief.store.RecordRows.Ref;

/**
 * The store's side of a travel copy's take and sync (docs/decisions/0013-travel-copy.md). A sync has a random id,
 * recorded first on the copy (started), then on the office in the very transaction that applies the copy's changes,
 * then on the copy again (finished) in the transaction that takes the office's changes: cut off anywhere, each side
 * is as it was or finished, and the next sync finishes the same id without applying anything twice.
 */
public final class TravelSync {
    private final TravelLedger ledger = new TravelLedger();

    /** Everything an office holds at one moment, with the point of its change log that moment is. */
    public record Taken(Archive archive, long officePoint) {
    }

    /** A sync begun on the copy: its id, the last change of the copy it sends, whether an earlier attempt began it. */
    public record Pending(String syncId, long copyPointTo, boolean resumed) {
    }

    /** What the office took: records sent and records left as conflicts (or that this sync was already applied). */
    public record OfficeResult(int sent, int conflicts, boolean alreadyApplied) {
    }

    /** What the copy took: records received, conflicts found, and deletions among the received. */
    public record CopyResult(int received, int deleted, int conflicts, boolean alreadyFinished) {
    }

    /** Changes made by syncs (and resolutions) of this copy: never sent back to where they came from. */
    static String session(String copyIdentity, String syncId) {
        return "travel:" + copyIdentity + ":" + syncId;
    }

    private static String sessionsOf(String copyIdentity) {
        return "travel:" + copyIdentity + ":";
    }

    public Taken take(Store office) {
        ArchiveService archives = new ArchiveService(office);
        return office.snapshot(h -> new Taken(archives.exportIn(h), RecordCopies.lastChange(h)));
    }

    /** Writes a new copy's origin (after its records were imported): its own history starts after that import. */
    public void recordOrigin(Store copy, String officeLocation, String officeIdentity, long officePoint,
                             List<String> provinces, boolean withoutSensitive) {
        ledger.identity(copy);
        copy.write(h -> {
            h.execute("INSERT INTO travel_origin (one_row, office_location, office_identity, office_point, copy_point,"
                            + " provinces, without_sensitive, taken_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                    officeLocation, officeIdentity, officePoint, RecordCopies.lastChange(h), String.join(",", provinces),
                    withoutSensitive ? 1 : 0, ChangeLog.now());
            return null;
        });
    }

    /** The sync left unfinished by an earlier attempt, or a new one (recorded on the copy before anything else). */
    public Pending begin(Store copy) {
        String copyId = ledger.identity(copy);
        return copy.write(h -> {
            Optional<Pending> open = h.createQuery("SELECT sync_id, copy_point_to FROM travel_sync"
                            + " WHERE copy_identity = ? AND finished_at IS NULL ORDER BY started_at LIMIT 1")
                    .bind(0, copyId).map((rs, ctx) -> new Pending(rs.getString(1), rs.getLong(2), true)).findOne();
            if (open.isPresent()) {
                return open.get();
            }
            Pending p = new Pending(java.util.UUID.randomUUID().toString(), RecordCopies.lastChange(h), false);
            h.execute("INSERT INTO travel_sync (sync_id, copy_identity, started_at, copy_point_to) VALUES (?, ?, ?, ?)",
                    p.syncId(), copyId, ChangeLog.now(), p.copyPointTo());
            // The versions officers kept as theirs since the last sync travel with this one.
            h.execute("UPDATE travel_conflict SET sent_in = ? WHERE resolved = 'mine' AND sent_in IS NULL", p.syncId());
            return p;
        });
    }

    /** The copy's changes in the sync's range (and the versions kept as "mine"), as the copy holds them now. */
    private List<Held> outgoing(Store copy, TravelLedger.Origin origin, Pending p) {
        return copy.snapshot(h -> {
            RecordCopies copies = RecordCopies.in(h);
            Set<Ref> refs = copies.changedSince(h, origin.copyPoint(), p.copyPointTo(), "travel:");
            h.createQuery("SELECT kind, ref_id FROM travel_conflict WHERE sent_in = ?").bind(0, p.syncId())
                    .map((rs, ctx) -> new Ref(rs.getString(1), rs.getString(2))).forEach(refs::add);
            refs.removeAll(openConflicts(h));
            List<Held> out = new ArrayList<>();
            refs.forEach(ref -> out.add(copies.held(h, ref)));
            return out;
        });
    }

    private static Set<Ref> openConflicts(Handle h) {
        return new HashSet<>(h.createQuery("SELECT kind, ref_id FROM travel_conflict WHERE resolved IS NULL")
                .map((rs, ctx) -> new Ref(rs.getString(1), rs.getString(2))).list());
    }

    /**
     * The office's transaction: applies the copy's changes to every record the office did not change meanwhile (or
     * changed alike), and records the sync id; a sync id already there is not applied again.
     */
    public OfficeResult applyAtOffice(Store office, Store copy, Pending p) {
        TravelLedger.Origin origin = requireOrigin(copy);
        String copyId = ledger.identity(copy);
        List<Held> out = outgoing(copy, origin, p);
        Undoing undoing = new Undoing(office, new ChangeLog(new RecordRows()), new Repositories());
        return office.write(h -> {
            if (h.createQuery("SELECT count(*) FROM travel_sync WHERE sync_id = ?").bind(0, p.syncId())
                    .mapTo(Integer.class).one() > 0) {
                return new OfficeResult(0, 0, true);
            }
            RecordCopies copies = RecordCopies.in(h);
            Set<Ref> officeChanged = copies.changedSince(h, origin.officePoint(), null, sessionsOf(copyId));
            RecordCopies.deferReferences(h);
            // A copy without sensitive records never held them: what it sends neither overwrites nor removes them.
            SensitiveScope.Sets sensitive = origin.withoutSensitive() ? SensitiveScope.Sets.read(h) : null;
            Actor syncer = new Actor(office.actor().name(), session(copyId, p.syncId()));
            int sent = 0;
            int conflicts = 0;
            for (Held mine : RecordCopies.writeOrder(out)) {
                Map<String, RecordRows.Row> current = copies.rowsOf(h, mine.ref());
                Map<String, RecordRows.Row> seen = current;
                if (sensitive != null) {
                    if (sensitive.hidden(mine.ref(), current)) {
                        continue;
                    }
                    seen = sensitive.shown(current);
                    mine = new Held(mine.ref(), sensitive.withLinksKept(mine.rows(), current), mine.label(),
                            mine.changedBy(), mine.changedAt());
                    Map<String, RecordRows.Row> kept = sensitive.kept(current);
                    if (!kept.isEmpty()) {
                        if (mine.absent()) {
                            continue; // deleted on the road, but it holds what the road never saw
                        }
                        Map<String, RecordRows.Row> rows = new LinkedHashMap<>(mine.rows());
                        rows.putAll(kept);
                        mine = new Held(mine.ref(), rows, mine.label(), mine.changedBy(), mine.changedAt());
                    }
                }
                boolean changedHere = officeChanged.contains(mine.ref()) && (sensitive == null
                        || !changedOnlyHidden(h, mine.ref(), origin.officePoint(), sessionsOf(copyId), sensitive));
                if (changedHere && !RecordCopies.same(seen, sensitive == null ? mine.rows()
                        : sensitive.shown(mine.rows()))) {
                    conflicts++;
                    continue;
                }
                onTheRoad(h, mine, copy);
                if (copies.put(h, mine, current, syncer, undoing)) {
                    markRoad(h, mine, copy, syncer);
                    sent++;
                }
            }
            onTheRoad(h, null, copy);
            h.execute("INSERT INTO travel_sync (sync_id, copy_identity, started_at, finished_at, copy_point_to)"
                    + " VALUES (?, ?, ?, ?, ?)", p.syncId(), copyId, ChangeLog.now(), ChangeLog.now(), p.copyPointTo());
            return new OfficeResult(sent, conflicts, false);
        });
    }

    /**
     * Whether every row the office changed in the record since the copy's point is one a copy without sensitive
     * records never holds: then the copy's version is no conflict (the office's hidden rows are kept beside it).
     */
    private static boolean changedOnlyHidden(Handle h, Ref ref, long point, String skipSessions,
                                             SensitiveScope.Sets sensitive) {
        ChangeLog log = new ChangeLog(new RecordRows());
        List<Long> ids = h.createQuery("SELECT l.id FROM change_record r JOIN change_log l ON l.id = r.change_id"
                        + " WHERE r.kind = ? AND r.ref_id = ? AND l.id > ? AND l.session NOT LIKE ?")
                .bind(0, ref.kind()).bind(1, ref.id()).bind(2, point).bind(3, skipSessions.replace("%", "") + "%")
                .mapTo(Long.class).list();
        for (long id : ids) {
            for (ChangeLog.RowChange c : log.rowsOf(h, id)) {
                Map<String, Object> columns = c.after() != null ? c.after() : c.before();
                if (columns == null || !sensitive.hidden(new RecordRows.Row(c.table(), c.key(), columns))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "On the road, synced by": the change a synced record makes at the office is the syncing officer's (its actor
     * and time), and names who made it on the copy and when. On PostgreSQL the database writes the change: the sync
     * names the road's officer in transaction-local settings its trigger reads (V019); {@code null} clears them.
     */
    private static void onTheRoad(Handle h, Held mine, Store copy) {
        if (Office.isPostgres(h)) {
            h.createQuery("SELECT set_config('pb.road_by', ?, true) AS road_by,"
                            + " set_config('pb.road_at', ?, true) AS road_at")
                    .bind(0, mine == null ? "" : actorName(mine, copy))
                    .bind(1, mine == null || mine.changedAt() == null ? "" : mine.changedAt()).mapToMap().one();
        }
    }

    /** On SQLite the application writes the change: the road's officer and time go into it here. */
    private static void markRoad(Handle h, Held mine, Store copy, Actor syncer) {
        if (!Office.isPostgres(h)) {
            h.execute("UPDATE change_log SET road_by = ?, road_at = ? WHERE id = (SELECT max(id) FROM change_log"
                    + " WHERE session = ?)", actorName(mine, copy), mine.changedAt(), syncer.session());
        }
    }

    private static String actorName(Held h, Store fallback) {
        return h.changedBy() != null && !h.changedBy().isBlank() ? h.changedBy() : fallback.actor().name();
    }

    /**
     * The copy's transaction: takes what the office changed since the copy's point (within the copy's provinces),
     * keeps both versions of each record changed on both sides, moves both points and finishes the sync.
     */
    public CopyResult finishOnCopy(Store copy, Store office, Pending p) {
        TravelLedger.Origin origin = requireOrigin(copy);
        String copyId = ledger.identity(copy);
        long[] officePoint = new long[1];
        List<Held> pulled = office.snapshot(h -> {
            officePoint[0] = RecordCopies.lastChange(h);
            RecordCopies copies = RecordCopies.in(h);
            List<Held> out = new ArrayList<>();
            SensitiveScope.Sets sensitive = origin.withoutSensitive() ? SensitiveScope.Sets.read(h) : null;
            for (Ref ref : copies.changedSince(h, origin.officePoint(), null, sessionsOf(copyId))) {
                Held theirs = copies.held(h, ref);
                if (sensitive == null) {
                    out.add(theirs);
                } else if (!sensitive.hidden(ref, theirs.rows())) {
                    // a sensitive record, or a sensitive row of one, is never read out for a copy without them
                    out.add(new Held(ref, sensitive.shown(theirs.rows()), theirs.label(), theirs.changedBy(),
                            theirs.changedAt()));
                }
            }
            return out;
        });
        Undoing undoing = new Undoing(copy, new ChangeLog(new RecordRows()), new Repositories());
        return copy.write(h -> {
            if (h.createQuery("SELECT count(*) FROM travel_sync WHERE sync_id = ? AND finished_at IS NOT NULL")
                    .bind(0, p.syncId()).mapTo(Integer.class).one() > 0) {
                return new CopyResult(0, 0, 0, true);
            }
            RecordCopies copies = RecordCopies.in(h);
            Set<Ref> local = copies.changedSince(h, origin.copyPoint(), null, "travel:");
            local.addAll(openConflicts(h));
            RecordCopies.deferReferences(h);
            Set<Ref> wanted = new TravelScope(origin, copies).wanted(h, pulled);
            int received = 0;
            int deleted = 0;
            int conflicts = 0;
            for (Held theirs : RecordCopies.writeOrder(pulled)) {
                Map<String, RecordRows.Row> current = copies.rowsOf(h, theirs.ref());
                if (RecordCopies.same(current, theirs.rows())) {
                    continue;
                }
                if (local.contains(theirs.ref())) {
                    conflict(h, theirs, p.syncId());
                    conflicts++;
                } else if (wanted.contains(theirs.ref())
                        && copies.put(h, theirs, current, new Actor(actorName(theirs, copy),
                        session(copyId, p.syncId())), undoing)) {
                    received++;
                    deleted += theirs.absent() ? 1 : 0;
                }
            }
            h.execute("UPDATE travel_origin SET copy_point = ?, office_point = ?, last_sync_at = ? WHERE one_row = 1",
                    p.copyPointTo(), officePoint[0], ChangeLog.now());
            h.execute("UPDATE travel_sync SET finished_at = ? WHERE sync_id = ?", ChangeLog.now(), p.syncId());
            return new CopyResult(received, deleted, conflicts, false);
        });
    }

    /** Keeps the office's version beside the copy's (one open conflict per record, holding the latest office version). */
    private static void conflict(Handle h, Held theirs, String syncId) {
        String rows = RecordCopies.toJson(theirs.rows());
        int updated = h.execute("UPDATE travel_conflict SET office_rows = ?, office_changed_by = ?, office_changed_at = ?"
                        + " WHERE kind = ? AND ref_id = ? AND resolved IS NULL", rows, theirs.changedBy(),
                theirs.changedAt(), theirs.ref().kind(), theirs.ref().id());
        if (updated == 0) {
            h.execute("INSERT INTO travel_conflict (kind, ref_id, label, found_at, office_rows, office_changed_by,"
                            + " office_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", theirs.ref().kind(), theirs.ref().id(),
                    theirs.label(), ChangeLog.now(), rows, theirs.changedBy(), theirs.changedAt());
        }
    }

    private TravelLedger.Origin requireOrigin(Store copy) {
        return ledger.origin(copy).orElseThrow(() -> new StoreException(copy.path() + " is not a travel copy (it was"
                + " not made by travel take). Nothing was changed."));
    }

    /** Which records the copy holds: the provinces it was taken for, sensitive records left out when asked. */
    private static final class TravelScope {
        private final TravelLedger.Origin origin;
        private final RecordCopies copies;

        TravelScope(TravelLedger.Origin origin, RecordCopies copies) {
            this.origin = origin;
            this.copies = copies;
        }

        /**
         * The pulled records the copy takes: those it holds already, those of its provinces, and the persons,
         * partners and sources they name (found among the values of their rows).
         */
        Set<Ref> wanted(Handle h, List<Held> pulled) {
            Set<Ref> wanted = new HashSet<>();
            Set<Object> named = new HashSet<>();
            Map<Ref, Held> later = new LinkedHashMap<>();
            for (Held r : pulled) {
                boolean held = copies.holds(h, r.ref());
                Object province = r.rows().values().stream().findFirst().map(x -> x.columns().get("province_id"))
                        .orElse(null);
                boolean inProvince = origin.provinces().isEmpty() || (province != null
                        && origin.provinces().contains(province.toString()));
                if (held || (inProvince && !List.of("person", "partner", "source").contains(r.ref().kind()))
                        || origin.provinces().isEmpty()) {
                    wanted.add(r.ref());
                    r.rows().values().forEach(x -> named.addAll(x.columns().values()));
                } else if (!r.absent()) {
                    later.put(r.ref(), r);
                }
            }
            // Persons first: their positions name partners and sources.
            for (String kind : List.of("person", "partner", "source")) {
                later.forEach((ref, r) -> {
                    if (ref.kind().equals(kind) && named.contains(ref.id())) {
                        wanted.add(ref);
                        r.rows().values().forEach(x -> named.addAll(x.columns().values()));
                    }
                });
            }
            return wanted;
        }
    }
}

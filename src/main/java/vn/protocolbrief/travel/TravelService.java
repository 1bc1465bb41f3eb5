package vn.protocolbrief.travel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.store.StoreFiles;
import vn.protocolbrief.store.TableTake;
import vn.protocolbrief.store.TravelLedger;
import vn.protocolbrief.store.TravelSync;
import vn.protocolbrief.store.WholeTake;

/**
 * A travel copy: a SQLite store on the laptop holding the office's records (or some provinces'), recorded on the road
 * without a network and synced back: what changed on each side goes to the other, a record changed on both is kept in
 * both versions until an officer keeps one. Any store can be the office (docs/decisions/0013-travel-copy.md).
 */
public final class TravelService {
    private final Function<String, Store> opener;
    private final TravelLedger ledger = new TravelLedger();
    private final TravelSync sync = new TravelSync();

    /** @param opener opens a store from its location (a file, or a server's address) */
    public TravelService(Function<String, Store> opener) {
        this.opener = opener;
    }

    /** What a take wrote. */
    public record TakeResult(Path copy, String office, int meetings, int persons, int partners, int sources,
                             int sensitivities, long officePoint) {
    }

    /** What a sync did, on both sides. */
    public record SyncResult(String syncId, int sent, int received, int deletedHere, int conflicts,
                             boolean finishedEarlierSync) {
    }

    /** A copy's state for the window and `travel status`. */
    public record Status(String office, String takenAt, String lastSyncAt, List<String> provinces,
                         boolean withoutSensitive, int openConflicts) {
    }

    /** Why an existing path is no place for a new copy, in the officer's words (a copy never replaces anything). */
    private static StoreException whyNotOver(Path target) {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return new StoreException(UserProblem.Code.TRAVEL_OVER_FOLDER, target, target.resolve("travel-copy.db"));
        }
        boolean readOnly = !Files.isWritable(target);
        try {
            // as root every file is writable to the system: the file's own permissions say whether it is meant to be
            readOnly |= Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS).stream()
                    .noneMatch(p -> p.name().endsWith("_WRITE"));
        } catch (IOException | UnsupportedOperationException e) {
            // no POSIX permissions (Windows): isWritable has said it
        }
        return new StoreException(readOnly ? UserProblem.Code.TRAVEL_OVER_READ_ONLY : UserProblem.Code.TRAVEL_OVER_FILE,
                target);
    }

    /**
     * Writes a new travel copy at {@code out} (never over an existing file): the office's records in scope, as one
     * consistent moment of the office, and the point of its history that moment is.
     */
    public TakeResult take(Store office, String officeLocation, Path out, List<String> provinces,
                           boolean withoutSensitive) {
        Path target = out.toAbsolutePath().normalize();
        StoreFiles.refuseOutput(target, office.path());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw whyNotOver(target);
        }
        String officeIdentity = ledger.identity(office);
        removeLeftoversOfKilledTakes(target);
        // Named after this process: a take killed half-way (kill -9, a power cut) leaves it, and the next take of
        // the same name removes it once no process of that number runs.
        Path temp = target.resolveSibling(TAKING.formatted(target.getFileName(), ProcessHandle.current().pid(),
                java.util.UUID.randomUUID()));
        TakeResult result;
        try {
            if (provinces.isEmpty() && !withoutSensitive && WholeTake.possible(office)) {
                result = takeWhole(office, officeLocation, temp, target, officeIdentity);
            } else {
                result = takeTables(office, officeLocation, temp, target, officeIdentity, provinces, withoutSensitive);
            }
            // Only a finished copy ever has the name asked for, and only once it is on the disk; a file made there
            // meanwhile is not replaced.
            try (FileChannel file = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                file.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(UserProblem.Code.TRAVEL_CANNOT_WRITE, e, target, e.getMessage());
        } finally {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                try {
                    Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
                } catch (IOException ignored) {
                    // a leftover temporary file does not harm the copy
                }
            }
        }
        return result;
    }

    /** A take's file until it is finished: hidden, next to the copy, after the copy's name and the taking process. */
    private static final String TAKING = ".%s.taking-%d-%s";

    /**
     * A take cut off half-way leaves no file that looks like a store for long: its half-written file (a SQLite file
     * with the schema, under a hidden name) is removed by the next take of the same name when the process that wrote
     * it is gone. A take still running (its process alive) is left alone.
     */
    private static void removeLeftoversOfKilledTakes(Path target) {
        String prefix = "." + target.getFileName() + ".taking-";
        try (var siblings = Files.list(target.getParent())) {
            for (Path f : siblings.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                String rest = f.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue; // not a take's file of ours
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                    Files.deleteIfExists(f.resolveSibling(f.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            // a leftover that cannot be removed does not stop a new take (it is written under another name)
        }
    }

    /** The whole of an office that is a SQLite file: copied by SQLite in one statement, then made a copy. */
    private TakeResult takeWhole(Store office, String officeLocation, Path temp, Path target, String officeIdentity) {
        WholeTake whole = new WholeTake();
        whole.copy(office, temp);
        try (Store copy = Store.open(temp, false)) {
            copy.actingAs(office.actor());
            WholeTake.Copied c = whole.forgetOffice(copy);
            sync.recordOrigin(copy, withoutPassword(officeLocation), officeIdentity, c.officePoint(), List.of(), false);
            return new TakeResult(target, withoutPassword(officeLocation), c.meetings(), c.persons(), c.partners(),
                    c.sources(), c.sensitivities(), c.officePoint());
        }
    }

    /**
     * Some provinces, or without sensitive records, or an office on a server: the office's tables copied set-based
     * into a new SQLite store, then what the scope leaves out removed there ({@link TableTake}).
     */
    private TakeResult takeTables(Store office, String officeLocation, Path temp, Path target,
                                  String officeIdentity, List<String> provinces, boolean withoutSensitive) {
        WholeTake.Copied c = new TableTake().take(office, temp, new TableTake.Scope(provinces, withoutSensitive));
        try (Store copy = Store.open(temp, false)) {
            copy.actingAs(office.actor());
            sync.recordOrigin(copy, withoutPassword(officeLocation), officeIdentity, c.officePoint(), provinces,
                    withoutSensitive);
        }
        return new TakeResult(target, withoutPassword(officeLocation), c.meetings(), c.persons(), c.partners(),
                c.sources(), c.sensitivities(), c.officePoint());
    }

    /**
     * Sends the copy's changes to the office and takes the office's: first any sync an earlier attempt left
     * unfinished, then a new one when there is more to send. {@code officeLocation} null: the office it was taken from.
     */
    public SyncResult sync(Store copy, String officeLocation) {
        TravelLedger.Origin origin = origin(copy);
        try (Store office = opener.apply(officeLocation != null ? officeLocation : origin.officeLocation())) {
            office.actingAs(copy.actor());
            if (!ledger.identity(office).equals(origin.officeIdentity())) {
                throw new StoreException(UserProblem.Code.TRAVEL_OTHER_OFFICE,
                        origin.officeLocation());
            }
            return sync(copy, office);
        }
    }

    /** The same with the office already open. */
    public SyncResult sync(Store copy, Store office) {
        TravelSync.Pending first = sync.begin(copy);
        SyncResult done = once(copy, office, first);
        if (!first.resumed()) {
            return done;
        }
        SyncResult next = once(copy, office, sync.begin(copy));
        return new SyncResult(next.syncId(), done.sent() + next.sent(), done.received() + next.received(),
                done.deletedHere() + next.deletedHere(), next.conflicts(), true);
    }

    private SyncResult once(Store copy, Store office, TravelSync.Pending p) {
        TravelSync.OfficeResult atOffice = sync.applyAtOffice(office, copy, p);
        TravelSync.CopyResult here = sync.finishOnCopy(copy, office, p);
        return new SyncResult(p.syncId(), atOffice.sent(), here.received(), here.deleted(),
                ledger.conflicts(copy).size(), p.resumed());
    }

    public List<TravelLedger.Conflict> conflicts(Store copy) {
        origin(copy);
        return ledger.conflicts(copy);
    }

    public TravelLedger.Conflict resolve(Store copy, long conflictId, TravelLedger.Keep keep) {
        origin(copy);
        return ledger.resolve(copy, conflictId, keep);
    }

    /** The copy's status, or empty when the store is not a travel copy. */
    public Optional<Status> status(Store store) {
        return ledger.origin(store).map(o -> new Status(o.officeLocation(), o.takenAt(), o.lastSyncAt(),
                o.provinces(), o.withoutSensitive(), ledger.conflicts(store).size()));
    }

    private TravelLedger.Origin origin(Store copy) {
        return ledger.origin(copy).orElseThrow(() -> new StoreException(UserProblem.Code.TRAVEL_NOT_A_COPY, copy.path()));
    }

    /** A location as it may be written down: a server address without its password ("user:secret@" → "user@"). */
    static String withoutPassword(String location) {
        return location.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@]+):[^@/]*@", "$1@")
                .replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }
}

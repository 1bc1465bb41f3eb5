package vn.protocolbrief.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.store.RecordRows.Ref;

/**
 * A travel copy of a whole office that is a SQLite file, written by SQLite itself (VACUUM INTO) instead of record by
 * record: every record table, index and the search index copied page for page in one statement, then what the office
 * keeps for itself forgotten, so that the copy holds what the record-by-record take writes
 * (docs/decisions/0013-travel-copy.md; {@code WholeTakeTest} compares the two).
 */
public final class WholeTake {
    /**
     * The tables a store keeps about itself, not records: its history (the copy's starts with the take), the packs
     * rendered there, its travel ledger and its identity. (A confirmation that a post still holds is its person's,
     * V024: it travels with the person.) Every other table is a record's or reference data;
     * {@code WholeTakeTest} fails when a new table is neither listed here nor known to it as a record table.
     */
    static final List<String> OWN_TABLES = List.of("change_row", "change_record", "record_stamp", "change_log",
            "brief_record", "travel_conflict", "travel_sync", "travel_origin", "store_identity");

    /** The record kinds of the change log, by the table holding one row per record (as {@link RecordRows#refsOf}). */
    private static final Map<String, String> RECORD_TABLES = new java.util.LinkedHashMap<>();

    static {
        RECORD_TABLES.put("meeting", "meeting");
        RECORD_TABLES.put("source", "source");
        RECORD_TABLES.put("person", "person");
        RECORD_TABLES.put("partner", "partner");
        RECORD_TABLES.put("agreement", "agreement");
        RECORD_TABLES.put("aid", "aid_project");
        RECORD_TABLES.put("figure", "key_figure");
        RECORD_TABLES.put("link", "locality_link");
        RECORD_TABLES.put("sensitivity", "sensitivity");
        RECORD_TABLES.put("visit", "visit");
    }

    /** What the copy holds, and the point of the office's change log it is a copy of. */
    public record Copied(long officePoint, int meetings, int persons, int partners, int sources, int sensitivities) {
    }

    /** Whether this office can be copied whole: a SQLite file (a server's office goes record by record). */
    public static boolean possible(Store office) {
        return !office.onServer() && office.path() != null;
    }

    /** Copies the office into {@code target} (a new file) as one consistent moment of it. */
    public void copy(Store office, Path target) {
        // VACUUM INTO writes into an empty file that exists: made first, readable by its owner only, as every store
        // and export is (fc12: the whole-office copy came out world-readable under umask 022, sensitive meetings and
        // all).
        try {
            if (!java.nio.file.Files.exists(target)) {
                java.nio.file.Files.createFile(target, TempFiles.ownerOnly());
            }
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Problem.TRAVEL_COPY_WRITE, e, target, TempFiles.reason(e));
        }
        office.copyInto(target);
    }

    /**
     * In the freshly copied store: the office's own tables emptied, and the take logged as the copy's first change
     * (by {@code actor}, as the record-by-record take logs its import), in one transaction.
     */
    public Copied forgetOffice(Store copy) {
        return copy.write(h -> {
            long officePoint = RecordCopies.lastChange(h);
            for (String table : OWN_TABLES) {
                h.execute("DELETE FROM " + table);
            }
            return logTake(h, copy.actor(), officePoint, Set.of());
        });
    }

    /**
     * Logs a new copy's records as its first change (an import by {@code actor}, as the record-by-record take logs
     * its import) and counts what it holds; {@code givenPartners}: partners the copy holds only because every new
     * store is given them, not taken.
     */
    static Copied logTake(Handle h, Actor actor, long officePoint, Set<String> givenPartners) {
        List<Ref> refs = new ArrayList<>();
        RECORD_TABLES.forEach((kind, table) -> h.createQuery("SELECT id FROM " + table + " ORDER BY id")
                .mapTo(String.class).forEach(id -> {
                    if (!(kind.equals("partner") && givenPartners.contains(id))) {
                        refs.add(new Ref(kind, id));
                    }
                }));
        int meetings = count(h, "meeting");
        new ChangeLog(new RecordRows()).recordBulk(h, actor, "import", "import of " + meetings + " meetings", refs);
        // The partners every new store is given are not counted as taken (a province with no meetings takes none).
        int partners = (int) refs.stream().filter(r -> r.kind().equals("partner")).count();
        return new Copied(officePoint, meetings, count(h, "person"), partners, count(h, "source"),
                count(h, "sensitivity"));
    }

    private static int count(Handle h, String table) {
        return h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one();
    }
}

package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.travel.TravelService;

/**
 * A whole office that is a SQLite file is taken by SQLite's own copy (WholeTake): the copy must hold what the
 * record-by-record take writes (the office's export imported into a new store), and nothing the office keeps for
 * itself (its history, rendered packs, identity, travel ledger).
 */
class WholeTakeTest {
    /**
     * Every table a store has, besides {@link WholeTake#OWN_TABLES}: records and reference data, which a whole copy
     * carries. A new table must be added here or to OWN_TABLES (whether a copy takes it is a decision).
     */
    private static final Set<String> CARRIED = Set.of("agreement", "aid_project", "commitment", "commitment_followup",
            "english_rendering", "flyway_schema_history", "gift", "key_figure", "locality_link", "meeting",
            "meeting_review", "meeting_sensitive", "meeting_source", "participant", "partner", "partner_alias", "person",
            "position", "predecessor", "prefecture", "province", "province_alias", "request", "request_category",
            "request_category_link", "request_followup", "search_index", "search_row", "sensitivity", "source",
            "visit", "visit_person", "visit_point", "visit_programme", "vocabulary", "person_sensitive",
            "partner_sensitive", "request_sensitive", "visit_sensitive", "post_confirmation", "thanks");

    @TempDir
    Path dir;

    @Test
    void aWholeCopyHoldsWhatARecordByRecordTakeWritesAndNothingOfTheOfficesOwn() throws Exception {
        TravelService travel = new TravelService(location -> Store.open(Path.of(location), false));
        Path officeFile = dir.resolve("office.db");
        try (Store office = Store.open(officeFile, true)) {
            office.actingAs(Actor.named("Lan"));
            SyntheticStore.fill(office, 30, 90, 7);
            String request = office.read(h -> h.createQuery("SELECT id FROM request ORDER BY id LIMIT 1")
                    .mapTo(String.class).one());
            new RecordService(office).followUp(request, new FollowUp(PartialDate.of("2026-12-06"),
                    RequestStatus.IN_PROGRESS, "gặp lại ở Đà Nẵng", null));
            String meeting = office.read(h -> h.createQuery("SELECT id FROM meeting ORDER BY id LIMIT 1")
                    .mapTo(String.class).one());
            new vn.protocolbrief.service.SensitiveService(office).set("meeting", meeting, true);
            office.write(h -> h.execute("INSERT INTO brief_record (id, created_at, province_id, partner_id, lang,"
                    + " classification, snapshot, record_ids) SELECT 'b-1', '2026-12-06T10:00:00', province_id,"
                    + " partner_id, 'vi', 'MẬT', '{}', '[]' FROM meeting WHERE partner_id IS NOT NULL LIMIT 1"));
            // The office's index entries as the repositories write them (the synthetic filler writes shorter ones).
            office.write(h -> {
                SearchIndex.rebuild(h, new Repositories());
                return null;
            });
            long officePoint = office.read(RecordCopies::lastChange);
            String officeIdentity = new TravelLedger().identity(office);

            TravelService.TakeResult taken = travel.take(office, officeFile.toString(), dir.resolve("copy.db"),
                    List.of(), false);
            // Readable by its owner only, as the store and the record-by-record copy are (fc12: 644 under umask 022).
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        java.nio.file.Files.getPosixFilePermissions(dir.resolve("copy.db")))).isEqualTo("rw-------");
            }
            try (Store expected = Store.open(dir.resolve("expected.db"), false);
                 Store copy = Store.open(dir.resolve("copy.db"), false)) {
                expected.actingAs(Actor.named("Lan"));
                new ArchiveService(expected).importArchive(new ArchiveService(office).export());

                Set<String> tables = new HashSet<>(tables(copy));
                assertThat(tables).containsAll(WholeTake.OWN_TABLES);
                WholeTake.OWN_TABLES.forEach(tables::remove);
                assertThat(tables).as("tables neither carried nor the store's own").isEqualTo(CARRIED);
                for (String table : CARRIED) {
                    String query = table.equals("search_index")
                            ? "SELECT kind, ref_id, title, body, ftitle, fbody FROM search_index"
                            : table.equals("search_row") ? "SELECT kind, ref_id FROM search_row"
                            : table.equals("flyway_schema_history")
                            ? "SELECT version, description, checksum, success FROM flyway_schema_history"
                            : "SELECT * FROM " + table;
                    assertThat(difference(rows(copy, query), rows(expected, query))).as(table).isEmpty();
                }
                assertThat(rows(copy, "SELECT * FROM meeting_sensitive")).hasSize(1);
                int pointed = copy.read(h -> h.createQuery("SELECT count(*) FROM search_row"
                        + " JOIN search_index ON search_index.rowid = search_row.row"
                        + " AND search_index.ref_id = search_row.ref_id").mapTo(Integer.class).one());
                assertThat(pointed).isEqualTo(copy.read(h -> h.createQuery("SELECT count(*) FROM search_index")
                        .mapTo(Integer.class).one())).isPositive();
                assertThat(new HistoryService(copy).search("hop tac dao tao", 20))
                        .isEqualTo(new HistoryService(office).search("hop tac dao tao", 20)).isNotEmpty();

                // Who made each record, as the record-by-record take says it: the officer who took the copy.
                String stamps = "SELECT kind, ref_id, created_by, changed_by FROM record_stamp";
                assertThat(rows(copy, stamps)).isEqualTo(rows(expected, stamps)).isNotEmpty();
                assertThat(rows(copy, "SELECT action, actor FROM change_log"))
                        .containsExactly("{action=import, actor=Lan}");
                assertThat(rows(copy, "SELECT * FROM brief_record")).isEmpty();
                assertThat(new TravelLedger().identity(copy)).isNotEqualTo(officeIdentity);
                assertThat(taken.officePoint()).isEqualTo(officePoint).isPositive();
                assertThat(taken.meetings()).isEqualTo(office.read(h -> h.createQuery("SELECT count(*) FROM meeting")
                        .mapTo(Integer.class).one()));
                assertThat(new TravelLedger().origin(copy).orElseThrow().officePoint()).isEqualTo(officePoint);
            }
        }
    }

    /** The rows only one side holds, each cut short (index entries hold whole articles). */
    private static List<String> difference(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        a.stream().filter(r -> !b.contains(r)).forEach(r -> out.add("copy only: " + shortened(r)));
        b.stream().filter(r -> !a.contains(r)).forEach(r -> out.add("expected only: " + shortened(r)));
        return out;
    }

    private static String shortened(String row) {
        return row.length() > 300 ? row.substring(0, 150) + " … " + row.substring(row.length() - 150) : row;
    }

    private static List<String> tables(Store store) {
        return store.read(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'").mapTo(String.class).list());
    }

    @SuppressWarnings("unchecked")
    /** Every row of the query as text, sorted (row order and rowids are not part of what a copy must keep). */
    private static List<String> rows(Store store, String query) {
        List<String> out = new ArrayList<>(store.read(h -> h.createQuery(query).mapToMap()
                .map(r -> new TreeMap<String, Object>((Map<String, Object>) r)).map(Object::toString).list()));
        out.sort(null);
        return out;
    }
}

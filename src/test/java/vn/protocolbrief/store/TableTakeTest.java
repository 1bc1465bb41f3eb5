package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.travel.TakeScope;
import vn.protocolbrief.travel.TravelService;

/**
 * A take that is not SQLite's whole copy (some provinces, without sensitive records, an office on a server) copies the
 * office's tables set-based and removes what the scope leaves out by SQL ({@code TableTake}); it must hold exactly
 * what the record-by-record take holds: the office's export, scoped by {@link TakeScope}, imported into a new store.
 * The office is a SQLite file here and a PostgreSQL server in {@link TableTakeOnPostgresTest}.
 */
class TableTakeTest {
    /** The tables a store keeps about itself; a copy starts its own. */
    private static final Set<String> OWN = Set.of("change_row", "change_record", "record_stamp", "change_log",
            "brief_record", "travel_conflict", "travel_sync", "travel_origin", "store_identity");

    @TempDir
    Path dir;

    String officeLocation() {
        return dir.resolve("office.db").toString();
    }

    @Test
    void everyScopeHoldsWhatTheRecordByRecordTakeHolds() {
        String location = officeLocation();
        try (Store office = Store.open(location, true)) {
            office.actingAs(Actor.named("Lan"));
            SyntheticStore.fill(office, 40, 120, 11);
            List<String> demoMeetings = office.read(h -> h.createQuery("SELECT m.id FROM meeting m WHERE EXISTS"
                    + " (SELECT 1 FROM meeting_source s WHERE s.meeting_id = m.id) ORDER BY m.id")
                    .mapTo(String.class).list());
            assertThat(demoMeetings).hasSizeGreaterThan(2);
            new vn.protocolbrief.service.SensitiveService(office).set("meeting", demoMeetings.get(0), true);
            new vn.protocolbrief.service.SensitiveService(office).set("meeting", demoMeetings.get(demoMeetings.size() - 1), true);
            // The office's index entries as the repositories write them (the synthetic filler writes shorter ones).
            office.write(h -> {
                SearchIndex.rebuild(h, new Repositories());
                return null;
            });
            List<String> provinces = office.read(h -> h.createQuery("SELECT DISTINCT province_id FROM meeting m"
                    + " WHERE EXISTS (SELECT 1 FROM meeting_source s WHERE s.meeting_id = m.id) ORDER BY 1")
                    .mapTo(String.class).list());
            assertThat(provinces).hasSizeGreaterThan(1);
            TravelService travel = new TravelService(Store::open);

            int n = 0;
            for (List<String> scope : List.of(List.<String>of(), List.of(provinces.get(0)),
                    List.of(provinces.get(0), provinces.get(provinces.size() - 1)))) {
                for (boolean withoutSensitive : List.of(false, true)) {
                    Path copy = dir.resolve("copy" + (++n) + ".db");
                    travel.take(office, location, copy, scope, withoutSensitive);
                    Path expected = dir.resolve("expected" + n + ".db");
                    try (Store want = Store.open(expected, false)) {
                        want.actingAs(Actor.named("Lan"));
                        Archive part = new TakeScope(scope, withoutSensitive).filter(new TravelSync().take(office)
                                .archive());
                        new ArchiveService(want).importArchive(part);
                    }
                    assertSameRecords(copy, expected, scope + (withoutSensitive ? " without sensitive" : ""));
                }
            }
        }
    }

    /** A province with no meetings takes no partner: the partners every new store is given are not counted as taken. */
    @Test
    void aProvinceWithNoMeetingsTakesNoPartner() {
        String location = officeLocation();
        try (Store office = Store.open(location, true)) {
            var taken = new TravelService(Store::open).take(office, location, dir.resolve("none.db"), List.of("lai-chau"),
                    false);
            assertThat(taken.meetings()).isZero();
            assertThat(taken.partners()).isZero();
        }
    }

    /** Rows read in the order they were written stay in that order in a copy, whatever the office updated since. */
    @Test
    void aCopyKeepsTheOrderRenderingsWereWrittenIn() {
        String location = officeLocation();
        String order = "SELECT kind || '/' || record_id || '/' || note FROM english_rendering ORDER BY rowid";
        try (Store office = Store.open(location, true)) {
            office.actingAs(Actor.named("Lan"));
            // An update moves a row to the end of a PostgreSQL table's heap; its rowid (the order written) stays.
            office.write(h -> h.execute("UPDATE english_rendering SET text = text || ' ' WHERE rowid ="
                    + " (SELECT min(rowid) FROM english_rendering)"));
            List<String> written = office.read(h -> h.createQuery(order).mapTo(String.class).list());
            assertThat(written).hasSizeGreaterThan(2);
            Path copy = dir.resolve("ordered.db");
            new TravelService(Store::open).take(office, location, copy, List.of(), false);
            try (Store taken = Store.open(copy, false)) {
                List<String> copied = taken.read(h -> h.createQuery(order).mapTo(String.class).list());
                assertThat(copied).isEqualTo(written);
            }
        }
    }

    private static void assertSameRecords(Path copyFile, Path expectedFile, String scope) {
        try (Store copy = Store.open(copyFile, false); Store expected = Store.open(expectedFile, false)) {
            List<String> tables = copy.read(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name")
                    .mapTo(String.class).list());
            int compared = 0;
            for (String table : tables) {
                if (OWN.contains(table)) {
                    continue;
                }
                String query = table.equals("search_index")
                        ? "SELECT kind, ref_id, title, body, ftitle, fbody FROM search_index"
                        : table.equals("search_row") ? "SELECT kind, ref_id FROM search_row"
                        : table.equals("flyway_schema_history")
                        ? "SELECT version, description, checksum, success FROM flyway_schema_history"
                        : "SELECT * FROM " + table;
                List<String> got = rows(copy, query);
                List<String> want = rows(expected, query);
                assertThat(got).as(scope + ": " + table).isEqualTo(want);
                compared += got.size();
            }
            assertThat(compared).isPositive();
            String stamps = "SELECT kind, ref_id, created_by, changed_by FROM record_stamp";
            assertThat(rows(copy, stamps)).as(scope + ": record_stamp").isEqualTo(rows(expected, stamps));
            assertThat(rows(copy, "SELECT action, actor FROM change_log")).containsExactly("{action=import, actor=Lan}");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows(Store store, String query) {
        List<String> out = new ArrayList<>(store.read(h -> h.createQuery(query).mapToMap()
                .map(r -> new TreeMap<String, Object>((Map<String, Object>) r)).map(TableTakeTest::shortened).list()));
        out.sort(null);
        return out;
    }

    private static String shortened(Object row) {
        String s = row.toString();
        return s.length() > 400 ? s.substring(0, 200) + " … " + s.hashCode() : s;
    }
}

package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * A travel copy written in batches holds the office's meetings row for row and the same search index entries as
 * one written record by record (the office's own, made by the repositories), and finds the same hits.
 */
class BulkTakeTest {
    private static final List<String> MEETING_TABLES = List.of("meeting", "meeting_source", "participant", "request",
            "request_category_link", "request_followup", "gift");

    @TempDir
    Path dir;

    @Test
    void aCopyHoldsTheOfficesMeetingRowsAndIndexEntries() {
        TravelService travel = new TravelService(location -> Store.open(Path.of(location), false));
        Path officeFile = dir.resolve("office.db");
        try (Store office = Store.open(officeFile, true)) {
            office.actingAs(Actor.named("Lan"));
            SyntheticStore.fill(office, 30, 90, 7);
            RecordService records = new RecordService(office);
            String request = office.read(h -> h.createQuery("SELECT id FROM request ORDER BY id LIMIT 1")
                    .mapTo(String.class).one());
            records.followUp(request, new FollowUp(PartialDate.of("2026-12-06"), RequestStatus.IN_PROGRESS,
                    "gặp lại ở Đà Nẵng", null));
            // The office's index entries as the repositories write them, one record at a time.
            office.write(h -> {
                SearchIndex.rebuild(h, new Repositories());
                return null;
            });
            travel.take(office, officeFile.toString(), dir.resolve("copy.db"), List.of(), false);
            try (Store copy = Store.open(dir.resolve("copy.db"), false)) {
                for (String table : MEETING_TABLES) {
                    assertThat(rows(copy, "SELECT * FROM " + table)).as(table)
                            .isEqualTo(rows(office, "SELECT * FROM " + table)).isNotEmpty();
                }
                String index = "SELECT kind, ref_id, title, body, ftitle, fbody FROM search_index";
                assertThat(rows(copy, index)).isEqualTo(rows(office, index));
                int pointed = copy.read(h -> h.createQuery("SELECT count(*) FROM search_row"
                        + " JOIN search_index ON search_index.rowid = search_row.row"
                        + " AND search_index.ref_id = search_row.ref_id").mapTo(Integer.class).one());
                int entries = office.read(h -> h.createQuery("SELECT count(*) FROM search_index").mapTo(Integer.class)
                        .one());
                assertThat(pointed).isEqualTo(entries);
                assertThat(new HistoryService(copy).search("hop tac dao tao", 20))
                        .isEqualTo(new HistoryService(office).search("hop tac dao tao", 20)).isNotEmpty();
            }
        }
    }

    @SuppressWarnings("unchecked")
    /** Every row of the query as text, sorted (row order and rowids are not part of what a copy must keep). */
    private static List<String> rows(Store store, String query) {
        return store.read(h -> h.createQuery(query).mapToMap().map(r -> new TreeMap<String, Object>(
                (Map<String, Object>) r)).map(Object::toString).list()).stream().sorted().toList();
    }
}

package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.service.HistoryService;

/**
 * Issue 20: search on an office store (PostgreSQL) answers as on a laptop's SQLite file — the same hits in the same
 * order with the same bm25 ranks — for the same records (random ones with awkward text, plus the demo).
 */
class SearchAlikeTest {
    private static final List<String> QUERIES = List.of("ha noi", "ha", "nhat ban", "nhat", "dang xuan phong", "dang",
            "osaka", "100", "quoted", "d", "x", "dsq", "alias 1", "alias", "伊藤", "emoji", "hokkaido", "ashikaga",
            "trong dong", "buoi doan hung", "dai su", "spaced", "line break", "e", "tab here", "ngai");

    @TempDir
    Path dir;

    @Test
    void theSameRecordsGiveTheSameHitsInTheSameOrder() {
        try (Store laptop = Store.open(dir.resolve("laptop.db"));
             Store office = Store.open(EmbeddedOffice.server().freshDatabase("SearchAlikeTest"))) {
            RandomRecords.add(laptop, new Random(20), 40);
            RandomRecords.add(office, new Random(20), 40);
            HistoryService a = new HistoryService(laptop);
            HistoryService b = new HistoryService(office);
            int compared = 0;
            for (String q : QUERIES) {
                List<SearchIndex.Hit> expected = a.search(q, 20);
                List<SearchIndex.Hit> actual = b.search(q, 20);
                assertThat(actual.stream().map(h -> h.kind() + " " + h.refId() + " | " + h.title() + " | " + h.snippet())
                        .toList()).as(q).isEqualTo(expected.stream()
                        .map(h -> h.kind() + " " + h.refId() + " | " + h.title() + " | " + h.snippet()).toList());
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(actual.get(i).rank()).as(q + " rank " + i)
                            .isCloseTo(expected.get(i).rank(), within(1e-9 + Math.abs(expected.get(i).rank()) * 1e-9));
                }
                compared += expected.size();
            }
            assertThat(compared).as("hits compared").isGreaterThan(100);
        }
    }
}

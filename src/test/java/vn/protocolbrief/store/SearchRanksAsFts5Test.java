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
 * Issue 20: on SQLite a search ranks its candidates in Java from FTS5's own counts, kept between searches while the
 * index is unchanged (Fts5WordCounts), instead of FTS5's bm25() counting every word's rows again. Its answers must be
 * FTS5's own: the same hits in the same order with the same ranks, before and after writes change the counts.
 */
class SearchRanksAsFts5Test {
    private static final List<String> QUERIES = List.of("ha noi", "ha", "nhat ban", "nhat", "dang xuan phong", "dang",
            "osaka", "100", "quoted", "d", "x", "dsq", "alias 1", "alias", "emoji", "trong dong", "spaced",
            "line break", "e", "tab here", "ngai", "phu tho", "hokkaido");

    @TempDir
    Path dir;

    @Test
    void keptCountsRankAsFts5sBm25BeforeAndAfterWrites() {
        try (Store store = Store.open(dir.resolve("ranks.db"))) {
            RandomRecords.add(store, new Random(20), 30);
            assertThat(compared(store)).as("hits compared").isGreaterThan(100);
            assertThat(store.fts5WordCounts().kept()).as("words counted by the kept counts").isGreaterThan(10);
            // New rows change every word's count and the index's totals: stale counts would rank differently.
            RandomRecords.add(store, new Random(21), 30);
            assertThat(compared(store)).isGreaterThan(100);
        }
    }

    private static int compared(Store store) {
        return compared(store, QUERIES);
    }

    /**
     * Compares each query's hits through the store's kept counts with FTS5's bm25() and its prefix query; returns the
     * hits compared.
     */
    static int compared(Store store, List<String> queries) {
        HistoryService history = new HistoryService(store);
        int compared = 0;
        for (String q : queries) {
            List<SearchIndex.Hit> viaKeptCounts = history.search(q, 20);
            List<SearchIndex.Hit> viaBm25 = store.snapshot(h -> new SearchIndex().search(h, q, 20));
            assertThat(viaKeptCounts.stream().map(h -> h.kind() + " " + h.refId() + " | " + h.snippet()).toList())
                    .as(q).isEqualTo(viaBm25.stream().map(h -> h.kind() + " " + h.refId() + " | " + h.snippet()).toList());
            for (int i = 0; i < viaBm25.size(); i++) {
                double expected = viaBm25.get(i).rank();
                assertThat(viaKeptCounts.get(i).rank()).as(q + " rank " + i)
                        .isCloseTo(expected, within(1e-9 + Math.abs(expected) * 1e-9));
            }
            compared += viaBm25.size();
        }
        return compared;
    }
}

package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.service.HistoryService;

/**
 * ADR 0021: a search ranks the newest 300 matches, on a laptop's file and on an office's server alike. An old record
 * that would rank first is found while at most 300 records match, and no longer once a 301st newer one matches; the
 * hits, their order and their ranks are pinned, so that any change to what is ranked, or how, fails here.
 */
class SearchRanksNewestMatchesTest {
    private static final String QUERY = "cang bien";

    @TempDir
    Path dir;

    @Test
    void theNewest300MatchesAreRankedOnBothStores() {
        try (Store laptop = Store.open(dir.resolve("laptop.db"));
             Store office = Store.open(EmbeddedOffice.server().freshDatabase("SearchRanksNewestMatchesTest"))) {
            for (Store store : List.of(laptop, office)) {
                // Records without the words, so that they are rarer than in half the rows (their idf then counts).
                index(store, 1000, 400, i -> "Hội nghị " + i, i -> "Trao đổi về giáo dục số " + i + ".");
                // The oldest record holds the words in its title: ten times a body's weight, it ranks first.
                index(store, 0, 1, i -> "Cảng biển Cảng biển", i -> "Hợp tác cảng biển.");
                index(store, 1, 299, i -> "Tin số " + i, i -> "Hai bên bàn về cảng biển và những việc khác số " + i + ".");
            }
            // FTS5's bm25 (SearchRanksAsFts5Test holds the Java ranking to it): the old record's title first, then
            // the others' equal ranks, newest first. The figures themselves move with the reference rows every store
            // holds (their count is in the idf), so the laptop's are read and the office must give the same.
            double first = rank(laptop, 0);
            double others = rank(laptop, 1);
            assertThat(first).isLessThan(others);
            List<String> expected = new java.util.ArrayList<>(List.of("s0 " + String.format(java.util.Locale.ROOT, "%.6f", first)));
            for (int i = 299; i > 280; i--) {
                expected.add("s" + i + " " + String.format(java.util.Locale.ROOT, "%.6f", others));
            }
            assertThat(hits(laptop)).as("300 matches: the old record is ranked").isEqualTo(expected);
            assertThat(hits(office)).as("the office answers as the laptop").isEqualTo(expected);
            assertThat(rank(office, 0)).isCloseTo(first, within(1e-9));
            assertThat(rank(office, 1)).isCloseTo(others, within(1e-9));

            for (Store store : List.of(laptop, office)) {
                index(store, 300, 1, i -> "Tin số " + i, i -> "Hai bên bàn về cảng biển và những việc khác số " + i + ".");
            }
            List<String> after = hits(laptop);
            assertThat(after).as("301 matches: the oldest is no longer among the newest 300").hasSize(20)
                    .noneMatch(h -> h.startsWith("s0 "));
            assertThat(after.get(0)).startsWith("s300 ");
            assertThat(hits(office)).as("the office answers as the laptop").isEqualTo(after);
        }
    }

    private static void index(Store store, int from, int count, Function<Integer, String> title,
                              Function<Integer, String> body) {
        store.write(h -> {
            for (int i = from; i < from + count; i++) {
                new SearchIndex().index(h, SearchIndex.Kind.SOURCE, (i >= 1000 ? "f" : "s") + i, title.apply(i), body.apply(i));
            }
            return null;
        });
    }

    /** Each hit as "ref rank" (the rank to six decimals, enough to tell the old record's from the others'). */
    private static List<String> hits(Store store) {
        return new HistoryService(store).search(QUERY, 20).stream()
                .map(h -> h.refId() + " " + String.format(java.util.Locale.ROOT, "%.6f", h.rank())).toList();
    }

    private static double rank(Store store, int hit) {
        return new HistoryService(store).search(QUERY, 20).get(hit).rank();
    }
}

package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: on PostgreSQL a search expecting fewer than a thousand matches in the window finds them through the banded
 * index (V026: each row's words tagged with its band of 8,192 rowids), band by band, newest first, stopping at the
 * newest it ranks, instead of walking the rowids backwards. The rows found must be those the plain lookup finds, for
 * windows that start and end anywhere in a band or across band boundaries, and where the ranked count is reached
 * inside a band; the answers of the two stores stay compared by SearchAlikeTest,
 * SearchOnPostgresTest and SearchRanksNewestMatchesTest.
 */
class SearchBandedIndexTest {
    private static final String[] TEXTS = {
        "Hợp tác đào tạo nhân lực ngành cảng biển",
        "Đào tạo nhân lực y tế và đào tạo lại",
        "Hội nghị xúc tiến du lịch văn hóa",
        "Du lịch văn hoá Hội An, đào tạo hướng dẫn viên",
        "Nhân lực cho cảng biển, đào tạo tại Nhật Bản",
        "Tạo việc làm; nhân lực lao động",
    };
    private static final List<List<String>> QUERIES = List.of(List.of("dao", "tao", "nhan", "luc"),
            List.of("dao", "tao", "nhan", "l"), List.of("du", "lich", "van", "hoa"), List.of("cang"),
            List.of("nhan", "luc"), List.of("hoi"), List.of("tao"), List.of("zzz"), List.of("dao", "zzz"));

    @Test
    void theBandedLookupFindsWhatThePlainLookupFindsAcrossBands() {
        try (Store office = Store.open(EmbeddedOffice.server().freshDatabase("SearchBandedIndexTest"))) {
            // Rows on both sides of the first two band boundaries (8,192 and 16,384), and far above them.
            index(office, 8_180, 30);
            index(office, 16_370, 30);
            index(office, 40_000, 12);
            PostgresSearch engine = new PostgresSearch();
            int compared = 0;
            for (long window : new long[]{3, 11, 12, 13, 25, 24_000, 31_631, 31_632, 31_640, 40_000}) {
                for (List<String> words : QUERIES) {
                    List<Long> plain = office.read(h -> h.createQuery("SELECT rowid FROM search_index WHERE terms @@ "
                                    + "CAST(:q AS tsquery) AND rowid > (SELECT max(rowid) FROM search_index) - :w"
                                    + " ORDER BY rowid DESC LIMIT " + SearchIndex.RANKED_CANDIDATES)
                            .bind("q", PostgresSearch.query(words)).bind("w", window).mapTo(Long.class).list());
                    // The last word's prefix looked up with the others (much rarer than they), and checked on the rows.
                    for (long lastRows : new long[]{1, 1_000_000}) {
                        long[][] counts = {new long[words.size()], new long[words.size()]};
                        java.util.Arrays.fill(counts[0], 1_000);
                        java.util.Arrays.fill(counts[1], 1_000);
                        counts[1][words.size() - 1] = lastRows;
                        List<Long> banded = office.read(h -> {
                            long newest = h.createQuery("SELECT max(rowid) FROM search_index").mapTo(Long.class).one();
                            return h.createQuery(PostgresSearch.bandWalk("rowid", words, counts, newest - window, newest))
                                    .mapTo(Long.class).list();
                        });
                        assertThat(banded).as("%s in the newest %d rowids (%d)", words, window, lastRows)
                                .isEqualTo(plain);
                    }
                    // As a search asks (the banded index where few matches are expected: here the narrow windows).
                    List<Long> asked = office.read(h -> engine.candidates(h, words, window, null).rows().stream()
                            .map(SearchIndex.Candidate::rowid).toList());
                    assertThat(asked).as("%s searched in the newest %d rowids", words, window).isEqualTo(plain);
                    compared += plain.size();
                }
            }
            assertThat(compared).as("the windows hold matches").isGreaterThan(200);
        }
    }

    @Test
    void theBandWalkStopsInsideABandAtTheNewestRankedMatches() {
        // 400 rows across the boundary of bands 0 and 1 (8,192), 208 of them in band 1: 'tao' is in every row and
        // 'nhan luc' in five of six, so the LIMIT falls inside band 0, after all of band 1's; 'du lich van h' in half.
        try (Store office = Store.open(EmbeddedOffice.server().freshDatabase("SearchBandWalkStopsTest"))) {
            index(office, 8_000, 400);
            for (List<String> words : List.of(List.of("tao"), List.of("nhan", "luc"), List.of("du", "lich", "van", "h"))) {
                for (long window : new long[]{400, 250, 100}) {
                    List<Long> plain = office.read(h -> h.createQuery("SELECT rowid FROM search_index WHERE terms @@ "
                                    + "CAST(:q AS tsquery) AND rowid > 8399 - :w ORDER BY rowid DESC LIMIT "
                                    + SearchIndex.RANKED_CANDIDATES)
                            .bind("q", PostgresSearch.query(words)).bind("w", window).mapTo(Long.class).list());
                    long[][] counts = {new long[words.size()], new long[words.size()]};
                    List<Long> walked = office.read(h -> h.createQuery(PostgresSearch.bandWalk("rowid", words, counts,
                            8_399 - window, 8_399)).mapTo(Long.class).list());
                    assertThat(walked).as("%s in the newest %d rowids", words, window).isEqualTo(plain);
                }
            }
            List<Long> tao = office.read(h -> h.createQuery(PostgresSearch.bandWalk("rowid", List.of("tao"),
                    new long[][]{{0}, {0}}, 7_999, 8_399)).mapTo(Long.class).list());
            assertThat(tao).as("the ranked count, from both bands").hasSize(SearchIndex.RANKED_CANDIDATES)
                    .contains(8_399L, 8_192L, 8_191L).doesNotContain(8_099L);
        }
    }

    @Test
    void fewMatchesExpectedInTheWindowTakeTheBandsManyTheRowidWalk() {
        // The synthetic office's counts (300,060 rows): four words in a sixth of the rows each, about 95 of the newest
        // 50,000 rows expected; three words, 429; a single word in a sixth of the rows, 8,300; two words, 2,564.
        long[][] fourWords = {{50_529, 122_552, 49_869, 49_860}, {50_529, 122_552, 49_869, 49_860}};
        assertThat(PostgresSearch.walkBands(fourWords, 300_060, 50_000)).isTrue();
        long[][] threeWords = {{89_726, 50_927, 50_716}, {89_726, 50_927, 50_716}};
        assertThat(PostgresSearch.walkBands(threeWords, 300_060, 50_000)).isTrue();
        assertThat(PostgresSearch.walkBands(new long[][]{{0}, {49_860}}, 300_060, 50_000)).isFalse();
        assertThat(PostgresSearch.walkBands(new long[][]{{51_159, 0}, {51_159, 90_246}}, 300_060, 50_000)).isFalse();
        assertThat(PostgresSearch.walkBands(new long[][]{{0}, {120}}, 300_060, 50_000)).isTrue();
        assertThat(PostgresSearch.walkBands(new long[][]{{0}, {0}}, 0, 0)).as("an empty index").isFalse();
    }

    @Test
    void theStatementAsksForEveryBandTheWindowTouchesNewestFirst() {
        long[][] counts = {{50_529, 122_552, 49_869, 49_860}, {50_529, 122_552, 49_869, 49_860}};
        String walk = PostgresSearch.bandWalk("rowid", List.of("dao", "tao", "nhan", "luc"), counts, 16_383, 24_600);
        // Rowids 16,384–24,600: bands 3 then 2 (16,384–24,575); the prefix, as common as the words, checked on the rows.
        assertThat(walk).isEqualTo("SELECT m.* FROM unnest(CAST(ARRAY['''3/dao'' & ''3/tao'' & ''3/nhan''',"
                + " '''2/dao'' & ''2/tao'' & ''2/nhan'''] AS tsquery[])) WITH ORDINALITY AS band(words, i) CROSS JOIN"
                + " LATERAL (SELECT rowid FROM search_index WHERE search_index_banded_terms(rowid, terms) @@ band.words"
                + " AND ts_match_vq(terms, CAST('''dao'' & ''tao'' & ''nhan'' & ''luc'':*' AS tsquery)) AND rowid + 0"
                + " > 16383 AND rowid + 0 <= 24600 ORDER BY rowid + 0 DESC) m ORDER BY band.i LIMIT 300");
        assertThat(PostgresSearch.bandWalk("rowid", List.of("hokk"), new long[][]{{0}, {40}}, 8_191, 8_192))
                .as("a rare prefix is looked up, tagged")
                .startsWith("SELECT m.* FROM unnest(CAST(ARRAY['''1/hokk'':*'] AS tsquery[]))");
    }

    /** {@code count} index rows from rowid {@code from} on, their texts taken in turn. */
    private static void index(Store store, long from, int count) {
        store.write(h -> {
            h.execute("ALTER TABLE search_index ALTER COLUMN rowid RESTART WITH " + from);
            List<String> refs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String ref = "b" + from + "-" + i;
                new SearchIndex().index(h, SearchIndex.Kind.SOURCE, ref, TEXTS[i % TEXTS.length],
                        "Ghi chú " + TEXTS[(i + 1) % TEXTS.length]);
                refs.add(ref);
            }
            return refs;
        });
    }
}

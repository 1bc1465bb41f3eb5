package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: on an office store bm25's idf reads, for each word, how many index rows hold it and how many hold a word
 * beginning with it, from counts the server keeps (V018). They must equal what the GIN index counts, row by row, after
 * a bulk load (one statement per thousand rows, audit triggers off), single records, re-indexed and removed ones.
 */
class SearchWordCountsTest {
    @Test
    void theKeptCountsEqualTheRowsTheIndexFinds() {
        try (Store store = Store.open(EmbeddedOffice.server().freshDatabase("SearchWordCountsTest"))) {
            SyntheticStore.fill(store, 60, 240, 3);
            RandomRecords.add(store, new Random(5), 8);
            Repositories repos = new Repositories();
            store.write(h -> {
                repos.search().remove(h, SearchIndex.Kind.MEETING, "syn-m-3");
                repos.search().remove(h, SearchIndex.Kind.REQUEST, "syn-m-4-r0");
                repos.search().index(h, SearchIndex.Kind.MEETING, "syn-m-5", "Hợp tác hữu nghị hữu nghị",
                        "hợp tác đầu tư, Hokkaido và Hoà Bình");
                repos.search().index(h, SearchIndex.Kind.MEETING, "syn-m-6", "Zyzzyva", "một từ không ai khác có");
                return null;
            });
            store.write(h -> {
                repos.search().index(h, SearchIndex.Kind.MEETING, "syn-m-5", "Hợp tác hữu nghị hữu nghị",
                        "hợp tác đầu tư, Hokkaido và Hoà Bình"); // unchanged: kept as it is
                repos.search().remove(h, SearchIndex.Kind.MEETING, "syn-m-6");
                return null;
            });
            store.read(h -> {
                List<String> words = h.createQuery("SELECT word FROM search_index_words ORDER BY word")
                        .mapTo(String.class).list();
                List<String> lexemes = h.createQuery("SELECT DISTINCT t.lexeme FROM search_index s,"
                        + " unnest(s.terms) AS t ORDER BY 1").mapTo(String.class).list();
                assertThat(words).as("every word of the index has its counts").containsAll(lexemes);
                assertThat(words.size()).as("words and prefixes counted").isGreaterThan(lexemes.size());
                assertThat(words).as("a word no row holds any more, and its own prefixes, are gone")
                        .doesNotContain("zyzzyva", "zyz");
                assertThat(h.createQuery("SELECT count(*) FROM search_index_words WHERE prefix_rows <= 0")
                        .mapTo(Long.class).one()).isZero();
                for (String w : words) {
                    long exact = count(h, PostgresSearch.term(w, false));
                    long prefix = count(h, PostgresSearch.term(w, true));
                    assertThat(h.createQuery("SELECT exact_rows || ' ' || prefix_rows FROM search_index_words"
                            + " WHERE word = ?").bind(0, w).mapTo(String.class).one()).as(w)
                            .isEqualTo(exact + " " + prefix);
                }
                assertThat(h.createQuery("SELECT row_count || ' ' || word_count FROM search_stats").mapTo(String.class)
                        .one()).as("the index's totals, kept while the synthetic load had the audit triggers off")
                        .isEqualTo(h.createQuery("SELECT count(*) || ' ' || sum(ntokens) FROM search_index")
                                .mapTo(String.class).one());
                return null;
            });
        }
    }

    private static long count(org.jdbi.v3.core.Handle h, String tsquery) {
        return h.createQuery("SELECT count(*) FROM search_index WHERE terms @@ CAST(? AS tsquery)").bind(0, tsquery)
                .mapTo(Long.class).one();
    }
}

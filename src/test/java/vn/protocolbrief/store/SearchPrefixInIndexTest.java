package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: on PostgreSQL a search's last word, a prefix, is looked up in the GIN index with the other words only when
 * it is several times rarer than every one of them; otherwise the index intersects the whole words and the prefix is
 * checked on the rows they give (the same rows: SearchAlikeTest and SearchOnPostgresTest hold the answers).
 */
class SearchPrefixInIndexTest {
    private static final List<String> WORDS = List.of("dao", "tao", "nhan", "luc");

    @Test
    void aPrefixAboutAsCommonAsTheRarestWordIsCheckedOnTheRowsTheWordsGive() {
        // 'luc':* in 49,860 rows, 'nhan' in 49,869: gathering the prefix's rows cost the index twice the search.
        String where = PostgresSearch.matching(WORDS, counts(49_860));
        assertThat(where).startsWith("terms @@ CAST('''dao'' & ''tao'' & ''nhan''' AS tsquery)")
                .contains("ts_match_vq(terms, CAST('''dao'' & ''tao'' & ''nhan'' & ''luc'':*' AS tsquery))");
    }

    @Test
    void aMuchRarerPrefixIsLookedUpInTheIndex() {
        assertThat(PostgresSearch.matching(WORDS, counts(1_200)))
                .isEqualTo("terms @@ CAST('''dao'' & ''tao'' & ''nhan'' & ''luc'':*' AS tsquery)");
        assertThat(PostgresSearch.matching(List.of("luc"), new long[][]{{49_860}, {49_860}}))
                .as("a single word").isEqualTo("terms @@ CAST('''luc'':*' AS tsquery)");
    }

    /** The rows holding each word (exact) and each word's beginning (prefix), the last's prefix as given. */
    private static long[][] counts(long lastPrefixRows) {
        return new long[][]{{50_529, 122_552, 49_869, 49_860}, {50_529, 122_552, 49_869, lastPrefixRows}};
    }
}

package vn.protocolbrief.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** bm25's term counts on PostgreSQL, counted in place, equal those of the text cut into FTS5's tokens. */
class SearchWordCountTest {
    private static double[] byTokens(String folded, List<String> words) {
        List<String> tokens = PostgresSearch.tokens(folded);
        double[] out = new double[words.size()];
        for (int w = 0; w < words.size(); w++) {
            for (String t : tokens) {
                boolean last = w == words.size() - 1;
                if (last ? t.startsWith(words.get(w)) : t.equals(words.get(w))) {
                    out[w]++;
                }
            }
        }
        return out;
    }

    private static double[] inPlace(String folded, List<String> words) {
        double[] out = new double[words.size()];
        PostgresSearch.countWords(folded, words, out, 1.0);
        return out;
    }

    @Test
    void countsEqualThoseOfTheTokens() {
        List<String> texts = List.of("", "so so song soan, so-so!", "chuyen doi so; chuyendoi so1 so",
                "ha noi 2024 ha2024 noi", "dao tao nhan luc dao", "\uD835\uDC00so so\uD835\uDC00 so",
                "ocop\u00A0ocop\u3000ocopx", "tokyo 東京 so", "so", "xso so_so s o", "...so...", "sosososo so",
                "so so so", "o o oo", "2so so2 so");
        List<List<String>> queries = List.of(List.of("so"), List.of("chuyen", "doi", "so"), List.of("ha", "noi"),
                List.of("dao", "d"), List.of("ocop"), List.of("so", "so"), List.of("東京"), List.of("x"),
                List.of("o"), List.of("so so"), List.of("so-"), List.of(""), List.of("\uD835\uDC00so"));
        for (String text : texts) {
            for (List<String> words : queries) {
                assertArrayEquals(byTokens(text, words), inPlace(text, words), text + " / " + words);
            }
        }
    }

    @Test
    void weightsAdd() {
        double[] freqs = new double[1];
        PostgresSearch.countWords("so so", List.of("so"), freqs, 10.0);
        PostgresSearch.countWords("so", List.of("so"), freqs, 1.0);
        assertArrayEquals(new double[]{21.0}, freqs);
    }
}

package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: on SQLite a search's last word longer than FTS5's prefix index (three letters) is asked for as the words of
 * the index it begins, named ({@code ("nguoi" OR "nguon")}), instead of as a prefix, which FTS5 answers by merging
 * every such word's whole list first. The same rows must match and rank the same: the answers are held to FTS5's own
 * prefix query and bm25(), before and after a write adds a word the prefix begins.
 */
class SearchNamesLongPrefixesTest {
    private static final List<String> QUERIES = List.of("nguo", "nguoi", "nguon", "nguy", "nguyen", "ngu", "ng",
            "nguoiz", "tai nguo", "nguon nguo", "dao tao ngu", "bien", "cang bie", "tuv1", "tuv12", "tuv123");

    @TempDir
    Path dir;

    @Test
    void aLongLastWordIsAskedByTheWordsItBeginsWithFts5sAnswers() {
        try (Store store = Store.open(dir.resolve("prefixes.db"))) {
            String[] bodies = {"Nguồn nhân lực và đào tạo người lao động.", "Ông Nguyễn Văn A tiếp đoàn.",
                    "Tài nguyên nước, nguồn vốn và ngưỡng an toàn.", "Người dân vùng biển, cảng biển Hải Phòng.",
                    "Đào tạo nguồn nhân lực chất lượng cao."};
            index(store, 0, 60, bodies);
            // Forty words beginning with "tuv1": too many to name, the prefix query answers.
            store.write(h -> {
                for (int i = 0; i < 40; i++) {
                    new SearchIndex().index(h, SearchIndex.Kind.SOURCE, "t" + i, "Số tuv1" + i, "Tài liệu tuv1" + i + ".");
                }
                return null;
            });
            assertThat(compared(store)).as("hits compared").isGreaterThan(150);
            assertThat(lastWord(store, "nguo"))
                    .isEqualTo("(\"nguoi\" OR \"nguon\" OR \"nguong\")");
            assertThat(lastWord(store, "ngu"))
                    .as("a prefix FTS5 keeps a list of").isEqualTo("\"ngu\"*");
            assertThat(lastWord(store, "tuv1")).as("too many words")
                    .isEqualTo("\"tuv1\"*");
            assertThat(lastWord(store, "tuv12"))
                    .startsWith("(\"tuv12\" OR \"tuv120\" OR");

            // A new word the prefix begins ("nguoc"): the named words are asked again, not kept from before.
            index(store, 100, 3, new String[]{"Ngược dòng sông Hồng."});
            assertThat(compared(store)).isGreaterThan(150);
            assertThat(lastWord(store, "nguo"))
                    .isEqualTo("(\"nguoc\" OR \"nguoi\" OR \"nguon\" OR \"nguong\")");
        }
    }

    /** The FTS5 query the kept counts give for a last word. */
    private static String lastWord(Store store, String word) {
        String asked = store.snapshot(h -> store.fts5WordCounts().of(h, List.of(word)).lastWord());
        return asked;
    }

    private static void index(Store store, int from, int count, String[] bodies) {
        store.write(h -> {
            for (int i = from; i < from + count; i++) {
                new SearchIndex().index(h, SearchIndex.Kind.SOURCE, "s" + i, "Tin " + i, bodies[i % bodies.length]);
            }
            return null;
        });
    }

    private static int compared(Store store) {
        return SearchRanksAsFts5Test.compared(store, QUERIES);
    }
}

package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.Text;

/**
 * The phrase-first check made on the index's folded copies gives the answer the check on the original title and
 * snippet gave, so that only the hits shown need their original text read and a snippet made.
 */
class SearchPhraseOnFoldedTextTest {
    /** The check as it was made on the hits' original text. */
    private static boolean onOriginal(String title, String body, List<String> words) {
        return Text.key(title + " " + SearchIndex.snippet(body, words)).contains(String.join(" ", words));
    }

    /** The same title and body as the index keeps them: NFC, and their folded copies. */
    private static boolean onFolded(String title, String body, List<String> words) {
        return SearchIndex.holdsPhrase(Text.fold(title), Text.fold(body), words, String.join(" ", words));
    }

    private static void same(String rawTitle, String rawBody, String query) {
        String title = Text.nfc(rawTitle);
        String body = Text.nfc(rawBody);
        List<String> words = Text.words(query);
        if (words.size() < 2) {
            return;
        }
        assertThat(onFolded(title, body, words)).as("title %s | body %s | query %s", title, body, query)
                .isEqualTo(onOriginal(title, body, words));
    }

    @Test
    void shortCases() {
        // The phrase in the title, at the body's start and end, split across title and body, split by punctuation,
        // beyond the snippet's reach, with diacritics and đ.
        same("Trống đồng", "quà tặng", "trong dong");
        same("Quà tặng", "Trống đồng Đông Sơn", "trong dong");
        same("Hội đàm trống", "đồng chí", "trong dong");
        same("x", "trống, đồng", "trong dong");
        same("x", "trống\u00A0đồng và trống\tđồng", "trong dong");
        same("x", "trống " + "a ".repeat(80) + "đồng trống đồng", "trong dong");
        same("x", "a ".repeat(100) + "chuyển đổi số", "chuyen doi so");
        same("x", "chuyển đổi " + "b".repeat(200) + " số", "chuyen doi so");
        same("", "", "chuyen doi");
        same("x", "e\u0301 trống đồng", "trong dong");
        same("x", "…trống… đồng…", "trong dong");
    }

    @Test
    void randomTexts() {
        String[] pieces = {"trống", "đồng", "Đồng", "trong", "dong", "chuyển", "đổi", "số", "so", "doi", "chuyen",
                "a", "bưởi", "Đoan", "Hùng", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u3000", ",", ".",
                "…", "-", "(", ")", "東京", "\u0301", "\u0323", "\u200B", "\uFEFF", "x".repeat(70), "ǘ", "q\u0301",
                "Ω", "ﬁ", "Å", "Ａ", "１"};
        String[] queries = {"trong dong", "chuyen doi so", "doi so", "dong trong", "buoi doan hung", "so so",
                "trong d", "a a", "dong dong dong"};
        Random rnd = new Random(20);
        for (int n = 0; n < 40_000; n++) {
            same(text(rnd, pieces, rnd.nextInt(6)), text(rnd, pieces, rnd.nextInt(120)),
                    queries[rnd.nextInt(queries.length)]);
        }
    }

    private static String text(Random rnd, String[] pieces, int count) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(pieces[rnd.nextInt(pieces.length)]);
        }
        return String.join(rnd.nextBoolean() ? "" : " ", parts);
    }
}

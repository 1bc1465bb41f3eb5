package vn.protocolbrief.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A snippet's whitespace is collapsed as {@code replaceAll("\\s+", " ")} collapsed it, without a pattern per hit. */
class SnippetSpacingTest {
    @Test
    void collapsesAsTheRegexDid() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003\u3000\u0085\u2028đ.";
        Random random = new Random(20);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertEquals(text.replaceAll("\\s+", " "), SearchIndex.spacedOnce(text), () -> "for " + text.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label of the pack is a MessageFormat pattern (Labels.format), where a single apostrophe quotes text and
 * vanishes: "the head of delegation {0}'s post" printed "INOUE Takashis post" in an English pack. Every apostrophe of
 * a label is written doubled. (The letter's words are filled in by plain replacement and keep theirs as written.)
 */
class LabelApostrophesTest {
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /** "{0}s post": a possessive whose apostrophe was lost on the way into the file. */
    private static final Pattern POSSESSIVE_WITHOUT_APOSTROPHE = Pattern.compile("\\}s\\b");

    @ParameterizedTest
    @ValueSource(strings = {"labels.properties", "labels_en.properties"})
    void everyApostropheOfAPatternIsDoubled(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LabelApostrophesTest.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> lost = new ArrayList<>();
        p.stringPropertyNames().stream().sorted().forEach(key -> {
            String value = p.getProperty(key);
            if (SINGLE_APOSTROPHE.matcher(value).find() || POSSESSIVE_WITHOUT_APOSTROPHE.matcher(value).find()) {
                lost.add(key + "=" + value);
            }
        });
        assertThat(lost).as("labels whose apostrophe MessageFormat would drop").isEmpty();
    }
}

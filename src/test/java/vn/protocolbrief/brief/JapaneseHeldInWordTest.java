package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19, pk11 (rd10, rd11): LibreOffice and Word may break Japanese text between any two characters, and the
 * embassy's name broke as "在ベ / トナム日本国大使館". In the Word file every Japanese name or title has a word joiner
 * (U+2060) between its characters, which Word honours; LibreOffice does not (seen with soffice), so the partner's Japanese name also comes first
 * in its line of names. Read in the document's XML, where the test cannot run
 * LibreOffice.
 */
class JapaneseHeldInWordTest {
    private static final Pattern TWO_CJK = Pattern.compile(
            "[\\u3005\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF]{2}");
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    @ParameterizedTest
    @CsvSource({"phu-tho,vi,在ベトナム日本国大使館", "phu-tho,en,在ベトナム日本国大使館", "gia-lai,vi,足利市",
            "gia-lai,en,足利市"})
    void noTwoJapaneseCharactersMayPartInTheWordFile(String province, String lang, String name) throws Exception {
        String xml = demo.packs().pack(province, lang).docx().getDocument().xmlText();
        List<String> breakable = new ArrayList<>();
        Matcher m = TWO_CJK.matcher(xml);
        while (m.find()) {
            breakable.add(m.group());
        }
        assertThat(breakable).isEmpty();
        String held = String.join("\u2060", name.split(""));
        assertThat(xml).contains(held);
        // LibreOffice breaks Japanese between any two characters even at a word joiner: the partner's Japanese name
        // comes first in the partner's names, where the line starts and it fits whole.
        String label = new Labels(lang).get("delegation.names") + ": ";
        assertThat(Packs.allParagraphs(demo.packs().pack(province, lang).docx()).stream().map(p -> p.getText())
                .filter(t -> t.startsWith(label))).singleElement().asString().startsWith(label + held + " · ");
        // The joiner is only inside Japanese: Vietnamese and English text are as they were.
        assertThat(xml).doesNotContainPattern("[\\p{L}&&[^\\u3005\\u3040-\\u30FF\\u3400-\\u9FFF]]\u2060"
                + "[\\p{L}&&[^\\u3005\\u3040-\\u30FF\\u3400-\\u9FFF]]");
    }
}

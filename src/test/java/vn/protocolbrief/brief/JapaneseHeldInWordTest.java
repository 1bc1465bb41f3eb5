package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19, pk11 (rd10, rd11), pk16 (rd14): Word and LibreOffice may break Japanese text between any two characters,
 * and the embassy's name broke as "在ベ / トナム日本国大使館". Word joiners (U+2060) between the characters held it in
 * Word only, and spoiled copying, searching and spell checking; LibreOffice ignored them. The partner's Japanese name
 * now comes where the PDF has it, after its other names, on a line of its own, where it fits whole: one run with a line
 * break before it, no joiner anywhere in Japanese. Read in the document's XML, where the test cannot run LibreOffice.
 */
class JapaneseHeldInWordTest {
    private static final Pattern JOINED_CJK = Pattern.compile(
            "[\\u3005\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF]\u2060");
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    @ParameterizedTest
    @CsvSource({"phu-tho,vi,在ベトナム日本国大使館", "phu-tho,en,在ベトナム日本国大使館", "gia-lai,vi,足利市",
            "gia-lai,en,足利市"})
    void theJapaneseNameStartsALineOfItsOwnAfterTheOthersAndIsNotJoined(String province, String lang, String name)
            throws Exception {
        var docx = demo.packs().pack(province, lang).docx();
        assertThat(docx.getDocument().xmlText()).as("no word joiner in Japanese").doesNotContainPattern(JOINED_CJK);
        String label = new Labels(lang).get("delegation.names") + ": ";
        XWPFParagraph names = Packs.allParagraphs(docx).stream().filter(p -> p.getText().startsWith(label))
                .findFirst().orElseThrow();
        // The PDF's order: the Vietnamese (or English) name first, the Japanese one last.
        assertThat(names.getText()).doesNotStartWith(label + name).endsWith(name);
        XWPFRun last = names.getRuns().get(names.getRuns().size() - 1);
        assertThat(last.text()).isEqualTo(name);
        XWPFRun before = names.getRuns().get(names.getRuns().size() - 2);
        assertThat(before.getCTR().sizeOfBrArray()).as("a line break before the Japanese name").isEqualTo(1);
    }
}

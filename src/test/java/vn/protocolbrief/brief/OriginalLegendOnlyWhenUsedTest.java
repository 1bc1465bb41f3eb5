package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * rd17: Cà Mau's English pack printed "Text marked [VI] … is the Vietnamese original" with no text so marked. The
 * legend stands, in the PDF and in Word, exactly when some line carries the mark.
 */
class OriginalLegendOnlyWhenUsedTest {
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void theLegendStandsExactlyWhenALineCarriesTheMark(String province, String lang) throws Exception {
        var pack = demo.packs().pack(province, lang);
        Labels l = new Labels(lang);
        String legend = l.get("original.legend");
        String mark = l.get("original.mark");
        String pdf = String.join("\n", pack.pages());
        String word = String.join("\n", Packs.allParagraphs(pack.docx()).stream().map(p -> p.getText()).toList());
        for (String[] text : new String[][] {{"PDF", pdf.replace('\u00A0', ' ').replaceAll("\\s+", " ")},
                {"Word", word.replace('\u00A0', ' ').replaceAll("\\s+", " ")}}) {
            boolean marked = text[1].replace(legend, "").contains(mark);
            if (legend.isEmpty()) {
                continue;
            }
            assertThat(text[1].contains(legend)).as(province + " " + lang + " " + text[0] + ": the legend, with "
                    + (marked ? "" : "no ") + "marked text").isEqualTo(marked);
        }
    }
}

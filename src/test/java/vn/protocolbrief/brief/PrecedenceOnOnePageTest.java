package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two delegations in order of precedence are read at one glance: in the Word file the table does not split
 * across pages when it fits on one (it split between pages 1 and 2 in three demo packs). Every row but the last keeps
 * with the next — Word's and LibreOffice's way of keeping a table together — and no row splits.
 */
class PrecedenceOnOnePageTest {
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void theDelegationsTableKeepsItsRowsTogether(String province, String lang) throws Exception {
        var pack = demo.packs().pack(province, lang);
        // A pack whose visit names nobody of either side has no delegations' table (issue 19: never a blank one).
        org.junit.jupiter.api.Assumptions.assumeTrue(FrontSides.any(pack.model().visit()),
                "no side named in " + province + " " + lang);
        var docx = pack.docx();
        String heading = new Labels(lang).get("front.delegations");
        List<IBodyElement> body = docx.getBodyElements();
        XWPFTable table = null;
        for (int i = 0; i < body.size() - 1 && table == null; i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getText().endsWith(heading)
                    && body.get(i + 1) instanceof XWPFTable t) {
                table = t;
            }
        }
        assertThat(table).as("the delegations' table after its heading").isNotNull();
        var rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            assertThat(rows.get(r).isCantSplitRow()).as("row " + r + " does not split").isTrue();
            boolean keeps = rows.get(r).getTableCells().stream().flatMap(c -> c.getParagraphs().stream())
                    .allMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext());
            assertThat(keeps).as("row " + r + " of " + rows.size() + " keeps with the next").isEqualTo(r < rows.size() - 1);
        }
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What rd17 left in the Word file only, read in the document's XML: Japanese runs said eastAsia="Times New Roman" (no
 * Japanese glyphs in it); "Tài liệu nội bộ" at the top and again at the foot of every page; an agreement's title not
 * in bold as in the PDF; a request's other categories printed as if its text went on ("…việc làm. Đầu tư [2]").
 */
class WordRunsAsTheSignerReadsThemTest {
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    @Test
    void japaneseRunsAreInAJapaneseFontTheClassificationHeadsThePageOnlyAndTitlesAreBold() throws Exception {
        var pack = demo.packs().pack("gia-lai", "vi");
        var docx = pack.docx();
        for (XWPFParagraph p : Packs.allParagraphs(docx)) {
            for (XWPFRun r : p.getRuns()) {
                assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).as("eastAsia font of '" + r.text() + "'")
                        .isNotEqualTo(Docx.FONT);
            }
        }
        String classification = pack.model().meta().classification();
        assertThat(docx.getHeaderList().stream().map(h -> h.getText())).anyMatch(x -> x.contains(classification));
        assertThat(docx.getFooterList().stream().map(h -> h.getText())).noneMatch(x -> x.contains(classification));
        String title = pack.model().agreements().get(0).title();
        XWPFRun titleRun = Packs.allParagraphs(docx).stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r.text().replace('\u00A0', ' ').replace('\u2011', '-').contains(title.substring(0, 12)))
                .filter(r -> docx.getTables().stream().anyMatch(t -> t.getText().contains(r.text())))
                .findFirst().orElseThrow();
        assertThat(titleRun.isBold()).as("the agreement's title in its table: " + titleRun.text()).isTrue();
    }

    @Test
    void aRequestsOtherCategoriesAreSetApartFromItsText() throws Exception {
        var pack = demo.packs().pack("phu-tho", "vi");
        var request = pack.model().requests().stream().filter(r -> r.categories().size() > 1).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(request.isPresent(), "no request with two categories in the demo");
        String other = pack.model().charts().categoryLabels().getOrDefault(request.get().categories().get(1),
                request.get().categories().get(1));
        var runs = Packs.allParagraphs(pack.docx()).stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r.text().replace('\u00A0', ' ').startsWith(other))
                .filter(r -> !r.text().matches(".*\\(\\d+\\)")).toList(); // not the category's heading
        assertThat(runs).as("the other category's run").isNotEmpty();
        assertThat(runs).allMatch(r -> "666666".equals(r.getColor()), "in grey, as the PDF's muted line");
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.protocolbrief.brief.Packs.Pack;

/**
 * Issue 19, pk11 (rd10, rd11): in an English pack the [VI] mark stood only before the first line of an original
 * that wrapped in a table cell, so a reader could not tell its second line was Vietnamese: every original is set in
 * italics as well, in the PDF and the Word file, so each of its lines is recognisable; and a site's name
 * ("baocaobang.vn") is not Vietnamese text and takes no mark.
 */
class OriginalsRecognisedTest {
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    /** The letters with Vietnamese marks the PDF sets upright, with a little of what surrounds them. */
    static List<String> uprightVietnamese(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        if (Packs.VIETNAMESE.matcher(t.getUnicode()).find()
                                && !t.getFont().getName().toLowerCase().contains("italic")) {
                            out.add(text);
                            return;
                        }
                    }
                }
            };
            stripper.getText(doc);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"phu-tho", "cao-bang"})
    void everyLineOfAnOriginalIsInItalicsAndASiteIsNotMarked(String province) throws Exception {
        Pack p = demo.packs().pack(province, "en");
        assertThat(p.pdfText()).contains("[VI]").doesNotContain("[VI] baocaobang.vn");
        assertThat(uprightVietnamese(p.pdf())).isEmpty();
        List<String> upright = new ArrayList<>();
        for (XWPFParagraph para : Packs.allParagraphs(p.docx())) {
            for (XWPFRun r : para.getRuns()) {
                if (r.text() != null && Packs.VIETNAMESE.matcher(r.text()).find() && !r.isItalic()) {
                    upright.add(r.text());
                }
            }
        }
        assertThat(upright).isEmpty();
        assertThat(p.docxText()).doesNotContain("[VI] baocaobang.vn");
    }
}

package vn.protocolbrief.brief;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The Word pack's legend of the original's mark ("Text marked [VI] … is the Vietnamese original") stays only where a
 * line of the pack carries the mark: rd17 read it in Cà Mau's English pack, which had none. As the PDF does.
 */
final class OriginalLegend {
    private OriginalLegend() {
    }

    static void dropWhenUnused(XWPFDocument doc, XWPFParagraph legend, String mark) {
        if (legend == null) {
            return;
        }
        java.util.List<XWPFParagraph> all = new java.util.ArrayList<>(doc.getParagraphs());
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs()))));
        boolean used = all.stream().anyMatch(p -> p != legend && p.getText().contains(mark));
        if (!used) {
            doc.removeBodyElement(doc.getPosOfParagraph(legend));
        }
    }
}

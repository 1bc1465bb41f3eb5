package vn.protocolbrief.brief;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word pack's page and styles, set once when the document is made: the fonts and heading styles (so the
 * navigation pane and a table of contents work), the A4 page with its margins, and the running header and footer.
 */
final class DocxPage {
    /** The font for Japanese text: MS Mincho, which Word on an officer's Windows has. */
    static final String JAPANESE = "MS Mincho";

    private DocxPage() {
    }

    /** Times New Roman (MS Mincho for Japanese), the spelling language, Heading 1–3. */
    static void styles(XWPFDocument doc, String lang) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(Docx.FONT);
        fonts.setHAnsi(Docx.FONT);
        fonts.setCs(Docx.FONT);
        fonts.setEastAsia(JAPANESE);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("en".equals(lang) ? "en-GB" : "vi-VN");
        heading(styles, 1, 32);
        heading(styles, 2, 28);
        heading(styles, 3, 26);
    }

    /** "Heading N", based on Normal, bold, kept with the next paragraph, at outline level N - 1. */
    private static void heading(XWPFStyles styles, int level, int halfPoints) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId("Heading" + level);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal("heading " + level);
        s.addNewBasedOn().setVal("Normal");
        s.addNewNext().setVal("Normal");
        s.addNewQFormat();
        s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral p = s.addNewPPr();
        p.addNewKeepNext();
        p.addNewKeepLines();
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        p.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 160));
        p.getSpacing().setAfter(BigInteger.valueOf(80));
        var r = s.addNewRPr();
        r.addNewB();
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(s, styles));
    }

    /** A4, the margins of an administrative document, the classification at the top and "Trang N / M" at the foot. */
    static void page(XWPFDocument doc, Labels l, String classification) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        var size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1701)); // 30 mm binding margin, as Decree 30/2020 sets for documents
        margin.setRight(BigInteger.valueOf(1134));
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        hp.setAlignment(ParagraphAlignment.CENTER);
        run(hp, classification, true);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setAlignment(ParagraphAlignment.RIGHT);
        String[] pageOf = l.get("footer.page").split("\\{[01]\\}", -1);
        // The classification heads the page only: at its foot too it was said twice on every page (rd17).
        run(fp, pageOf[0], false);
        field(fp, "PAGE");
        run(fp, pageOf[1], false);
        field(fp, "NUMPAGES");
        run(fp, pageOf[2], false);
    }

    private static void field(XWPFParagraph p, String instruction) {
        var f = p.getCTP().addNewFldSimple();
        f.setInstr(instruction);
        f.addNewR().addNewT().setStringValue("1");
    }

    /** A header's or footer's run, at 10 pt. */
    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        Docx.fonts(r);
        r.setFontSize(10);
        r.setBold(bold);
    }
}

package vn.protocolbrief.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The letter as a Word document the office can finish (number, date, signature): A4, Times New Roman, margins and
 * sizes as Decree 30/2020/NĐ-CP gives them — issuing body and national title side by side at the top, the motto
 * underlined, the body 14 pt justified with its first line indented, recipients and signer side by side at the end.
 */
final class LetterDocx {
    private static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.7;

    private LetterDocx() {
    }

    static byte[] write(ThankYouLetter l) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFTable head = grid(doc, 2);
            XWPFTableCell left = head.getRow(0).getCell(0);
            XWPFTableCell right = head.getRow(0).getCell(1);
            for (int i = 0; i < l.issuingBody().size(); i++) {
                // The issuing body in bold capitals with a short rule under it (Decree 30, appendix I).
                run(para(left, i == 0), l.issuingBody().get(i), 13, true, false, false);
            }
            run(para(left, false), "────────", 13, false, false, false);
            run(para(left, false), l.number(), 13, false, false, false);
            run(para(left, false), l.subject(), 12, false, false, false);
            run(para(right, true), l.nationalTitle(), 12, true, false, false);
            run(para(right, false), l.motto(), 13, true, false, true);
            XWPFParagraph place = para(right, false);
            place.setSpacingBefore(120);
            run(place, l.placeAndDate(), 14, false, true, false);

            XWPFParagraph to = body(doc, false);
            to.setSpacingBefore(360);
            to.setAlignment(ParagraphAlignment.CENTER);
            run(to, l.addressee(), 14, false, false, false);
            XWPFParagraph greeting = body(doc, true);
            greeting.setSpacingBefore(240);
            run(greeting, l.salutation(), 14, false, false, false);
            XWPFParagraph last = greeting;
            for (ThankYouLetter.Paragraph p : l.paragraphs()) {
                last = body(doc, true);
                run(last, (p.item() ? "- " : "") + p.text(), 14, false, false, false);
            }
            // The last words, the closing and the signature stay on one page: never the closing alone above a
            // signature carried to the next.
            last.setKeepNext(true);
            XWPFParagraph regards = body(doc, true);
            regards.setKeepNext(true);
            run(regards, l.regards(), 14, false, false, false);

            XWPFTable foot = grid(doc, 2);
            foot.getRow(0).setCantSplitRow(true);
            XWPFTableCell recipients = foot.getRow(0).getCell(0);
            XWPFTableCell signer = foot.getRow(0).getCell(1);
            XWPFParagraph heading = para(recipients, true);
            heading.setAlignment(ParagraphAlignment.LEFT);
            run(heading, l.recipientsHeading(), 12, true, true, false);
            for (String r : l.recipients()) {
                XWPFParagraph p = para(recipients, false);
                p.setAlignment(ParagraphAlignment.LEFT);
                run(p, r, 11, false, false, false);
            }
            List<String> post = l.signerPost();
            for (int i = 0; i < post.size(); i++) {
                run(para(signer, i == 0), post.get(i), 13, true, false, false);
            }
            XWPFParagraph name = para(signer, false);
            name.setSpacingBefore(1700); // room for the signature and the seal
            run(name, l.signerName(), 14, true, false, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 with the decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Math.round(210 * TWIPS_PER_MM)));
        size.setH(BigInteger.valueOf(Math.round(297 * TWIPS_PER_MM)));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Math.round(20 * TWIPS_PER_MM)));
        margins.setBottom(BigInteger.valueOf(Math.round(20 * TWIPS_PER_MM)));
        margins.setLeft(BigInteger.valueOf(Math.round(30 * TWIPS_PER_MM)));
        margins.setRight(BigInteger.valueOf(Math.round(15 * TWIPS_PER_MM)));
    }

    /** A borderless table of one row: two blocks side by side, as the decree places them. */
    private static XWPFTable grid(XWPFDocument doc, int columns) {
        XWPFTable t = doc.createTable(1, columns);
        t.removeBorders();
        // Fixed widths in twips (Word and LibreOffice both honour them): 36% and 64% of the 165 mm text width, so
        // that the national title fits on one line.
        long text = Math.round(165 * TWIPS_PER_MM);
        long[] widths = {Math.round(text * 0.36), text - Math.round(text * 0.36)};
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < columns; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
            var cell = t.getRow(0).getCell(i).getCTTc();
            var width = (cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr()).addNewTcW();
            width.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
            width.setW(BigInteger.valueOf(widths[i]));
        }
        t.getCTTbl().getTblPr().addNewTblLayout()
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        return t;
    }

    /** A centred paragraph in a cell; the cell's own first paragraph when {@code first}. */
    private static XWPFParagraph para(XWPFTableCell cell, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    /** A paragraph of the body: justified, 6 pt after, the first line indented 1.27 cm unless {@code indent} is false. */
    private static XWPFParagraph body(XWPFDocument doc, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(120);
        if (indent) {
            p.setIndentationFirstLine((int) Math.round(12.7 * TWIPS_PER_MM));
        }
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic, boolean underline) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        if (underline) {
            r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        }
        r.setText(text);
    }
}

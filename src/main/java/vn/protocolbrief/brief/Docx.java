package vn.protocolbrief.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document an officer can finish before signing: A4, Times New Roman (the administrative standard in Viet
 * Nam), headings as Word's heading styles (so the navigation pane and a table of contents work), tables as tables
 * whose header row repeats and whose rows do not split, headings kept with what follows, the classification at the
 * top and bottom of every page with "Trang N / M". Text goes through {@link Unbreakable}: names and dates hold.
 */
final class Docx {
    static final String FONT = "Times New Roman";
    private static final int BODY_HALF_POINTS = 26; // 13 pt, the size of an administrative document
    private static final int TABLE_HALF_POINTS = 23; // 11.5 pt in tables, as the PDF's 11 pt
    private static final int SMALLEST_TABLE_HALF_POINTS = 18; // 9 pt, for a table that cannot hold its names at 11.5
    /** A4 less the margins below (30 mm left, 20 mm right), in twentieths of a point. */
    static final int TEXT_WIDTH_TWIPS = 11906 - 1701 - 1134;
    /**
     * A cell's line starting with this is set in bold (an agreement's or a project's title, as the PDF sets it); one
     * starting with {@link #MUTED} in grey (a request's other categories, the PDF's muted line), so it does not read
     * as the request's text going on ("…việc làm. Đầu tư [2]", rd16).
     */
    static final String BOLD = "\u0002";
    static final String MUTED = "\u0003";
    private final XWPFDocument doc = new XWPFDocument();
    private final Labels l;
    private final Unbreakable unbreakable;
    private final WordColumns columns;
    private int bookmarks;
    /** Each bookmarked heading, by its bookmark's name. */
    private final java.util.Map<String, XWPFParagraph> marked = new java.util.HashMap<>();
    /** Each contents line's PAGEREF result run, by the bookmark it refers to. */
    private final java.util.Map<XWPFRun, String> references = new java.util.LinkedHashMap<>();
    private static final String BOOKMARK_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    Docx(Labels labels, Unbreakable unbreakable, String classification) {
        this.l = labels;
        this.unbreakable = unbreakable;
        DocxPage.styles(doc, labels.lang());
        DocxPage.page(doc, labels, classification);
        this.columns = new WordColumns(unbreakable);
    }

    XWPFParagraph heading(int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        // The style sets the weight and the size; the run only the text (and the font, for older readers).
        XWPFRun r = p.createRun();
        r.setText(unbreakable.word(Text(text)));
        fonts(r);
        return p;
    }

    /** A paragraph of text; a line starting with the original mark is record text, on its own line. */
    XWPFParagraph para(String text) {
        return para(text, false, false);
    }

    XWPFParagraph para(String text, boolean bold, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(100);
        lines(p, text, bold, italic);
        return p;
    }

    /** "Label: text" with the label in bold. */
    XWPFParagraph labelled(String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(80);
        run(p, label + ": ", true, false, 0);
        lines(p, text, false, false);
        return p;
    }

    List<XWPFParagraph> bullets(List<String> items) {
        List<XWPFParagraph> out = new java.util.ArrayList<>();
        for (String item : items) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(360);
            p.setIndentationHanging(240);
            p.setSpacingAfter(60);
            run(p, "• ", false, false, 0);
            lines(p, item, false, false);
            out.add(p);
        }
        return out;
    }

    /** A heading marked by a bookmark, so a PAGEREF field elsewhere can give its page. */
    XWPFParagraph heading(int level, String text, String bookmark) {
        XWPFParagraph p = heading(level, text);
        BigInteger id = BigInteger.valueOf(++bookmarks);
        // Around the heading's text, so a PAGEREF gives the page the heading starts on.
        try (var cursor = p.getCTP().getRArray(0).newCursor()) {
            cursor.beginElement(new javax.xml.namespace.QName(BOOKMARK_NS, "bookmarkStart", "w"));
            cursor.insertAttributeWithValue(new javax.xml.namespace.QName(BOOKMARK_NS, "id", "w"), id.toString());
            cursor.insertAttributeWithValue(new javax.xml.namespace.QName(BOOKMARK_NS, "name", "w"), bookmark);
        }
        p.getCTP().addNewBookmarkEnd().setId(id);
        marked.put(bookmark, p);
        return p;
    }

    /**
     * A line of a contents list: the text, a dotted tab to the right margin and the page of {@code bookmark} as a
     * PAGEREF field. The field's shown result is the page its heading is estimated to start on ({@link WordLayout},
     * written when the document is complete): Word shows it as it opens the document, without asking to update the
     * document's fields (a request an officer cannot judge), and recomputes it when it updates fields (F9, printing);
     * LibreOffice lays it out itself.
     */
    XWPFParagraph contentsLine(String text, String bookmark) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(360);
        p.setSpacingAfter(60);
        var tab = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewTabs().addNewTab();
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tab.setLeader(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
        lines(p, text, false, false);
        run(p, "", false, false, 0).addTab();
        // The field's runs carry the body's font and size: its result is set in the first one's.
        fieldChar(p, org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        XWPFRun instruction = run(p, "", false, false, 0);
        instruction.getCTR().removeT(0);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGEREF " + bookmark + " \\h ");
        fieldChar(p, org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
        references.put(run(p, "", false, false, 0), bookmark);
        fieldChar(p, org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        return p;
    }

    /** Every contents line's shown page: where the layout estimates its heading starts. */
    private void pageReferences() {
        if (references.isEmpty()) {
            return;
        }
        var starts = new WordLayout(doc).startPages();
        references.forEach((result, bookmark) -> {
            Integer page = marked.containsKey(bookmark) ? starts.get(marked.get(bookmark)) : null;
            result.setText(page == null ? "" : String.valueOf(page), 0);
        });
    }

    private org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar fieldChar(XWPFParagraph p,
            org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.Enum type) {
        XWPFRun r = run(p, "", false, false, 0);
        r.getCTR().removeT(0);
        var c = r.getCTR().addNewFldChar();
        c.setFldCharType(type);
        return c;
    }

    /**
     * A table: the header row repeats on every page, no row splits across pages, cells hold lines (record text marked
     * as the original on its own line). {@code widths} in per cent.
     */
    XWPFTable table(List<String> headers, int[] asked, List<List<String>> rows) {
        // A table whose names and readings cannot all fit at the tables' size is set smaller, this table only,
        // down to 9 pt: a name broken mid-word is worse than a smaller type.
        int size = TABLE_HALF_POINTS;
        while (size > SMALLEST_TABLE_HALF_POINTS && !columns.fits(headers, rows, size)) {
            size--;
        }
        int[] widths = columns.fitted(asked, headers, rows, size);
        // Two tables in a row need a paragraph between them, or Word joins them into one. Only then: an empty
        // paragraph after a table made LibreOffice leave the kept-with-next heading after it at a page foot.
        if (!doc.getBodyElements().isEmpty() && doc.getBodyElements().get(doc.getBodyElements().size() - 1)
                instanceof XWPFTable) {
            thinParagraph();
        }
        XWPFTable t = doc.createTable(rows.size() + 1, headers.size());
        t.setWidth("100%");
        // Column widths in the grid too: LibreOffice lays a table out from its grid.
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        for (int c = 0; c < headers.size(); c++) {
            var col = c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol();
            col.setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS * widths[c] / 100));
        }
        for (int r = 0; r <= rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(widths[c] + "%");
                XWPFParagraph p = cell.getParagraphs().get(0);
                if (r == 0) {
                    cell.setColor("E6E6E6");
                    run(p, headers.get(c), true, false, size);
                    p.setSpacingAfter(0); // gives the paragraph its properties, which setKeepNext needs
                    p.setKeepNext(true);
                } else {
                    List<String> cells = rows.get(r - 1);
                    // A row with only its first cell is a group's title ("Phía tỉnh Gia Lai"): bold on grey.
                    boolean group = cells.size() > 1 && cells.subList(1, cells.size()).stream().allMatch(String::isEmpty);
                    if (group) {
                        cell.setColor("F3F3F3");
                    }
                    lines(p, cells.get(c), group, false, size);
                    if (group) {
                        // A group's title row ("Phía tỉnh Gia Lai") is never left alone at a page foot.
                        p.setSpacingAfter(0);
                        p.setKeepNext(true);
                    }
                }
            }
        }
        for (int r = 1; r <= rows.size(); r++) {
            List<String> cells = rows.get(r - 1);
            if (cells.size() > 1 && cells.subList(1, cells.size()).stream().allMatch(String::isEmpty)) {
                XWPFTableRow row = t.getRow(r);
                var pr = row.getCell(0).getCTTc().isSetTcPr() ? row.getCell(0).getCTTc().getTcPr()
                        : row.getCell(0).getCTTc().addNewTcPr();
                pr.addNewGridSpan().setVal(BigInteger.valueOf(cells.size()));
                for (int c = cells.size() - 1; c >= 1; c--) {
                    row.removeCell(c);
                }
            }
        }
        return t;
    }

    private void lines(XWPFParagraph p, String text, boolean bold, boolean italic) {
        lines(p, text, bold, italic, 0);
    }

    private void lines(XWPFParagraph p, String text, boolean bold, boolean italic, int halfPoints) {
        if (text == null) {
            return;
        }
        String mark = l.get("original.mark") + " ";
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.createRun().addBreak();
            }
            String line = lines[i];
            boolean lineBold = bold || line.startsWith(BOLD);
            boolean muted = line.startsWith(MUTED);
            line = line.replace(BOLD, "").replace(MUTED, "");
            int at = line.indexOf(mark);
            if (at >= 0) {
                grey(run(p, line.substring(0, at), lineBold, italic, halfPoints), muted);
                run(p, mark, false, false, 18);
                // In italics as in the PDF: a wrapped original's later lines are still recognisably the original.
                grey(run(p, line.substring(at + mark.length()), lineBold, true, halfPoints), muted).setLang("vi-VN");
            } else {
                grey(run(p, line, lineBold, italic, halfPoints), muted);
            }
        }
    }

    private static XWPFRun grey(XWPFRun r, boolean muted) {
        if (muted) {
            r.setColor("666666");
        }
        return r;
    }

    private XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int halfPoints) {
        XWPFRun r = p.createRun();
        // A table's cell is set at its own size: there only a short title is held with a name (WordColumns alike).
        r.setText(halfPoints == 0 ? unbreakable.word(Text(text)) : unbreakable.wordInTable(Text(text)));
        fonts(r);
        r.setFontSize((halfPoints == 0 ? BODY_HALF_POINTS : halfPoints) / 2.0);
        r.setBold(bold);
        r.setItalic(italic);
        return r;
    }

    /**
     * Times New Roman for Latin and Vietnamese text, and the styles' Japanese font for Japanese (rd17: every run said
     * eastAsia="Times New Roman", which has no Japanese glyphs, so Word substituted a font of its own choosing).
     */
    static XWPFRun fonts(XWPFRun r) {
        r.setFontFamily(FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
        r.setFontFamily(DocxPage.JAPANESE, XWPFRun.FontCharRange.eastAsia);
        return r;
    }

    private static String Text(String s) {
        return s == null ? "" : vn.protocolbrief.domain.Text.nfc(s);
    }

    /** A thin grey rule under the last paragraph written, as the PDF rules off each meeting told in full. */
    void ruleUnderLast() {
        var body = doc.getBodyElements();
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof XWPFParagraph p)) {
            return;
        }
        var pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var bottom = (pr.isSetPBdr() ? pr.getPBdr() : pr.addNewPBdr()).addNewBottom();
        bottom.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(4)); // eighths of a point: the PDF's 0.5 pt
        bottom.setSpace(BigInteger.valueOf(6)); // points between the text and the rule (the PDF's 2 mm)
        bottom.setColor("999999");
        p.setSpacingAfter(200); // and the PDF's 3.5 mm after it
    }

    XWPFDocument document() {
        return doc;
    }

    /**
     * A paragraph as small as one can be (1 pt): between two tables, which Word would otherwise join, and after a last
     * table, where a full last page must not spill it onto a blank page of its own.
     */
    private void thinParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        var mark = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        // One twentieth of a point, exactly: a table that fills its page to the last point leaves even a 1 pt line no
        // room, and LibreOffice then starts a blank page for it (Phú Thọ's Word pack, 99 % full on its last page).
        var spacing = mark.isSetSpacing() ? mark.getSpacing() : mark.addNewSpacing();
        spacing.setLine(java.math.BigInteger.ONE);
        spacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.EXACT);
        (mark.isSetRPr() ? mark.getRPr() : mark.addNewRPr()).addNewSz().setVal(java.math.BigInteger.valueOf(2));
    }

    byte[] bytes() {
        // A body ends with a paragraph (Word adds one after a last table anyway).
        if (doc.getBodyElements().isEmpty() || doc.getBodyElements().get(doc.getBodyElements().size() - 1)
                instanceof XWPFTable) {
            thinParagraph();
        }
        pageReferences();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

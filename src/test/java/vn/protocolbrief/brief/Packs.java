package vn.protocolbrief.brief;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import vn.protocolbrief.store.Store;

/**
 * Packs as the tests read them: built for a request in PDF and Word on a fixed day, then read back (the PDF's text
 * page by page, how full each page is, the XHTML it was laid out from, the Word document), and the English pack's
 * check that Vietnamese stands only in text marked as the original.
 */
final class Packs {
    /** The day every pack test is made on. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    /** Letters only Vietnamese writes (with its tone marks): none may stand outside a [VI] line in English. */
    static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Vietnamese words as they read once stripped of their diacritics ("TP Quy Nhon (tinh Binh Dinh cu)", "UBND tinh
     * Ha Nam", "Doan cong tac"): administrative units, bodies and function words no English sentence uses.
     */
    static final Pattern STRIPPED = Pattern.compile("\\b(TP|TPHCM|tinh|huyen|thanh pho|thi xa|phuong|cu|UBND|HDND|DBQH"
            + "|Uy ban|Doan cong tac|Doan dai bieu|Chu tich|Bi thu|Tinh uy|nhan dan|cua|va|tai|qua luu niem)\\b");
    /** The pack's page margins (BriefHtml's @page): the running header and footer stand outside them. */
    static final float TOP_MM = 21;
    static final float BOTTOM_MM = 19;

    private Packs() {
    }

    /** A pack: its model, XHTML, the PDF's text page by page (lines in reading order) and the Word document. */
    record Pack(BriefModel model, String xhtml, List<String> pages, List<Double> fills, XWPFDocument docx, Path pdf,
            Path word) {
        String pdfText() {
            return String.join("\n", pages).replace('\u00A0', ' ');
        }

        String docxText() {
            StringBuilder b = new StringBuilder();
            docx.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
            docx.getTables().forEach(t -> b.append(t.getText()).append('\n'));
            return b.toString();
        }
    }

    static BriefService service(Store store) {
        return new BriefService(store, CLOCK);
    }

    /** The pack for a request, written as {@code name}.pdf and {@code name}.docx in {@code dir} and read back. */
    static Pack build(BriefService service, BriefRequest request, Path dir, String name) throws IOException {
        Path pdf = dir.resolve(name + ".pdf");
        var r = service.generate(request, pdf);
        Path word = dir.resolve(name + ".docx");
        service.generate(request, word, BriefService.Format.DOCX);
        List<String> pages = new ArrayList<>();
        List<Double> fills;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            fills = fills(doc);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
        }
        return new Pack(r.model(), service.xhtml(r.model()), pages, fills,
                new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(word))), pdf, word);
    }

    /**
     * How full each page is: the height from its first text line's top to its last line's foot, as a share of the
     * height inside the margins, from the text positions PDFBox reads (header and footer left out).
     */
    static List<Double> fills(PDDocument doc) throws IOException {
        List<Double> out = new ArrayList<>();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            float height = doc.getPage(i - 1).getMediaBox().getHeight();
            float top = TOP_MM / 25.4f * 72;
            float bottom = height - BOTTOM_MM / 25.4f * 72;
            float[] span = {Float.MAX_VALUE, -Float.MAX_VALUE};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (var t : positions) {
                        float foot = t.getYDirAdj();
                        float head = foot - t.getHeightDir();
                        if (head >= top - 1 && foot <= bottom + 1 && !t.getUnicode().isBlank()) {
                            span[0] = Math.min(span[0], head);
                            span[1] = Math.max(span[1], foot);
                        }
                    }
                }
            };
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            stripper.getText(doc);
            out.add(span[1] < span[0] ? 0 : (double) (span[1] - span[0]) / (bottom - top));
        }
        return out;
    }

    /**
     * The text of an English pack's XHTML (what the PDF is laid out from) outside the spans marked as the Vietnamese
     * original: spans that only hold a name or a date together are unwrapped first, then the [VI] spans dropped.
     */
    static String outsideOriginals(String xhtml) {
        String body = xhtml.substring(xhtml.indexOf("<body>"));
        for (String before = ""; !before.equals(body); ) {
            before = body;
            body = body.replaceAll("<span class=\"nw\">([^<]*)</span>", "$1");
        }
        return body.replaceAll("<span lang=\"vi\">[^<]*</span>", " ").replaceAll("<[^>]+>", " ")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Words with Vietnamese diacritics outside the spans marked as the original. */
    static List<String> vietnameseOutsideOriginals(String xhtml) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{M}]+").matcher(outsideOriginals(xhtml));
        while (m.find()) {
            if (VIETNAMESE.matcher(m.group()).find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** Vietnamese words stripped of their marks outside the originals, each with a little of its context. */
    static List<String> strippedOutsideOriginals(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = STRIPPED.matcher(text);
        while (m.find()) {
            out.add(text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30))
                    .replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    /** The Word document's runs not marked Vietnamese (the originals are) that hold Vietnamese letters. */
    static List<String> vietnameseRunsOutsideOriginals(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph para : allParagraphs(doc)) {
            for (XWPFRun r : para.getRuns()) {
                if (!"vi-VN".equals(r.getLang()) && r.text() != null && VIETNAMESE.matcher(r.text()).find()) {
                    out.add(r.text());
                }
            }
        }
        return out;
    }

    /** The Word document's text outside runs marked Vietnamese. */
    static String wordOutsideOriginals(XWPFDocument doc) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph para : allParagraphs(doc)) {
            for (XWPFRun r : para.getRuns()) {
                if (!"vi-VN".equals(r.getLang()) && r.text() != null) {
                    b.append(r.text());
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>(doc.getParagraphs());
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.addAll(c.getParagraphs()))));
        return out;
    }
}

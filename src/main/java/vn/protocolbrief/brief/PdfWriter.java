package vn.protocolbrief.brief;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays the pack's XHTML out on A4 with the bundled fonts embedded and subset: a tagged PDF (PDF/UA-1) that is
 * also PDF/A-2u, so it can be read aloud by a screen reader and archived.
 */
final class PdfWriter {

    /** The PDF and its page count. */
    record Pdf(byte[] bytes, int pages) {
    }

    static {
        // openhtmltopdf logs through its own logger by default (to stderr); route it to the application's log.
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new com.openhtmltopdf.slf4j.Slf4jLogger());
    }

    /** sRGB, the output intent PDF/A asks for; the JDK carries the profile. */
    private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB)
            .getData();

    Pdf write(BriefModel model, Labels labels) {
        BriefHtml html = new BriefHtml(model, labels);
        return write(html.render(), html.title(), html.subject(), model, labels);
    }

    /** One pack at a time: the parsed fonts are shared (BriefFonts.parsed). */
    private static final Object LAYOUT = new Object();

    private Pdf write(String xhtml, String title, String subject, BriefModel model, Labels labels) {
        synchronized (LAYOUT) {
            return layOut(xhtml, title, subject, model, labels);
        }
    }

    private Pdf layOut(String xhtml, String title, String subject, BriefModel model, Labels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        builder.withHtmlContent(xhtml, null);
        useBundledFonts(builder, document);
        builder.withProducer("Protocol Brief");
        builder.toStream(out);
        int pages;
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            pages = doc.getNumberOfPages();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(labels.get("doc.author"));
            info.setSubject(subject);
            info.setKeywords(model.meta().provinceName() + ", " + model.meta().partnerName());
            info.setCreator("Protocol Brief");
            info.setCreationDate(Calendar.getInstance());
            info.setCustomMetadataValue("ProtocolBriefSnapshot", model.meta().snapshot());
            info.setCustomMetadataValue("ProtocolBriefClassification", model.meta().classification());
            // Without closing, openhtmltopdf leaves saving to the caller: save after the metadata is set.
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Pdf(out.toByteArray(), pages);
    }

    /** The bundled fonts, each loaded into the document only when the text uses its face (kanji, italics). */
    static void useBundledFonts(PdfRendererBuilder builder, PDDocument document) {
        for (BriefFonts.Face f : BriefFonts.FACES) {
            // Loaded into this pack's document only when the pack uses the face (kanji, italics).
            builder.useFont(new com.openhtmltopdf.pdfboxout.PDFontSupplier(null) {
                private org.apache.pdfbox.pdmodel.font.PDFont font;

                @Override
                public org.apache.pdfbox.pdmodel.font.PDFont supply() {
                    if (font == null) {
                        font = BriefFonts.load(document, f);
                    }
                    return font;
                }
            }, f.family(), f.weight(),
                    f.italic() ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true);
        }
    }

    /**
     * Lays out a one-page document with every font, so that the classes and the fonts of a real pack are loaded
     * while the store opens (a cold JVM otherwise spends a second on them).
     */
    static void warmUp() {
        BriefFonts.FACES.forEach(BriefFonts::parsed);
        Labels labels = new Labels("vi");
        BriefModel.Meta meta = new BriefModel.Meta("", "", "", "", "", "", "embassy", "vi", "", "", "",
                java.util.List.of(), BriefRequest.PARTS, false, false);
        BriefModel model = new BriefModel(meta, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        String xhtml = "<html lang=\"vi\"><head><title>-</title><style>body{font-family:'Noto Sans','Noto Sans JP'}"
                + "</style></head><body><h1>Đặng Xuân Phong</h1><p><b>伊藤直樹</b> <i>Bình Định</i></p>"
                + "<table><tr><td>1</td></tr></table></body></html>";
        new PdfWriter().write(xhtml, "-", "-", model, labels);
    }
}

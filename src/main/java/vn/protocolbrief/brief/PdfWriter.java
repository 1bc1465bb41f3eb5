package vn.protocolbrief.brief;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Lays the pack's XHTML out on A4 with the bundled fonts embedded and subset, and sets the metadata. */
final class PdfWriter {

    /** The PDF and its page count. */
    record Pdf(byte[] bytes, int pages) {
    }

    static {
        // openhtmltopdf logs through its own logger by default (to stderr); route it to the application's log.
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new com.openhtmltopdf.slf4j.Slf4jLogger());
    }

    Pdf write(BriefModel model, Labels labels) {
        BriefHtml html = new BriefHtml(model, labels);
        return write(html.render(), html.title(), html.subject(), model, labels);
    }

    private Pdf write(String xhtml, String title, String subject, BriefModel model, Labels labels) {
        BriefFonts.registerWithAwt();
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        for (BriefFonts.Face f : BriefFonts.FACES) {
            builder.useFont(() -> BriefFonts.open(f.resource()), f.family(), f.weight(),
                    f.italic() ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(ChartDrawer.TYPE, new ChartDrawer(model, labels));
        builder.useObjectDrawerFactory(drawers);
        builder.withProducer("Protocol Brief");
        builder.toStream(out);
        int pages;
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            pages = doc.getNumberOfPages();
            doc.getDocumentCatalog().setLanguage("en".equals(labels.lang()) ? "en" : "vi-VN");
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

    /**
     * Lays out a one-page document with every font and a chart, so that the classes and the fonts of a
     * real pack are loaded while the store opens (a cold JVM otherwise spends a second on them).
     */
    static void warmUp() {
        Labels labels = new Labels("vi");
        BriefModel.Meta meta = new BriefModel.Meta("", "", "", "", "", "", "", "embassy", null, null, "vi", "",
                "", "", java.util.List.of(), BriefRequest.PARTS);
        BriefModel.Charts charts = new BriefModel.Charts(java.util.Map.of("other", 1), java.util.Map.of(), java.util.Map.of());
        BriefModel model = new BriefModel(meta, null, null, null, null, null, null, null, null, null, null, charts, null);
        String xhtml = "<html><head><style>body{font-family:'Noto Sans','Noto Sans JP'}</style></head><body>"
                + "<p>Đặng Xuân Phong <b>伊藤直樹</b> <i>Bình Định</i></p><object type=\"" + ChartDrawer.TYPE
                + "\" data-chart=\"requests\" style=\"width:50mm;height:30mm\"></object></body></html>";
        new PdfWriter().write(xhtml, "", "", model, labels);
    }
}

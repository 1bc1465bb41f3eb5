package vn.protocolbrief.brief;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The letter as a PDF for sending: the same model as the Word document, laid out in XHTML on the pack's PDF engine
 * with the bundled fonts (the application carries no Times New Roman; the Word file uses it).
 */
final class LetterPdf {
    private LetterPdf() {
    }

    /**
     * The letter at the regular spacing; when that takes a page more than a tighter spacing would (a letter of a few
     * points spilling its signature onto a second page), at the tighter one, still within Decree 30's limits.
     */
    static byte[] write(ThankYouLetter l) {
        Rendered regular = render(l, Spacing.REGULAR);
        if (regular.pages() == 1) {
            return regular.bytes();
        }
        Rendered compact = render(l, Spacing.COMPACT);
        return compact.pages() < regular.pages() ? compact.bytes() : regular.bytes();
    }

    /**
     * Line and paragraph spacing, and the room left for the signature and seal. Decree 30/2020 asks for single to
     * 1.5 line spacing and at least 6 pt between paragraphs; the compact spacing stays within both.
     */
    enum Spacing {
        REGULAR(1.3, 6, 10, 28), COMPACT(1.15, 6, 6, 22);

        final double lineHeight;
        final int paragraphPt;
        final int salutationPt;
        final int signatureRoomMm;

        Spacing(double lineHeight, int paragraphPt, int salutationPt, int signatureRoomMm) {
            this.lineHeight = lineHeight;
            this.paragraphPt = paragraphPt;
            this.salutationPt = salutationPt;
            this.signatureRoomMm = signatureRoomMm;
        }
    }

    private record Rendered(byte[] bytes, int pages) {
    }

    private static Rendered render(ThankYouLetter l, Spacing spacing) {
        String xhtml = xhtml(l, spacing);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        PdfWriter.useBundledFonts(builder, document);
        builder.withProducer("Protocol Brief");
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            doc.getDocumentInformation().setTitle(l.subject());
            doc.getDocumentInformation().setCreator("Protocol Brief");
            doc.save(out);
            return new Rendered(out.toByteArray(), doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xhtml(ThankYouLetter l, Spacing spacing) {
        StringBuilder b = new StringBuilder();
        b.append("<html lang=\"").append(l.lang()).append("\"><head><title>").append(Html.escape(l.subject()))
                .append("</title><style>")
                .append("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }")
                .append("body { font-family: 'Noto Sans'; font-size: 13pt; line-height: " + spacing.lineHeight + "; }")
                .append("table { width: 100%; border-collapse: collapse; } td { vertical-align: top; text-align: center; }")
                .append(".b { font-weight: bold; } .i { font-style: italic; } .s12 { font-size: 12pt; } .s11 { font-size: 11pt; }")
                .append(".motto { font-weight: bold; border-bottom: 1px solid black; display: inline-block; padding-bottom: 1pt; }")
                .append(".rule { border-bottom: 1px solid black; width: 35%; margin: 1pt auto 4pt auto; }")
                .append("p { margin: 0 0 " + spacing.paragraphPt + "pt 0; text-align: justify; } p.indent { text-indent: 12.7mm; }")
                .append(".to { text-align: center; margin-top: 14pt; } .left p, td.left { text-align: left; }")
                .append(".sign { margin-top: 10pt; } .name { margin-top: " + spacing.signatureRoomMm + "mm; font-weight: bold; }")
                // The closing goes with the signature: never "Yours sincerely," alone above a signature on the next page.
                .append(".closing { page-break-inside: avoid; }")
                .append("</style></head><body>");
        b.append("<table><tr><td style=\"width: 42%\">");
        for (String line : l.issuingBody()) {
            b.append("<div class=\"b\">").append(Html.escape(line)).append("</div>");
        }
        b.append("<div class=\"rule\"></div><div>").append(Html.escape(l.number())).append("</div>")
                .append("<div class=\"s12\">").append(Html.escape(l.subject())).append("</div></td>");
        b.append("<td><div class=\"b s12\">").append(Html.escape(l.nationalTitle())).append("</div>")
                .append("<div><span class=\"motto\">").append(Html.escape(l.motto())).append("</span></div>")
                .append("<div class=\"i\" style=\"margin-top: 8pt\">").append(Html.escape(l.placeAndDate()))
                .append("</div></td></tr></table>");
        b.append("<p class=\"to\">").append(Html.escape(l.addressee())).append("</p>");
        b.append("<p class=\"indent\" style=\"margin-top: " + spacing.salutationPt + "pt\">").append(Html.escape(l.salutation())).append("</p>");
        for (int i = 0; i < l.paragraphs().size(); i++) {
            ThankYouLetter.Paragraph p = l.paragraphs().get(i);
            if (i == l.paragraphs().size() - 1) {
                // The signature's page carries the letter's last words, not the closing alone.
                b.append("<div class=\"closing\">");
            }
            b.append("<p class=\"indent\">").append(p.item() ? "- " : "").append(Html.escape(p.text())).append("</p>");
        }
        if (l.paragraphs().isEmpty()) {
            b.append("<div class=\"closing\">");
        }
        b.append("<p class=\"indent\">").append(Html.escape(l.regards())).append("</p>");
        b.append("<table class=\"sign\"><tr><td class=\"left\" style=\"width: 45%\"><div class=\"b i s12\">")
                .append(Html.escape(l.recipientsHeading())).append("</div>");
        for (String r : l.recipients()) {
            b.append("<div class=\"s11\">").append(Html.escape(r)).append("</div>");
        }
        b.append("</td><td>");
        for (String line : l.signerPost()) {
            b.append("<div class=\"b\">").append(Html.escape(line)).append("</div>");
        }
        b.append("<div class=\"name\">").append(Html.escape(l.signerName())).append("</div></td></tr></table></div>");
        return b.append("</body></html>").toString();
    }
}

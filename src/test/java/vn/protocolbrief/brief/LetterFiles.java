package vn.protocolbrief.brief;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text of a written letter or pack, .docx or .pdf. */
final class LetterFiles {
    private LetterFiles() {
    }

    static String text(Path file) {
        try {
            if (file.toString().endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in);
                     XWPFWordExtractor x = new XWPFWordExtractor(d)) {
                    return x.getText();
                }
            }
            try (var d = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(d);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package vn.protocolbrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Word document's text: the paragraphs of word/document.xml, read without a DTD or external entities, the part
 * bounded as it inflates and the archive's entries counted (a small .docx may inflate to gigabytes).
 */
final class DocxText {
    /** The most a .docx's document part may inflate to. */
    static final long MAX_DOCX_XML = 20L * 1024 * 1024;
    /** The most entries read from a .docx before giving up on finding its document. */
    static final int MAX_DOCX_ENTRIES = 2_000;

    private DocxText() {
    }

    /** Paragraph text of word/document.xml: one line per paragraph, tabs and breaks as spaces. */
    static ArticleText read(byte[] bytes, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_DOCX_ENTRIES) {
                    break;
                }
                if (e.getName().equals("word/document.xml")) {
                    byte[] xml = inflated(zip, name);
                    String text = ArticleReader.normalise(docxParagraphs(xml));
                    if (text.isBlank()) {
                        throw new ImportException(ImportException.Problem.EMPTY_DOCUMENT, name);
                    }
                    return new ArticleText(name, "docx", text, null, null, null);
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException ex) {
            if (ex instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException(ImportException.Problem.BAD_DOCX, ex, name);
        }
        throw new ImportException(ImportException.Problem.ZIP_NOT_DOCX, name);
    }

    /** The document part as it inflates, refused past its limit (a small .docx may inflate to gigabytes). */
    private static byte[] inflated(InputStream zip, String name) throws IOException {
        return ArticleReader.upTo(zip, MAX_DOCX_XML, () -> new ImportException(ImportException.Problem.TOO_LARGE_INFLATED, name,
                MAX_DOCX_XML / (1024 * 1024)));
    }

    private static String docxParagraphs(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml), "UTF-8");
        StringBuilder out = new StringBuilder();
        boolean inText = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                String local = r.getLocalName();
                inText = local.equals("t");
                if (local.equals("tab") || local.equals("br")) {
                    out.append(' ');
                }
            } else if (ev == XMLStreamReader.CHARACTERS && inText) {
                out.append(r.getText());
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                if (r.getLocalName().equals("t")) {
                    inText = false;
                } else if (r.getLocalName().equals("p")) {
                    out.append("\n\n");
                }
            }
        }
        return out.toString();
    }
}

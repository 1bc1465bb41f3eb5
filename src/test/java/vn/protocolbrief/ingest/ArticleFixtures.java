package vn.protocolbrief.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The founding articles as test resources, and other forms of them. */
final class ArticleFixtures {
    static final String NINH_BINH = "000_6ef85c27b7f35592.txt";
    static final String PHU_THO = "001_a194596996ba649d.txt";
    static final String GIA_LAI = "002_430b03be67878ace.txt";
    static final String QUANG_NINH = "003_8c066f77a224faa5.txt";
    static final String CAO_BANG = "004_9a62c270164c21e6.txt";

    private ArticleFixtures() {
    }

    static String text(String name) {
        try (InputStream in = ArticleFixtures.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article as a browser saves a page: head, navigation, script, the story, a footer of other links. */
    static String html(String title, String body) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>" + title + "</title><meta property=\"article:published_time\" content=\"2025-10-27T18:00:00+07:00\">"
                + "<link rel=\"canonical\" href=\"https://baogialai.example/tin-tuc/ashikaga.html\">"
                + "<script>var ads = '<p>Quảng cáo</p>';</script><style>p{color:red}</style></head><body>"
                + "<header><nav><a href=\"/\">Trang chủ</a> | <a>Thời sự</a> | <a>Kinh tế</a></nav></header><article>");
        for (String p : body.split("\n\n|\n")) {
            b.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        b.append("</article><aside><h3>Tin liên quan</h3><ul><li>Thái Bình: đẩy mạnh xúc tiến đầu tư</li></ul></aside>"
                + "<footer>© Báo Gia Lai</footer></body></html>");
        return b.toString();
    }

    /** A minimal Word document: one paragraph per line. */
    static byte[] docx(String text) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String p : text.split("\n")) {
            if (!p.isBlank()) {
                xml.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(p.replace("&", "&amp;").replace("<", "&lt;"))
                        .append("</w:t></w:r></w:p>");
            }
        }
        xml.append("</w:body></w:document>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

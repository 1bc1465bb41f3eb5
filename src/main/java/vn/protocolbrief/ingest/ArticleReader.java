package vn.protocolbrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/** Reads an article from plain text (UTF-8, BOM or not, NFC or NFD), a saved HTML page, or a .docx file. */
public final class ArticleReader {
    /** No news article comes near this; a larger file is something else. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern DROP = Pattern.compile(
            "(?is)<(script|style|noscript|nav|header|footer|aside|form|iframe|svg|template)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|div|br|li|h[1-6]|tr|section|article|figcaption|blockquote|table|ul|ol)\\b[^>]*>");
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern META = Pattern.compile(
            "(?is)<meta\\s+[^>]*(?:property|name|itemprop)\\s*=\\s*[\"']([^\"']+)[\"'][^>]*content\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern CANONICAL = Pattern.compile(
            "(?is)<link\\s+[^>]*rel\\s*=\\s*[\"']canonical[\"'][^>]*href\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /**
     * The articles a file or folder holds: the file itself, or the folder's .txt, .html, .htm and .docx files
     * (not its subfolders), sorted by name.
     */
    public static java.util.List<Path> articles(Path fileOrFolder) {
        if (!Files.exists(fileOrFolder)) {
            throw new ImportException(ImportException.Problem.NOT_FOUND, fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return java.util.List.of(fileOrFolder);
        }
        try (java.util.stream.Stream<Path> s = Files.list(fileOrFolder)) {
            java.util.List<Path> out = s.filter(Files::isRegularFile).filter(ArticleReader::looksLikeArticle).sorted()
                    .toList();
            if (out.isEmpty()) {
                throw new ImportException(ImportException.Problem.NO_ARTICLES, fileOrFolder);
            }
            return out;
        } catch (IOException e) {
            throw new ImportException(ImportException.Problem.UNREADABLE, e, fileOrFolder, e.getMessage());
        }
    }

    private static boolean looksLikeArticle(Path f) {
        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".docx");
    }

    public ArticleText read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw e instanceof java.nio.file.NoSuchFileException ? new ImportException(ImportException.Problem.NOT_FOUND, e, name)
                    : new ImportException(ImportException.Problem.UNREADABLE, e, name, e.getMessage());
        }
        if (size > MAX_BYTES) {
            throw new ImportException(ImportException.Problem.TOO_LARGE, name, size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
        }
        try {
            return read(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new ImportException(ImportException.Problem.UNREADABLE, e, name, e.getMessage());
        }
    }

    public ArticleText read(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(ImportException.Problem.TOO_LARGE, name, bytes.length / (1024 * 1024),
                    MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return docx(bytes, name);
        }
        String text = decode(bytes, name);
        if (text.isBlank()) {
            throw new ImportException(ImportException.Problem.EMPTY, name);
        }
        String head = text.substring(0, Math.min(2000, text.length())).toLowerCase(java.util.Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")) {
            return html(text, name);
        }
        return new ArticleText(name, "text", normalise(text), null, null, null);
    }

    private static String decode(byte[] bytes, String name) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int controls = 0;
        for (int i = start; i < Math.min(bytes.length, 8192); i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                controls++;
            }
        }
        if (controls > 0) {
            throw new ImportException(ImportException.Problem.BINARY, name);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportException.Problem.NOT_UTF8, e, name);
        }
    }

    /** NFC; unified line ends; runs of blank lines become one paragraph break. */
    static String normalise(String text) {
        String t = Text.nfc(text).replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                .replace("\u200B", "").replace("\uFEFF", "");
        StringBuilder out = new StringBuilder(t.length());
        int blank = 0;
        for (String line : t.split("\n", -1)) {
            String l = line.strip().replaceAll("[ \\t]+", " ");
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(l);
            blank = 0;
        }
        return out.toString();
    }

    private ArticleText html(String page, String name) {
        String title = null;
        Matcher t = TITLE.matcher(page);
        if (t.find()) {
            title = Text.clean(decodeEntities(TAG.matcher(t.group(1)).replaceAll("")));
        }
        PartialDate published = null;
        String url = null;
        Matcher m = META.matcher(page);
        while (m.find()) {
            String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if ((key.contains("published") || key.equals("date") || key.equals("pubdate")) && published == null) {
                Matcher d = ISO_DATE.matcher(m.group(2));
                if (d.find()) {
                    published = PartialDate.of(d.group());
                }
            } else if (key.equals("og:url") && url == null) {
                url = m.group(2);
            } else if (key.equals("og:title") && m.group(2).length() > 5) {
                title = Text.clean(decodeEntities(m.group(2)));
            }
        }
        Matcher c = CANONICAL.matcher(page);
        if (c.find()) {
            url = c.group(1);
        }
        String body = page;
        int bodyAt = body.toLowerCase(java.util.Locale.ROOT).indexOf("<body");
        if (bodyAt >= 0) {
            body = body.substring(bodyAt);
        }
        body = COMMENT.matcher(body).replaceAll(" ");
        body = DROP.matcher(body).replaceAll("\n");
        body = BLOCK.matcher(body).replaceAll("\n\n");
        body = TAG.matcher(body).replaceAll("");
        String text = normalise(decodeEntities(body));
        if (text.isBlank()) {
            throw new ImportException(ImportException.Problem.NO_TEXT, name);
        }
        return new ArticleText(name, "html", text, title, published, url);
    }

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                r = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "ndash" -> "–";
                    case "mdash" -> "—";
                    case "hellip" -> "…";
                    case "ldquo" -> "“";
                    case "rdquo" -> "”";
                    case "lsquo" -> "‘";
                    case "rsquo" -> "’";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Paragraph text of word/document.xml: one line per paragraph, tabs and breaks as spaces. */
    private ArticleText docx(byte[] bytes, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("word/document.xml")) {
                    String text = normalise(docxParagraphs(zip.readAllBytes()));
                    if (text.isBlank()) {
                        throw new ImportException(ImportException.Problem.EMPTY_DOCUMENT, name);
                    }
                    return new ArticleText(name, "docx", text, null, null, null);
                }
            }
        } catch (IOException | XMLStreamException ex) {
            throw new ImportException(ImportException.Problem.BAD_DOCX, ex, name);
        }
        throw new ImportException(ImportException.Problem.ZIP_NOT_DOCX, name);
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

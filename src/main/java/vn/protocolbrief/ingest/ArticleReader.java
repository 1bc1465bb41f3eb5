package vn.protocolbrief.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/**
 * Reads an article from plain text (UTF-8 or UTF-16, BOM or not, NFC or NFD), a saved HTML page (parsed, never
 * matched with patterns over markup), or a .docx file. Every input is bounded while it is read — bytes from a
 * file, a pipe or a device, the bytes a .docx inflates to, the length of a line — so no input can exhaust memory
 * or time; what is too large is refused in one line naming the file and the limit.
 */
public final class ArticleReader {
    /** No news article comes near this; a larger input is something else. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** A line longer than this is cut into pieces, so no sentence is unboundedly long. */
    static final int MAX_LINE = 4_000;

    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}|\\t");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final List<String> DROPPED = List.of("script", "style", "noscript", "nav", "header", "footer", "aside",
            "form", "iframe", "svg", "template", "button", "select", "object", "embed", "canvas", "video", "audio");
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "section", "article", "figcaption", "blockquote", "table", "ul", "ol", "dd", "dt", "pre",
            "figure", "main", "td", "th");

    /**
     * The articles a file or folder holds: the file itself, or the folder's .txt, .html, .htm and .docx files
     * (not its subfolders), sorted by name.
     */
    public static List<Path> articles(Path fileOrFolder) {
        if (!Files.exists(fileOrFolder)) {
            throw new ImportException(ImportException.Problem.NOT_FOUND, fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (java.util.stream.Stream<Path> s = Files.list(fileOrFolder)) {
            List<Path> out = s.filter(Files::isRegularFile).filter(ArticleReader::looksLikeArticle).sorted().toList();
            if (out.isEmpty()) {
                throw new ImportException(ImportException.Problem.NO_ARTICLES, fileOrFolder);
            }
            return out;
        } catch (IOException e) {
            throw new ImportException(ImportException.Problem.UNREADABLE, e, fileOrFolder, e.getMessage());
        }
    }

    private static boolean looksLikeArticle(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".docx");
    }

    /** A file, a pipe or a device: read up to the limit, never further. */
    public ArticleText read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(ImportException.Problem.UNREADABLE, name, "it is a folder");
        }
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            if (size > MAX_BYTES) {
                throw new ImportException(ImportException.Problem.TOO_LARGE, name, size / (1024 * 1024),
                        MAX_BYTES / (1024 * 1024));
            }
        } catch (IOException e) {
            // Read below, which says what is wrong.
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(bounded(in, name), name);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportException(ImportException.Problem.NOT_FOUND, e, name);
        } catch (IOException e) {
            throw new ImportException(ImportException.Problem.UNREADABLE, e, name, e.getMessage());
        }
    }

    /** Standard input and other streams, bounded the same way. */
    public ArticleText read(InputStream in, String name) {
        try {
            return read(bounded(in, name), name);
        } catch (IOException e) {
            throw new ImportException(ImportException.Problem.UNREADABLE, e, name, e.getMessage());
        }
    }

    /** The stream's bytes, refused as soon as they pass the limit (a pipe or /dev/zero has no size to check). */
    static byte[] bounded(InputStream in, String name) throws IOException {
        return upTo(in, MAX_BYTES, () -> new ImportException(ImportException.Problem.TOO_LARGE, name,
                "more than " + MAX_BYTES / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
    }

    /** A stream read whole, or the given refusal as soon as it passes {@code limit} bytes. */
    static byte[] upTo(InputStream in, long limit, java.util.function.Supplier<ImportException> tooLarge)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw tooLarge.get();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    public ArticleText read(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(ImportException.Problem.TOO_LARGE, name, bytes.length / (1024 * 1024),
                    MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return DocxText.read(bytes, name);
        }
        String text = decode(bytes, name);
        if (text.isBlank()) {
            throw new ImportException(ImportException.Problem.EMPTY, name);
        }
        String head = text.substring(0, Math.min(2000, text.length())).toLowerCase(Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")) {
            return html(text, name);
        }
        return new ArticleText(name, "text", normalise(text), null, null, null);
    }

    private static String decode(byte[] bytes, String name) {
        Charset charset = StandardCharsets.UTF_8;
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (utf16WithoutMark(bytes) != null) {
            charset = utf16WithoutMark(bytes);
        }
        if (charset == StandardCharsets.UTF_8) {
            int zeroOrControl = 0;
            for (int i = start; i < Math.min(bytes.length, 8192); i++) {
                int b = bytes[i] & 0xFF;
                if (b == 0 || b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                    zeroOrControl++;
                }
            }
            if (zeroOrControl > 0) {
                throw new ImportException(ImportException.Problem.BINARY, name);
            }
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportException.Problem.NOT_UTF8, e, name);
        }
        int controls = 0;
        for (int i = 0; i < Math.min(text.length(), 8192); i++) {
            char c = text.charAt(i);
            if (c == 0 || c < 0x09 || c > 0x0D && c < 0x20 && c != 0x1B) {
                controls++;
            }
        }
        if (controls > 0) {
            throw new ImportException(ImportException.Problem.BINARY, name);
        }
        return text;
    }

    /** UTF-16 saved without a byte-order mark: every other byte of plain Latin text is zero. */
    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 512) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.4 && evenZero == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.4 && oddZero == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * NFC; unified line ends; runs of blank lines become one paragraph break; control characters other than
     * line ends and tabs dropped (they are never text and must not reach a terminal); overlong lines cut.
     */
    static String normalise(String text) {
        // Text.nfc drops the invisible characters (zero-width, bidirectional controls, BOM).
        String t = Text.nfc(text).replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        StringBuilder out = new StringBuilder(t.length());
        int blank = 0;
        for (String line : t.split("\n", -1)) {
            String l = SPACES.matcher(withoutControls(line).strip()).replaceAll(" ");
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            // Cut by position: taking the rest as a new string at each cut copied a long line once per piece.
            int from = 0;
            while (l.length() - from > MAX_LINE) {
                int cut = l.lastIndexOf(' ', from + MAX_LINE);
                cut = cut < from + MAX_LINE / 2 ? from + MAX_LINE : cut;
                appendLine(out, l.substring(from, cut).strip(), blank);
                blank = 0;
                from = cut;
                while (from < l.length() && Character.isWhitespace(l.charAt(from))) {
                    from++;
                }
            }
            appendLine(out, l.substring(from), blank);
            blank = 0;
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, String line, int blank) {
        if (line.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(blank > 0 ? "\n\n" : "\n");
        }
        out.append(line);
    }

    private static String withoutControls(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\t' || c == 0x7F || c >= 0x80 && c < 0xA0;
            if (control && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (b != null && !control) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** A saved page, parsed: its title, date and address from its metadata; its text without the page around it. */
    private ArticleText html(String page, String name) {
        Document doc = Jsoup.parse(page);
        PageMetadata meta = PageMetadata.of(doc);
        Element body = doc.body();
        for (String tag : DROPPED) {
            body.select(tag).remove();
        }
        StringBuilder text = new StringBuilder();
        collect(body, text);
        String normalised = normalise(text.toString());
        if (normalised.isBlank()) {
            throw new ImportException(ImportException.Problem.NO_TEXT, name);
        }
        return new ArticleText(name, "html", normalised, meta.title(), meta.published(), meta.url(), meta.site());
    }

    /** The text of the page's blocks, one per line; iterative, so depth never costs stack. */
    private static void collect(Element root, StringBuilder out) {
        java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            if (o instanceof String marker) {
                out.append(marker);
                continue;
            }
            Node node = (Node) o;
            if (node instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (node instanceof Element e) {
                boolean block = BLOCKS.contains(e.normalName());
                if (block) {
                    out.append("\n\n");
                    stack.push("\n\n");
                }
                List<Node> children = e.childNodes();
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }
    }

}

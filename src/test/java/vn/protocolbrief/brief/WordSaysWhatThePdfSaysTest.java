package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19 (rd14): the Word file is the same pack as the PDF, from the same model — yet it dropped the people table's
 * legend on forms of address, put the partner's Japanese name first and left out the rule between meetings. For every
 * demo pair and the first-meeting pair, in both languages, each part (the title block with the front brief, then each
 * annex) says the same words in Word as in the PDF, in the same order:
 * <ul>
 * <li>the words of each part of the PDF's text (PDFBox, page by page, the running header and footer left out) are the
 * words of that part of the .docx, as a multiset: nothing shown in one is missing from the other;</li>
 * <li>in the order of the XHTML the PDF is laid out from (the PDF's reading order, which a text extraction loses in
 * tables whose cells wrap), the .docx's words come in the same order.</li>
 * </ul>
 * The list of annexes is left out of both (its page numbers are each layout's own); punctuation that only separates
 * ("·", "•", a label's colon) is not a word.
 */
class WordSaysWhatThePdfSaysTest {
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void everyPartHasTheSameWordsInWordAsInThePdf(String province, String lang) throws Exception {
        var pack = demo.packs().pack(province, lang);
        Map<String, List<String>> pdf = pdfParts(pack.pages(), pack.model().meta().classification(), lang);
        Map<String, List<String>> word = wordParts(pack.docx(), lang);
        assertThat(word.keySet()).as("the parts, in order").containsExactlyElementsOf(pdf.keySet());
        for (String part : pdf.keySet()) {
            List<String> pdfOnly = minus(pdf.get(part), word.get(part));
            List<String> wordOnly = minus(word.get(part), pdf.get(part));
            assertThat(pdfOnly).as(province + " " + lang + " " + part + ": in the PDF, not in Word").isEmpty();
            assertThat(wordOnly).as(province + " " + lang + " " + part + ": in Word, not in the PDF").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void everyPartSaysItsWordsInThePdfsOrder(String province, String lang) throws Exception {
        var pack = demo.packs().pack(province, lang);
        Map<String, List<String>> xhtml = xhtmlParts(pack.xhtml(), lang);
        Map<String, List<String>> word = wordParts(pack.docx(), lang);
        assertThat(word.keySet()).as("the parts, in order").containsExactlyElementsOf(xhtml.keySet());
        for (String part : xhtml.keySet()) {
            // In lower case: the PDF's style sets the issuing office in capitals, Word's text has them.
            List<String> a = xhtml.get(part).stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toList();
            List<String> b = word.get(part).stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toList();
            int at = 0;
            while (at < Math.min(a.size(), b.size()) && a.get(at).equals(b.get(at))) {
                at++;
            }
            assertThat(at).as(province + " " + lang + " " + part + ": the PDF reads "
                    + a.subList(Math.max(0, at - 6), Math.min(a.size(), at + 6)) + ", Word reads "
                    + b.subList(Math.max(0, at - 6), Math.min(b.size(), at + 6))).isEqualTo(Math.max(a.size(), b.size()));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void meetingsInFullAreDividedInWordAsInThePdf(String province, String lang) throws Exception {
        var pack = demo.packs().pack(province, lang);
        long inPdf = Pattern.compile("class=\"meeting\"").matcher(pack.xhtml()).results().count();
        long inWord = pack.docx().getParagraphs().stream().filter(p -> p.getCTP().isSetPPr()
                && p.getCTP().getPPr().isSetPBdr() && p.getCTP().getPPr().getPBdr().isSetBottom()).count();
        assertThat(inWord).as(province + " " + lang + ": a rule under each meeting told in full").isEqualTo(inPdf);
    }

    /** The PDF's lines, part by part: the first part is the title block and the front brief. */
    static Map<String, List<String>> pdfParts(List<String> pages, String classification, String lang) {
        List<String> lines = new ArrayList<>();
        for (String page : pages) {
            for (String line : page.split("\n")) {
                if (!line.contains(classification)) {
                    lines.add(line);
                }
            }
        }
        return parts(lines, lang);
    }

    /** The .docx's paragraphs, a table's cells in order, part by part. */
    static Map<String, List<String>> wordParts(XWPFDocument doc, String lang) {
        List<String> blocks = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                if (!p.getCTP().xmlText().contains("PAGEREF")) { // a line of the list of annexes
                    blocks.add(p.getText());
                }
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                        .forEach(p -> blocks.add(p.getText()))));
            }
        }
        return parts(blocks, lang);
    }

    private static final Pattern BLOCK_TAG = Pattern.compile("</?(?:p|div|td|th|tr|br|h1|h2|h3|li|ul|table|thead"
            + "|tbody|col)\\b[^>]*>");

    /** The XHTML's blocks of text in document order: the running header and the list of annexes left out. */
    static Map<String, List<String>> xhtmlParts(String xhtml, String lang) {
        String body = xhtml.substring(xhtml.indexOf("<body>"))
                .replaceFirst("<div class=\"running-header\">.*?</div>", "")
                .replaceAll("<div class=\"toc keep\">.*?</div>", "");
        List<String> blocks = new ArrayList<>();
        for (String block : BLOCK_TAG.split(body)) {
            blocks.add(unescape(block.replaceAll("<[^>]*>", "")));
        }
        return parts(blocks, lang);
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("&#(\\d+);|&#x([0-9a-fA-F]+);").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(m.group(1) != null
                    ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16)))));
        }
        m.appendTail(b);
        return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /**
     * Blocks of text grouped by part: a block that is an annex's heading opens a part; the list of annexes' heading
     * and its lines ("… 3") are left out.
     */
    private static Map<String, List<String>> parts(List<String> blocks, String lang) {
        String contents = new Labels(lang).get("annex.contents");
        Map<String, List<String>> out = new LinkedHashMap<>();
        String part = "front";
        out.put(part, new ArrayList<>());
        for (String block : blocks) {
            String b = block.replace('\u00A0', ' ').replace("\u2060", "").strip();
            if (b.equals(contents) || b.matches(".*\\.{4,}\\s*\\d+")) {
                continue;
            }
            if (PageFillTest.isAnnexHeading(b, lang)) {
                part = b;
                out.put(part, new ArrayList<>());
                continue;
            }
            out.get(part).addAll(words(b));
        }
        return out;
    }

    /** The words of a text: NFC, no-break spaces and hyphens as plain ones, punctuation around a word left off. */
    static List<String> words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').replace('\u202F', ' ')
                .replace("\u2060", "").replace('\u2011', '-').replace("\u00AD", "");
        List<String> out = new ArrayList<>();
        for (String raw : t.split("\\s+")) {
            String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words of {@code a} left when each word of {@code b} takes away one of its own. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> left = new ArrayList<>(a);
        for (String w : b) {
            left.remove(w);
        }
        return left;
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How full each page of a pack is, in the PDF and in the Word file as LibreOffice lays it out, for every demo pair
 * and the first-meeting pair in both languages (issue 19: "no page under a fifth full except the last of an annex").
 * A pack a ministry would sign has no page left mostly blank before its last: the front brief's last page is either
 * well filled or followed on the same page by the annexes, and an annex does not leave a few lines alone on a page.
 * Each page's share is printed ("fill …"), so the figures can be read from the test's output.
 */
class PageFillTest {
    /** No page but the last of a part (the front brief, an annex) may be less full than this. */
    static final double LEAST_FILL = 0.4;
    /** The front brief's last page holds at least this much, with the list of annexes under its text. */
    static final double LEAST_LAST_FILL = 0.15;

    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    /**
     * Every page that does not end a part at least {@link #LEAST_FILL} full. Every annex starts on a page of its own
     * (ADR 0024), so a page followed by an annex's heading, and the pack's last page, end a part (the front brief or
     * an annex) and may be short, as the issue allows for "the last of an annex"; the front brief's last page still
     * holds at least {@link #LEAST_LAST_FILL}, unless it holds the list of annexes alone, kept whole.
     */
    static void check(String what, List<Double> fills, List<String> firstLines, String lang) {
        StringBuilder line = new StringBuilder("fill " + what + ":");
        fills.forEach(f -> line.append(String.format(java.util.Locale.ROOT, " %.0f%%", 100 * f)));
        System.out.println(line);
        java.util.function.IntPredicate startsPart = i -> startsPart(firstLines.get(i), lang);
        for (int i = 0; i < fills.size(); i++) {
            boolean endsPart = i == fills.size() - 1 || startsPart.test(i + 1);
            if (!endsPart) {
                assertThat(fills.get(i)).as(what + " page " + (i + 1) + " of " + fills.size() + " is this full")
                        .isGreaterThanOrEqualTo(LEAST_FILL);
            } else if (i == 0 || !startsPart.test(i) && !annexed(firstLines.subList(0, i + 1), lang)) {
                // The front brief's last page (no annex has started yet), holding the list of annexes under its text.
                assertThat(fills.get(i)).as(what + " page " + (i + 1) + " of " + fills.size() + ", the front's last")
                        .isGreaterThanOrEqualTo(LEAST_LAST_FILL);
            }
        }
    }

    /**
     * Whether a page whose body starts with this line starts a part: an annex's heading (not a line of their list,
     * "Annex 1. History ........ 3"), or the list's heading, the list of annexes kept whole at the top of the page
     * after the front brief (ADR 0022).
     */
    static boolean startsPart(String firstLine, String lang) {
        String annex = java.util.regex.Pattern.quote(new Labels(lang).format("annex", 99)).replace("99", "\\E\\d+\\Q");
        String line = firstLine.replace('\u00A0', ' ').strip();
        return line.matches(annex + "\\. .*\\D") || line.equals(new Labels(lang).get("annex.contents"));
    }

    /** Whether an annex has started on one of these pages (the list of annexes is not one). */
    private static boolean annexed(List<String> firstLines, String lang) {
        return firstLines.stream().anyMatch(x -> startsPart(x, lang) && !x.strip().equals(new Labels(lang)
                .get("annex.contents")));
    }

    /** The first line of each page's body, the classification line left out. */
    static List<String> firstLines(List<List<String>> pages, String classification) {
        return pages.stream().map(page -> page.stream().map(x -> x.replace('\u00A0', ' ').strip())
                .filter(x -> !x.isEmpty() && (classification == null || !x.contains(classification))).findFirst()
                .orElse("")).toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void noPdfPageIsLeftMostlyBlank(String province, String lang) throws Exception {
        var pack = demo.packs().pack(province, lang);
        String classification = pack.model().meta().classification();
        check(String.format("%-11s %s PDF ", province, lang), pack.fills(), firstLines(pack.pages().stream()
                .map(page -> page.lines().toList()).toList(), classification), lang);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void noWordPageIsLeftMostlyBlank(String province, String lang) throws Exception {
        PdfPages pages = demo.packs().word(province, lang);
        Assumptions.assumeTrue(pages != null, "LibreOffice (soffice) is not installed: the Word pages are not measured");
        check(String.format("%-11s %s Word", province, lang), pages.pages().stream().map(PdfPages.Page::fill).toList(),
                firstLines(pages.pages().stream().map(PdfPages.Page::lines).toList(), null), lang);
    }
}

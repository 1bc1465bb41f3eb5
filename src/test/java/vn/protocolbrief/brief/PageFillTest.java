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
    /** No page but the pack's last may be less full than this. */
    static final double LEAST_FILL = 0.4;
    /** The pack's last page holds at least this much: more than one row of the sources left alone. */
    static final double LEAST_LAST_FILL = 0.15;

    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    /**
     * Every page but the last at least {@link #LEAST_FILL} full; the last at least {@link #LEAST_LAST_FILL}, unless it
     * holds a whole annex (its first line is an annex's heading): a short annex on a page of its own is "the last page
     * of an annex" the issue allows, not rows left behind by the page before.
     */
    static void check(String what, List<Double> fills, String lastPageFirstLine, String lang) {
        StringBuilder line = new StringBuilder("fill " + what + ":");
        fills.forEach(f -> line.append(String.format(java.util.Locale.ROOT, " %.0f%%", 100 * f)));
        System.out.println(line);
        for (int i = 0; i < fills.size() - 1; i++) {
            assertThat(fills.get(i)).as(what + " page " + (i + 1) + " of " + fills.size() + " is this full")
                    .isGreaterThanOrEqualTo(LEAST_FILL);
        }
        String annex = java.util.regex.Pattern.quote(new Labels(lang).format("annex", 99)).replace("99", "\\E\\d+\\Q");
        if (!lastPageFirstLine.strip().matches(annex + "\\. .*")) {
            assertThat(fills.get(fills.size() - 1)).as(what + " last page").isGreaterThanOrEqualTo(LEAST_LAST_FILL);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void noPdfPageIsLeftMostlyBlank(String province, String lang) throws Exception {
        var pack = demo.packs().pack(province, lang);
        String classification = pack.model().meta().classification();
        String first = pack.pages().get(pack.pages().size() - 1).replace('\u00A0', ' ').lines().map(String::strip)
                .filter(x -> !x.isEmpty() && !x.contains(classification)).findFirst().orElse("");
        check(String.format("%-11s %s PDF ", province, lang), pack.fills(), first, lang);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void noWordPageIsLeftMostlyBlank(String province, String lang) throws Exception {
        PdfPages pages = demo.packs().word(province, lang);
        Assumptions.assumeTrue(pages != null, "LibreOffice (soffice) is not installed: the Word pages are not measured");
        var last = pages.pages().get(pages.pages().size() - 1).lines();
        check(String.format("%-11s %s Word", province, lang), pages.pages().stream().map(PdfPages.Page::fill).toList(),
                last.isEmpty() ? "" : last.get(0), lang);
    }
}

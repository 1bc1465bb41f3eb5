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
 * A pack a ministry would sign has no page left mostly blank before its last: no page holds only the list of annexes, and an
 * annex does not leave a few lines alone on a page unless they end it.
 * Each page's share is printed ("fill …"), so the figures can be read from the test's output.
 */
class PageFillTest {
    /** No page may be less full than this but the last of a part (the front brief, an annex). */
    static final double LEAST_FILL = 0.4;
    /** The floor: "no page under a fifth full except the last of an annex" (the front brief is a part too). */
    static final double A_FIFTH = 0.2;

    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    /**
     * The rule: no page under {@link #A_FIFTH} full except the last page of a part, and no page that does not end
     * a part under {@link #LEAST_FILL}. The parts are the front brief and each annex (pk16's decision, rd14: Quảng Ninh
     * vi Word page 2 held only the programme and the gift): the front brief is a document of its own, at most two
     * pages, whose last page is its part's last page as an annex's is; the annex part starts after it (on a new page in
     * Word, where the list of annexes heads it). Annexes follow each other and a short one is kept whole (ADR 0024,
     * amended), so the page before an annex's heading, when an annex has started on it or before, is the last page of an
     * annex. A page holding only the list of annexes ends no part (no annex has started on it, and the front has).
     *
     * @param pages each page's lines, the classification line and blank lines left out
     */
    static void check(String what, List<Double> fills, List<List<String>> pages, String lang) {
        StringBuilder line = new StringBuilder("fill " + what + ":");
        fills.forEach(f -> line.append(String.format(java.util.Locale.ROOT, " %.0f%%", 100 * f)));
        System.out.println(line);
        boolean annexStarted = false;
        boolean frontEnded = false;
        for (int i = 0; i < fills.size(); i++) {
            annexStarted |= pages.get(i).stream().anyMatch(x -> isAnnexHeading(x, lang));
            frontEnded |= pages.get(i).stream().anyMatch(x -> startsPart(x, lang));
            boolean last = i == fills.size() - 1;
            boolean nextStartsPart = !last && !pages.get(i + 1).isEmpty() && startsPart(pages.get(i + 1).get(0), lang);
            String page = what + " page " + (i + 1) + " of " + fills.size() + " " + pages.get(i);
            if ((last || nextStartsPart) && (annexStarted || !frontEnded)) {
                continue; // the last page of an annex, or of the front brief
            }
            assertThat(fills.get(i)).as(page + " is this full")
                    .isGreaterThanOrEqualTo(last || nextStartsPart ? A_FIFTH : LEAST_FILL);
        }
    }

    /**
     * Whether a page whose body starts with this line starts a part: an annex's heading, or the list's heading (the
     * list of annexes heads the annex part when it cannot close the front brief's last page).
     */
    static boolean startsPart(String firstLine, String lang) {
        return isAnnexHeading(firstLine, lang) || firstLine.replace('\u00A0', ' ').strip()
                .equals(new Labels(lang).get("annex.contents"));
    }

    /** An annex's heading, not a line of their list ("Annex 1. History ........ 3"). */
    static boolean isAnnexHeading(String line, String lang) {
        String annex = java.util.regex.Pattern.quote(new Labels(lang).format("annex", 99)).replace("99", "\\E\\d+\\Q");
        return line.replace('\u00A0', ' ').strip().matches(annex + "\\. .*\\D");
    }

    /** Each page's lines, stripped, the classification line and blank lines left out. */
    static List<List<String>> bodies(List<List<String>> pages, String classification) {
        return pages.stream().map(page -> page.stream().map(x -> x.replace('\u00A0', ' ').strip())
                .filter(x -> !x.isEmpty() && (classification == null || !x.contains(classification))).toList())
                .toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void noPdfPageIsLeftMostlyBlank(String province, String lang) throws Exception {
        var pack = demo.packs().pack(province, lang);
        String classification = pack.model().meta().classification();
        check(String.format("%-11s %s PDF ", province, lang), pack.fills(), bodies(pack.pages().stream()
                .map(page -> page.lines().toList()).toList(), classification), lang);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void noWordPageIsLeftMostlyBlank(String province, String lang) throws Exception {
        PdfPages pages = demo.packs().word(province, lang);
        Assumptions.assumeTrue(pages != null, "LibreOffice (soffice) is not installed: the Word pages are not measured");
        check(String.format("%-11s %s Word", province, lang), pages.pages().stream().map(PdfPages.Page::fill).toList(),
                bodies(pages.pages().stream().map(PdfPages.Page::lines).toList(), null), lang);
    }
}

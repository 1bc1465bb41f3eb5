package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.protocolbrief.domain.Visit;

/**
 * The Word file's layout does not hang on one line of page 1 (ADR 0024): the same packs with a purpose a line longer
 * keep every page filled as {@link PageFillTest} asks, in the PDF and as LibreOffice lays the Word file out. Before,
 * an annex heading estimated "near the foot" started a new page or not, and one more line on page 1 flipped Ninh
 * Bình's English Word page 4 from full to a third full.
 */
class OneLineMoreOnPageOneTest {
    private static final List<DemoPacks.Pair> PAIRS = DemoPacks.PAIRS.stream()
            .filter(p -> List.of("ninh-binh", "gia-lai", "quang-ninh").contains(p.province())).toList();
    /** About one line more than the demo visit's purpose, in words of any visit's purpose. */
    private static final String LONGER = "Chào xã giao, trao đổi hợp tác; rà soát các nội dung đã thống nhất và bàn"
            + " phương hướng hợp tác trong thời gian tới";

    private static Path dir;
    private static DemoPacks packs;

    @BeforeAll
    static void build() throws Exception {
        dir = Files.createTempDirectory("one-line-more-");
        packs = new DemoPacks(dir, store -> { }, PAIRS, p -> longer(DemoPacks.planned(p)));
    }

    @AfterAll
    static void close() throws Exception {
        packs.close();
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Visit longer(Visit v) {
        assertThat(LONGER).startsWith(v.purpose()); // the demo's purpose, and more
        return new Visit(v.id(), v.provinceId(), v.partnerId(), v.date(), v.time(), v.venue(), LONGER, v.leader(),
                v.members(), v.hosts(), v.interpreter(), v.programme(), v.issuingOffice(), v.preparedBy(),
                v.approvedBy(), v.points());
    }

    static java.util.stream.Stream<Arguments> pairs() {
        return PAIRS.stream().flatMap(p -> DemoPacks.LANGS.stream().map(lang -> Arguments.of(p.province(), lang)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pairs")
    void everyPageIsStillFilled(String province, String lang) throws Exception {
        var pack = packs.pack(province, lang);
        assertThat(FrontBriefTest.normal(pack.docxText())).contains(LONGER.substring(LONGER.indexOf(';') + 2, 60));
        PageFillTest.check(String.format("%-11s %s PDF +1", province, lang), pack.fills(), PageFillTest.bodies(
                pack.pages().stream().map(page -> page.lines().toList()).toList(),
                pack.model().meta().classification()), lang);
        PdfPages word = packs.word(province, lang);
        Assumptions.assumeTrue(word != null, "LibreOffice (soffice) is not installed: the Word pages are not measured");
        PageFillTest.check(String.format("%-11s %s Word +1", province, lang), word.pages().stream()
                .map(PdfPages.Page::fill).toList(), PageFillTest.bodies(word.pages().stream()
                .map(PdfPages.Page::lines).toList(), null), lang);
    }
}

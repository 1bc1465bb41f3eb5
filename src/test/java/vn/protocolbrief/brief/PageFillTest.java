package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.protocolbrief.brief.Packs.Pack;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

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

    @TempDir
    static Path dir;
    static Store store;
    static BriefService service;
    static final Map<String, String> VISITS = new LinkedHashMap<>();
    static final Map<String, Pack> PACKS = new HashMap<>();
    static final Map<String, PdfPages> WORD = new HashMap<>();

    @BeforeAll
    static void open() {
        store = Store.open(dir.resolve("demo.db"));
        service = Packs.service(store);
        VisitService visits = new VisitService(store);
        visit(visits, "phu-tho", "embassy-of-japan", "ito-naoki", "tran-duy-dong");
        visit(visits, "gia-lai", "ashikaga", "hayakawa-naohide", "nguyen-tuan-thanh");
        visit(visits, "quang-ninh", "pref-hokkaido", "suzuki-naomichi", "nguyen-xuan-ky");
        visit(visits, "cao-bang", "embassy-of-japan", "ito-naoki", "quan-minh-cuong");
        visit(visits, "ninh-binh", "embassy-of-japan", "ito-naoki", "dang-xuan-phong");
        visit(visits, "ca-mau", "jica", null, null);
    }

    static void visit(VisitService visits, String province, String partner, String leader, String host) {
        String id = "visit-" + province;
        visits.save(new Visit(id, province, partner, PartialDate.of("2026-12-03"), "09:30", "Trụ sở UBND tỉnh",
                "Chào xã giao, trao đổi hợp tác", leader == null ? null : new Visit.Attendee(leader, null, null),
                List.of(), host == null ? List.of() : List.of(new Visit.Attendee(host, null, null)), null,
                List.of(new Visit.ProgrammeItem("09:30", "Đón đoàn"), new Visit.ProgrammeItem("10:00", "Hội đàm")),
                "Sở Ngoại vụ", null, null, List.of()));
        VISITS.put(province, id);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Arguments> packs() {
        return VISITS.keySet().stream().flatMap(p -> Stream.of(Arguments.of(p, "vi"), Arguments.of(p, "en")));
    }

    static synchronized Pack pack(String province, String lang) throws IOException {
        String key = province + "-" + lang;
        if (!PACKS.containsKey(key)) {
            PACKS.put(key, Packs.build(service, BriefRequest.forVisit(VISITS.get(province), lang, null, null), dir, key));
        }
        return PACKS.get(key);
    }

    /** Every pack's Word file laid out by LibreOffice in one run; null when LibreOffice is not installed. */
    static synchronized PdfPages word(String province, String lang) throws Exception {
        if (WORD.isEmpty()) {
            List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile")
                    .toUri(), "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("word-pdf").toString()));
            for (var a : packs().toList()) {
                command.add(pack((String) a.get()[0], (String) a.get()[1]).word().toString());
            }
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("lo.log")
                        .toFile()).start();
            } catch (IOException noLibreOffice) {
                return null;
            }
            assertThat(process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as("LibreOffice converts").isTrue();
            for (var a : packs().toList()) {
                String key = a.get()[0] + "-" + a.get()[1];
                WORD.put(key, PdfPages.read(dir.resolve("word-pdf").resolve(key + ".pdf"), 20, 20,
                        pack((String) a.get()[0], (String) a.get()[1]).model().meta().classification()));
            }
        }
        return WORD.get(province + "-" + lang);
    }

    static void check(String what, List<Double> fills) {
        StringBuilder line = new StringBuilder("fill " + what + ":");
        fills.forEach(f -> line.append(String.format(java.util.Locale.ROOT, " %.0f%%", 100 * f)));
        System.out.println(line);
        for (int i = 0; i < fills.size() - 1; i++) {
            assertThat(fills.get(i)).as(what + " page " + (i + 1) + " of " + fills.size() + " is this full")
                    .isGreaterThanOrEqualTo(LEAST_FILL);
        }
        assertThat(fills.get(fills.size() - 1)).as(what + " last page").isGreaterThanOrEqualTo(LEAST_LAST_FILL);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("packs")
    void noPdfPageIsLeftMostlyBlank(String province, String lang) throws IOException {
        check(String.format("%-11s %s PDF ", province, lang), pack(province, lang).fills());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("packs")
    void noWordPageIsLeftMostlyBlank(String province, String lang) throws Exception {
        PdfPages pages = word(province, lang);
        Assumptions.assumeTrue(pages != null, "LibreOffice (soffice) is not installed: the Word pages are not measured");
        check(String.format("%-11s %s Word", province, lang), pages.pages().stream().map(PdfPages.Page::fill).toList());
    }
}

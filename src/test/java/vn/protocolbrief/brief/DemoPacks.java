package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import vn.protocolbrief.brief.Packs.Pack;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * The packs the brief's tests read: the demo store, a coming visit for every demo pair and for the first-meeting pair
 * (Cà Mau and JICA, no history), all on 3 December 2026, and each pack built once per language in PDF and Word (and,
 * asked for, the Word file as LibreOffice lays it out). One fixture instead of a copy of the same set-up in every test.
 */
final class DemoPacks implements AutoCloseable {
    /** A pair visited: the province, the partner, the head of delegation and our host (ids in the demo store). */
    record Pair(String province, String partner, String leader, String host) {
    }

    /** The demo pairs with history, then the first-meeting pair. */
    static final List<Pair> PAIRS = List.of(
            new Pair("phu-tho", "embassy-of-japan", "ito-naoki", "tran-duy-dong"),
            new Pair("gia-lai", "ashikaga", "hayakawa-naohide", "nguyen-tuan-thanh"),
            new Pair("quang-ninh", "pref-hokkaido", "suzuki-naomichi", "nguyen-xuan-ky"),
            new Pair("cao-bang", "embassy-of-japan", "ito-naoki", "quan-minh-cuong"),
            new Pair("ninh-binh", "embassy-of-japan", "ito-naoki", "dang-xuan-phong"),
            new Pair("ca-mau", "jica", null, null));
    static final List<String> LANGS = List.of("vi", "en");

    final Store store;
    final BriefService service;
    private final Path dir;
    private final List<Pair> pairs;
    private final Map<String, Pack> packs = new HashMap<>();
    private final Map<String, PdfPages> word = new HashMap<>();

    /** The demo store in {@code dir}, with each of the demo pairs' visits recorded as {@code visit} makes it. */
    DemoPacks(Path dir, Function<Pair, Visit> visit) {
        this(dir, store -> { }, PAIRS, visit);
    }

    /** The same, with {@code records} changed first and these pairs. */
    DemoPacks(Path dir, Consumer<Store> records, List<Pair> pairs, Function<Pair, Visit> visit) {
        this.dir = dir;
        this.pairs = pairs;
        store = Store.open(dir.resolve("demo.db"));
        service = Packs.service(store);
        records.accept(store);
        VisitService visits = new VisitService(store);
        pairs.forEach(p -> visits.save(visit.apply(p)));
    }

    /** The visit's id for a province. */
    static String id(String province) {
        return "visit-" + province;
    }

    /**
     * A visit as the front brief is made for: a venue, a purpose, a two-item programme and the issuing office; the
     * first-meeting pair without a head of delegation or a host.
     */
    static Visit planned(Pair p) {
        return new Visit(id(p.province()), p.province(), p.partner(), PartialDate.of("2026-12-03"), "09:30",
                "Trụ sở UBND tỉnh", "Chào xã giao, trao đổi hợp tác", attendee(p.leader()), List.of(),
                p.host() == null ? List.of() : List.of(attendee(p.host())), null,
                List.of(new Visit.ProgrammeItem("09:30", "Đón đoàn"), new Visit.ProgrammeItem("10:00", "Hội đàm")),
                "Sở Ngoại vụ", null, null, List.of());
    }

    /**
     * A visit with its people only (no venue, purpose or programme): what the talking points are made from; a pair
     * with no host in the store is received by a vice-chairman typed for the visit.
     */
    static Visit people(Pair p) {
        return new Visit(id(p.province()), p.province(), p.partner(), PartialDate.of("2026-12-03"), "09:30", null, null,
                attendee(p.leader()), List.of(), p.host() == null
                ? List.of(new Visit.Attendee(null, "Lê Văn Nam", "Phó Chủ tịch UBND tỉnh")) : List.of(attendee(p.host())),
                null, List.of(), null, null, null, List.of());
    }

    private static Visit.Attendee attendee(String personId) {
        return personId == null ? null : new Visit.Attendee(personId, null, null);
    }

    List<String> provinces() {
        return pairs.stream().map(Pair::province).toList();
    }

    /** Every pair in both languages, as a parameterised test's arguments (province, lang). */
    Stream<Arguments> arguments() {
        return provinces().stream().flatMap(p -> LANGS.stream().map(lang -> Arguments.of(p, lang)));
    }

    /** The demo pairs in both languages, for tests' method sources (which run before the fixture is made). */
    static Stream<Arguments> demoArguments() {
        return PAIRS.stream().flatMap(p -> LANGS.stream().map(lang -> Arguments.of(p.province(), lang)));
    }

    BriefRequest request(String province, String lang) {
        return BriefRequest.forVisit(id(province), lang, null, null);
    }

    BriefModel model(String province, String lang) {
        return service.assemble(request(province, lang));
    }

    /** The pack in PDF and Word, built once and read back. */
    synchronized Pack pack(String province, String lang) throws IOException {
        String key = province + "-" + lang;
        if (!packs.containsKey(key)) {
            packs.put(key, Packs.build(service, request(province, lang), dir, key));
        }
        return packs.get(key);
    }

    /**
     * The pack's Word file as LibreOffice lays it out (every pack converted in one run the first time); null when
     * LibreOffice is not installed.
     */
    synchronized PdfPages word(String province, String lang) throws Exception {
        if (word.isEmpty()) {
            List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile")
                    .toUri(), "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("word-pdf").toString()));
            for (String p : provinces()) {
                for (String l : LANGS) {
                    command.add(pack(p, l).word().toString());
                }
            }
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("lo.log")
                        .toFile()).start();
            } catch (IOException noLibreOffice) {
                return null;
            }
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice converts").isTrue();
            for (String p : provinces()) {
                for (String l : LANGS) {
                    word.put(p + "-" + l, PdfPages.read(dir.resolve("word-pdf").resolve(p + "-" + l + ".pdf"), 20, 20,
                            pack(p, l).model().meta().classification()));
                }
            }
        }
        return word.get(province + "-" + lang);
    }

    @Override
    public void close() {
        store.close();
    }
}

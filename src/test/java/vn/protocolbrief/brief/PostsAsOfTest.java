package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitService;

/**
 * A post read in a record more than a year older than the visit is printed with the record's month, never as
 * current, and listed for the officer to confirm (issue 19). The demo's Quảng Ninh posts were read in 11/2023.
 */
class PostsAsOfTest {
    @TempDir
    static Path dir;
    static Store store;
    static BriefService service;

    @BeforeAll
    static void open() {
        store = Store.open(dir.resolve("demo.db"));
        service = new BriefService(store, Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        VisitService visits = new VisitService(store);
        visit(visits, "visit-late", "2026-12-03");
        visit(visits, "visit-soon", "2024-06-10");
    }

    static void visit(VisitService visits, String id, String day) {
        visits.save(new Visit(id, "quang-ninh", "pref-hokkaido", PartialDate.of(day), "09:30", "Trụ sở UBND tỉnh",
                "Chào xã giao", new Visit.Attendee("suzuki-naomichi", null, null), List.of(),
                List.of(new Visit.Attendee("nguyen-xuan-ky", null, null)), null, List.of(), null, null, null,
                List.of()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void postsFromAnOldRecordAreShownAsOfTheirMonthAndListedToConfirm(String lang) throws IOException {
        BriefRequest request = BriefRequest.forVisit("visit-late", lang, null, null);
        String asOf = "en".equals(lang) ? "(as of 11/2023)" : "(tính đến 11/2023)";
        List<StalePost> stale = service.stalePosts(request);
        assertThat(stale).extracting(StalePost::person).contains("SUZUKI Naomichi");
        assertThat(stale).extracting(StalePost::asOf).containsOnly(PartialDate.of("2023-11"));
        assertThat(stale).hasSizeGreaterThanOrEqualTo(2);

        Path pdf = dir.resolve("late-" + lang + ".pdf");
        BriefService.Result made = service.generate(request, pdf);
        // The pack's own assembly names the same posts: the CLI says them without assembling a second time.
        assertThat(made.postsAsOf()).isEqualTo(stale);
        BriefModel model = made.model();
        assertThat(model.visit().leader().title().replace('\u00A0', ' ')).endsWith(asOf);
        assertThat(model.visit().hosts().get(0).title().replace('\u00A0', ' ')).endsWith(asOf);
        assertThat(model.delegation().leaderPosts()).allSatisfy(p -> assertThat(p.asOf()).isNotNull());
        // Table cells wrap and interleave in extracted text: compared without spaces.
        String text = pdfText(pdf).replaceAll("\\s+", "");
        assertThat(text).contains(asOf.replace(" ", ""));
        assertThat(text).doesNotContain("…–" + new Labels(lang).get("date.current"));
        // A period whose start no record gives is said by its record's month alone, not "… – as of 11/2023".
        String asOfWords = asOf.substring(1, asOf.length() - 1).replace(" ", "");
        assertThat(text).doesNotContain("…–" + asOfWords);

        String docx = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(service.docx(model)))).getText().replace('\u00A0', ' ');
        assertThat(docx).contains(asOf);
        assertThat(docx).doesNotContain("… – " + asOf.substring(1, asOf.length() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void postsReadWithinAYearOfTheVisitAreShownAsHeld(String lang) {
        BriefRequest request = BriefRequest.forVisit("visit-soon", lang, null, null);
        assertThat(service.stalePosts(request)).isEmpty();
        BriefModel model = service.assemble(request);
        assertThat(model.visit().leader().title()).doesNotContain("11/2023");
        assertThat(model.delegation().leaderPosts()).allSatisfy(p -> assertThat(p.asOf()).isNull());
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
        }
    }
}

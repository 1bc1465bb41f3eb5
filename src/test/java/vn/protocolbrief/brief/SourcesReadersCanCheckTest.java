package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.protocolbrief.brief.Packs.Pack;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.service.SourceService;

/**
 * Issue 19: "every source with a newspaper or URL where the record has one", read back from the PDF and the Word file
 * of every demo pair and the first-meeting pair in both languages, against the store's records (not the pack's own
 * model, which could drop a field unnoticed); and a source a reader could not check (no headline, newspaper or
 * address) flagged in the sources annex with the command that completes it.
 */
class SourcesReadersCanCheckTest {
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    private static String flat(String s) {
        return s.replace('\u00A0', ' ').replace('\u2011', '-').replaceAll("[\\s\u200B]+", "");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void everyCitedSourceShowsWhatItsRecordHasAndIsFlaggedWhereSomethingIsMissing(String province, String lang)
            throws IOException {
        Pack p = demo.packs().pack(province, lang);
        Map<String, SourceService.Listed> records = new SourceService(demo.packs().store).list(null).stream()
                .collect(Collectors.toMap(SourceService.Listed::id, Function.identity()));
        String pdf = flat(p.pdfText());
        String docx = flat(p.docxText());
        long articles = p.model().sources().stream().filter(s -> s.sourceId() != null).count();
        if (!"ca-mau".equals(province)) {
            assertThat(articles).as("a pair with history cites articles").isPositive();
        }
        for (BriefModel.SourceItem s : p.model().sources()) {
            if (s.sourceId() == null) {
                continue;
            }
            SourceService.Listed record = records.get(s.sourceId());
            assertThat(record).as("source " + s.sourceId() + " is in the store").isNotNull();
            // The headline wraps inside its table cell beside the date column, which text extraction interleaves:
            // its presence is the model's (SourceLines prints what it is given); its absence is flagged.
            boolean missing = record.headline() == null || record.headline().isBlank();
            for (String field : new String[] {record.newspaper(), record.url()}) {
                if (field == null || field.isBlank()) {
                    missing = true;
                } else {
                    assertThat(pdf).as(s.sourceId() + " in the PDF").contains(flat(field));
                    assertThat(docx).as(s.sourceId() + " in Word").contains(flat(field));
                }
            }
            // Flagged as a fact of the record, never with a command: the pack is signed, the command is the officer's.
            assertThat(SourceLines.completion(s) != null).as(s.sourceId() + " lacks something").isEqualTo(missing);
            if (missing) {
                String flag = "en".equals(lang) ? "Not on record:" : "Hồ sơ chưa ghi";
                assertThat(pdf).as(s.sourceId() + " flagged in the PDF").contains(flat(flag));
                assertThat(docx).as(s.sourceId() + " flagged in Word").contains(flat(flag));
            }
            assertThat(pdf).doesNotContain("source edit");
            assertThat(docx).doesNotContain("source edit");
        }
    }

    @Test
    void theFlagNamesWhatIsMissingAndTheCommandWithOnlyItsOptions() {
        Labels vi = new Labels("vi", Map.of());
        var bare = new BriefModel.SourceItem(1, "article", null, "Báo X", null, PartialDate.UNKNOWN, null, "src-x");
        String lines = SourceLines.of(bare, vi);
        assertThat(lines).contains("Hồ sơ chưa ghi tiêu đề / đường dẫn.").doesNotContain("source edit");
        assertThat(SourceLines.completion(bare)).isEqualTo("source edit src-x --headline \"…\" --url …");
        var whole = new BriefModel.SourceItem(2, "article", "Tiêu đề", "Báo X", "https://x.example/a",
                PartialDate.UNKNOWN, null, "src-y");
        assertThat(SourceLines.of(whole, vi)).doesNotContain("chưa ghi");
        assertThat(SourceLines.completion(whole)).isNull();
        // The visit's record and a fixed reference are not articles: nothing to complete with source edit.
        var visit = new BriefModel.SourceItem(3, "visit", "Kế hoạch", null, null, PartialDate.UNKNOWN);
        assertThat(SourceLines.of(visit, vi)).doesNotContain("chưa ghi");
        assertThat(SourceLines.completion(visit)).isNull();
        String english = SourceLines.of(bare, new Labels("en", Map.of()));
        assertThat(english).contains("Not on record: headline / web address.");
        // Only the newspaper's name, record text, is in Vietnamese, on its own line marked as the original.
        assertThat(english.lines().filter(x -> !x.startsWith("[VI]"))).noneMatch(x -> Packs.VIETNAMESE.matcher(x).find());
    }
}

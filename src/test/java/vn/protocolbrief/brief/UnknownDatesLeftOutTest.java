package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.service.RecordService;

/**
 * Issue 19: an unknown date is left out of what the pack says, never printed as "(—)", "chưa rõ ngày" or "date
 * unknown": the gift line of the front brief, the head of a meeting in the history, and the chart of meetings by
 * year, which leaves meetings of unknown year out and says so in one line under it.
 */
class UnknownDatesLeftOutTest extends PackStoreTest {
    static final String GIFT = "Tranh thêu X19";

    @BeforeAll
    static void saveMeetings() {
        RecordService records = new RecordService(store);
        // Three years of meetings (five in 2024: enough for a chart, ChartCounts.saysMoreThanANumber), then one whose
        // date nobody knows, with a gift.
        for (String[] m : new String[][] {{"x19-a", "2022-05"}, {"x19-b", "2023-03"}, {"x19-c", "2024-02"},
                {"x19-d", "2024-06"}, {"x19-e", "2024-09"}, {"x19-e2", "2024-10"}, {"x19-e3", "2024-11"},
                {"x19-f", null}}) {
            List<Gift> gifts = m[1] != null ? List.of() : List.of(new Gift(m[0] + "-g", GIFT, Direction.VN_TO_JP, null,
                    "Lãnh đạo tỉnh", null, "Đoàn Hokkaido", null));
            records.saveMeeting(new Meeting(m[0], m[1] == null ? PartialDate.UNKNOWN : PartialDate.of(m[1]), "cao-bang",
                    null, "Hội trường " + m[0], "pref-hokkaido", "Làm việc với Hokkaido " + m[0], null, null, List.of(),
                    List.of(), List.of(), gifts));
        }
        // A pair whose only meeting has no date: the front brief's "last meeting" is named by its title alone.
        records.saveMeeting(new Meeting("x19-g", PartialDate.UNKNOWN, "cao-bang", null, null, "jica",
                "Làm việc với JICA x19-g", null, null, List.of(), List.of(), List.of(), List.of()));
    }

    static Packs.Pack pack(String lang) throws IOException {
        return pack(new BriefRequest("cao-bang", "pref-hokkaido", null, LocalDate.of(2026, 12, 3), lang, null),
                "x19-" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void anUnknownDateIsLeftOutOfTheGiftLineAndTheMeetingHead(String lang) throws IOException {
        Packs.Pack p = pack(lang);
        String unknown = new Labels(lang).get("date.unknown");
        for (String text : List.of(p.pdfText(), p.docxText())) {
            assertThat(text).contains(GIFT, "Hội trường x19-f");
            assertThat(text).doesNotContain("(—)", "( —)", "(" + unknown, unknown, "(unknown", "chưa rõ");
            // No stand-in for the unknown date follows the gift, in the gift line or in the suggestion's reason that
            // names it (the annex's table has its dash in the date column).
            assertThat(text.lines().map(String::strip).filter(line -> line.contains(GIFT) && !line.startsWith("—"))
                    .toList()).isNotEmpty().allSatisfy(line -> assertThat(line)
                            .doesNotContainPattern(java.util.regex.Pattern.quote(GIFT) + "\\s*[(·—]"));
            // The undated meeting's head opens with its place, not with a stand-in for its date.
            assertThat(text.lines().filter(line -> line.contains("Hội trường x19-f")).toList())
                    .allSatisfy(line -> assertThat(line.strip()).doesNotStartWith("—").doesNotStartWith("·"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theChartByYearLeavesMeetingsOfUnknownYearOutAndSaysSoUnderIt(String lang) throws IOException {
        Packs.Pack p = pack(lang);
        Matcher chart = Pattern.compile("<table class=\"bars\">.*?</table>(.*?)</div>", Pattern.DOTALL)
                .matcher(p.xhtml().substring(p.xhtml().indexOf(new Labels(lang).get("chart.meetings"))));
        assertThat(chart.find()).as("the chart of meetings by year").isTrue();
        List<String> years = Pattern.compile("<tr><td>([^<]*)</td>").matcher(chart.group()).results()
                .map(r -> r.group(1)).toList();
        assertThat(years).isNotEmpty().allSatisfy(y -> assertThat(y).matches("\\d{4}"));
        // Two undated meetings of Cao Bằng with Japanese partners (x19-f with Hokkaido, x19-g with JICA).
        String under = "en".equals(lang) ? "Meetings of unknown year, not in the chart: 2 (1 with"
                : "Cuộc làm việc không rõ năm, không tính trong biểu đồ: 2 (trong đó 1 với";
        assertThat(chart.group(1)).contains(under);
        assertThat(p.pdfText().replaceAll("\\s+", " ")).contains(under);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aLastMeetingOfUnknownDateIsNamedByItsTitleAlone(String lang) throws IOException {
        Packs.Pack p = pack(new BriefRequest("cao-bang", "jica", null, LocalDate.of(2026, 12, 3), lang, null),
                "x19-jica-" + lang);
        Labels l = new Labels(lang);
        for (String text : List.of(p.pdfText(), p.docxText())) {
            String last = text.substring(text.indexOf(l.get("glance.last") + ":"));
            last = last.substring(0, last.indexOf("x19-g"));
            assertThat(last).doesNotContain(l.get("date.unknown"), "—", "chưa rõ", "unknown");
        }
    }

    /** A source saved without its headline is named by what it is, its newspaper and address: no "(not recorded)". */
    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aSourceWithoutItsHeadlineIsNamedWithoutAPlaceholder(String lang) {
        Labels l = new Labels(lang);
        String bare = SourceLines.of(new BriefModel.SourceItem(1, "article", null, "Báo X19", "https://x19.example/a",
                PartialDate.UNKNOWN), l);
        String opened = SourceLines.of(new BriefModel.SourceItem(2, "article", null, null, null, PartialDate.UNKNOWN,
                "Sáng nay đoàn X19 đến tỉnh"), l);
        assertThat(bare.lines().toList()).containsExactly("en".equals(lang) ? "Article" : "Bài báo",
                l.record("Báo X19"), "https://x19.example/a");
        assertThat(opened).contains("Sáng nay đoàn X19 đến tỉnh");
        for (String text : List.of(bare, opened)) {
            assertThat(text).doesNotContain("(", "chưa ghi", "not recorded");
        }
    }
}

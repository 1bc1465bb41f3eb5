package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.protocolbrief.brief.Packs.Pack;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;

/**
 * The front brief of a visit as an officer fills it: a purpose of a full line and a programme of several items
 * (the demo fixture's visit has a short purpose and two items). The purpose is said once, and the front brief still
 * ends on page 2 (issue 19: a pack whose purpose was repeated as a talking point ran to three pages).
 */
class FilledVisitFrontTest {
    /** Written for this test: a purpose of the kind an officer types, with no English rendering. */
    static final String PURPOSE = "Chào xã giao, thúc đẩy hợp tác đầu tư, nông nghiệp công nghệ cao và đào tạo nhân lực";
    @TempDir
    static Path dir;
    static DemoPacks demo;

    @BeforeAll
    static void open() {
        demo = new DemoPacks(dir, store -> { }, DemoPacks.PAIRS.subList(0, 3), FilledVisitFrontTest::filled);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    static Visit filled(DemoPacks.Pair p) {
        return new Visit(DemoPacks.id(p.province()), p.province(), p.partner(), PartialDate.of("2026-12-18"), "10:00",
                "Trụ sở UBND tỉnh", PURPOSE, new Visit.Attendee(p.leader(), null, null), List.of(),
                List.of(new Visit.Attendee(p.host(), null, null)), null,
                List.of(new Visit.ProgrammeItem("10:00", "Đón đoàn tại sảnh"), new Visit.ProgrammeItem("10:10", "Hội kiến"),
                        new Visit.ProgrammeItem("11:00", "Tham quan khu trưng bày sản phẩm"),
                        new Visit.ProgrammeItem("11:30", "Ăn trưa thân mật")),
                "Sở Ngoại vụ", null, null, List.of());
    }

    static Stream<Arguments> packs() {
        return DemoPacks.PAIRS.subList(0, 3).stream().flatMap(p -> DemoPacks.LANGS.stream()
                .map(lang -> Arguments.of(p.province(), lang)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("packs")
    void thePurposeIsSaidOnceAndTheFrontBriefEndsOnPageTwo(String province, String lang) throws IOException {
        Pack p = demo.pack(province, lang);
        Labels l = new Labels(lang);
        int gift = FrontBriefTest.pageOf(p, l.get("front.gift"));
        assertThat(gift).as("the gift, the front brief's last part").isBetween(1, 2);
        String front = String.join(" ", p.pages().subList(0, 2)).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        front = front.substring(0, front.indexOf(l.get("annex.contents")) < 0 ? front.length()
                : front.indexOf(l.get("annex.contents")));
        int said = front.split(java.util.regex.Pattern.quote(PURPOSE), -1).length - 1;
        assertThat(said).as("the purpose in the front brief").isEqualTo(1);
        int raise = front.indexOf(l.get("front.raise"));
        if (raise >= 0) {
            assertThat(front.substring(raise + l.get("front.raise").length()).strip()).as("replies numbered afresh")
                    .startsWith("1. ");
        }
    }

    /** The Vietnamese legend of the requests ledger reads as a sentence ("nêu tại từ hai cuộc" did not). */
    @org.junit.jupiter.api.Test
    void theRequestsLegendIsGrammatical() {
        assertThat(new Labels("vi").get("requests.legend")).contains("Đề nghị được nêu tại hai cuộc làm việc trở lên")
                .doesNotContain("tại từ");
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * Issue 19: English talking points a leader can read aloud. A sentence points at the lines below it ("the agreement
 * below") only when they are English (the officer's renderings); a record text with no rendering is said without
 * pointing at it and shown once, marked as the original; the demo store's records carry English renderings, so
 * the demo English packs' points are English.
 */
class EnglishPointsTest {
    @TempDir
    Path dir;

    static final String SIGNED = "Biên bản ghi nhớ về đào tạo";
    static final String ASKED = "Tiếp tục hỗ trợ đào tạo điều dưỡng";
    static final String THEIRS = "Giới thiệu lao động kỹ thuật";
    static final String DONE = "Tỉnh đã giao Sở Nội vụ chuẩn bị danh sách";
    static final String OUTCOME = "Hai bên thống nhất trao đổi đoàn hằng năm";

    static List<TalkingPoint> points(Map<String, String> english) {
        Labels l = new Labels("en", english);
        var points = new TalkingPoints(l, new FirstPerson("en", new Addressing("en")),
                Map.of("training_hr", "training and human resources"));
        MeetingItem last = new MeetingItem("m1", PartialDate.of("2025-03-02"), "Lam", "Aka", null, "Hội đàm", null,
                List.of(), List.of(), null, OUTCOME, 0, List.of(2));
        List<AgreementItem> agreements = List.of(new AgreementItem("a1", SIGNED, "mou", PartialDate.of("2025-10-27"),
                null, null, null, null, "Aka", true, List.of(2), "signed"));
        List<RequestItem> requests = List.of(
                request("r1", Direction.VN_TO_JP, ASKED, RequestStatus.OPEN, null),
                request("r2", Direction.JP_TO_VN, THEIRS, RequestStatus.IN_PROGRESS, DONE),
                request("r3", Direction.JP_TO_VN, "Hỗ trợ thủ tục cho doanh nghiệp", RequestStatus.OPEN, null));
        return points.derive(new TalkingPoints.Guest("Mayor AKA Taro", "Mayor AKA", "Aka City"),
                new TalkingPoints.Host("Lam Province", "Lam"), List.of(1), List.of(last), List.of(), agreements,
                requests);
    }

    static RequestItem request(String id, Direction d, String text, RequestStatus status, String followUp) {
        return new RequestItem(id, d, List.of("training_hr"), text, status, PartialDate.of("2025-10-27"),
                PartialDate.of("2025-10-27"), 1, followUp, PartialDate.of("2025-11-01"), List.of(2));
    }

    static String spoken(TalkingPoint p) {
        return SpokenOnce.spoken(p.text());
    }

    @Test
    void withoutRenderingsNoSentencePointsAtAVietnameseLineAndEachOriginalIsShownOnceMarked() {
        List<TalkingPoint> points = points(Map.of());
        assertThat(points).allSatisfy(p -> assertThat(spoken(p)).doesNotContain("below").doesNotContain("as follows"));
        String all = String.join("\n", points.stream().map(TalkingPoint::text).toList());
        for (String original : List.of(SIGNED, ASKED, THEIRS, DONE)) {
            assertThat(all.split(java.util.regex.Pattern.quote("[VI] " + original), -1)).as(original).hasSize(2);
        }
        // The point still says what it is about: the request's category in English.
        assertThat(points).anySatisfy(p -> assertThat(spoken(p)).contains("our proposal on training and human resources"));
        assertThat(points).anySatisfy(p -> assertThat(spoken(p)).startsWith("Our two sides signed an agreement on 27 October 2025"));
    }

    @Test
    void withRenderingsThePointsSayThemInsideTheirSentences() {
        Map<String, String> english = Map.of(
                EnglishRendering.key(SIGNED), "Memorandum of understanding on training",
                EnglishRendering.key(ASKED), "Continue to support nurse training",
                EnglishRendering.key(THEIRS), "Introduce skilled workers",
                EnglishRendering.key(DONE), "The province has asked its Department of Home Affairs to prepare a list",
                EnglishRendering.key("Hỗ trợ thủ tục cho doanh nghiệp"), "Help businesses with procedures",
                EnglishRendering.key(OUTCOME), "The two sides agreed to exchange delegations every year");
        List<TalkingPoint> points = points(english);
        String all = String.join("\n", points.stream().map(TalkingPoint::text).toList());
        // The renderings are said inside the sentences, as the Vietnamese pack says the records: nothing "below".
        assertThat(all).doesNotContain("[VI]").doesNotContain("below").contains(
                "signed the Memorandum of understanding on training on 27 October 2025")
                .contains("At our meeting on 27 October 2025, we asked Mayor AKA to continue to support nurse training.")
                .contains("our two sides agreed to exchange delegations every year");
        // A request and what was done since, in one sentence, our side in the first person.
        assertThat(all).contains("If the guests raise their request to introduce skilled workers: “On your request, we "
                + "have asked our Department of Home Affairs to prepare a list.”");
    }

    @Test
    void theDemoEnglishPacksSpeakEnglish() throws Exception {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            BriefService service = Packs.service(store);
            VisitService visits = new VisitService(store);
            Map<String, String[]> pairs = Map.of("phu-tho", new String[] {"embassy-of-japan", "ito-naoki", "tran-duy-dong"},
                    "gia-lai", new String[] {"ashikaga", "hayakawa-naohide", "nguyen-tuan-thanh"},
                    "quang-ninh", new String[] {"pref-hokkaido", "suzuki-naomichi", "nguyen-xuan-ky"});
            for (var e : pairs.entrySet()) {
                String[] p = e.getValue();
                visits.save(new Visit("v-" + e.getKey(), e.getKey(), p[0], PartialDate.of("2026-12-03"), "09:30", null,
                        null, new Visit.Attendee(p[1], null, null), List.of(), List.of(new Visit.Attendee(p[2], null,
                        null)), null, List.of(), null, null, null, List.of()));
                BriefModel model = service.assemble(BriefRequest.forVisit("v-" + e.getKey(), "en", null, null));
                assertThat(model.talkingPoints()).as(e.getKey()).allSatisfy(pt -> assertThat(pt.text()).doesNotContain("[VI]"));
            }
        }
    }
}

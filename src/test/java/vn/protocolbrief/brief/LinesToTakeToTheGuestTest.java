package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;

/**
 * Issue 19 (pk19, rd18): in English the line to take is said to the guests, in direct speech, as the Vietnamese
 * "trả lời: chúng tôi …" is — not "I will answer that … keep them informed"; and a point that names what our asks are
 * about names every subject of the asks it says (rd18: "training and human resources" over lines on environment).
 */
class LinesToTakeToTheGuestTest {
    static final String NEW_ASK = "Tỉnh giới thiệu kỹ sư cơ khí.";
    static final String OLD_ASK = "Tỉnh mở rộng khu công nghiệp.";

    static RequestItem request(String id, Direction d, String category, String text, String raised) {
        return new RequestItem(id, d, List.of(category), text, RequestStatus.OPEN, PartialDate.of(raised),
                PartialDate.of(raised), 1, null, PartialDate.UNKNOWN, List.of(2));
    }

    static List<TalkingPoint> points(Map<String, String> english, List<RequestItem> requests) {
        Labels l = new Labels("en", english);
        MeetingItem last = new MeetingItem("m1", PartialDate.of("2026-10-01"), "Lam", "Aka", null, "Talks", null,
                List.of(), List.of(), null, null, 1, List.of(2));
        return new TalkingPoints(l, new FirstPerson("en", new Addressing("en")), Map.of("training", "training",
                "environment", "the environment")).heldOn(LocalDate.of(2026, 12, 3)).withRequestsAnnex(2)
                .derive(new TalkingPoints.Guest("Mayor AKA", "Mayor AKA", "Aka City"),
                        new TalkingPoints.Host("Lam Province", "Lam"), List.of(1), List.of(last), List.of(), List.of(),
                        requests);
    }

    @Test
    void theLineToTakeIsSaidToTheGuests() {
        List<TalkingPoint> points = points(Map.of(EnglishRendering.key("Tỉnh giới thiệu kỹ sư cơ khí"),
                "Introduce mechanical engineers", EnglishRendering.key("Tỉnh mở rộng khu công nghiệp"),
                "Expand the industrial park"), List.of(
                request("r1", Direction.JP_TO_VN, "training", NEW_ASK, "2026-10-01"),
                request("r2", Direction.JP_TO_VN, "training", OLD_ASK, "2023-05-01")));
        List<String> raised = points.stream().filter(p -> p.kind().equals("raise")).map(TalkingPoint::text).toList();
        assertThat(raised).hasSize(2).allSatisfy(t -> assertThat(t).doesNotContain("I will answer that",
                "keep them informed", "reply soon.").containsPattern(": “We [^”]+ you[^”]*\\.”"));
    }

    @Test
    void aPointOfSeveralAsksNamesEverySubjectItSays() {
        List<TalkingPoint> points = points(Map.of(), List.of(
                request("r1", Direction.VN_TO_JP, "training", "Hỗ trợ đào tạo điều dưỡng.", "2026-10-01"),
                request("r2", Direction.VN_TO_JP, "environment", "Hỗ trợ xử lý nước thải.", "2026-10-01")));
        assertThat(points.stream().filter(p -> p.kind().equals("proposal")).map(TalkingPoint::text).toList())
                .singleElement().asString().contains("training").contains("the environment");
    }

    @Test
    void aLineToTakeWhoseLastClauseIsSaidOnceStillClosesItsQuotation() {
        RequestItem a = new RequestItem("r1", Direction.JP_TO_VN, List.of("training"), NEW_ASK, RequestStatus.OPEN,
                PartialDate.of("2024-05-01"), PartialDate.of("2024-05-01"), 1, "Tỉnh đã lập danh sách.",
                PartialDate.of("2024-06-01"), List.of(2));
        RequestItem b = new RequestItem("r2", Direction.JP_TO_VN, List.of("training"), OLD_ASK, RequestStatus.OPEN,
                PartialDate.of("2024-05-01"), PartialDate.of("2024-05-01"), 1, "Tỉnh đã giao đất.",
                PartialDate.of("2024-06-01"), List.of(2));
        List<TalkingPoint> points = points(Map.of(EnglishRendering.key("Tỉnh giới thiệu kỹ sư cơ khí"),
                "Introduce mechanical engineers", EnglishRendering.key("Tỉnh mở rộng khu công nghiệp"),
                "Expand the industrial park", EnglishRendering.key("Tỉnh đã lập danh sách"), "The province has made a list",
                EnglishRendering.key("Tỉnh đã giao đất"), "The province has allotted the land"), List.of(a, b));
        List<String> raised = points.stream().filter(p -> p.kind().equals("raise")).map(TalkingPoint::text).toList();
        assertThat(raised).hasSize(2).allSatisfy(t -> assertThat(t.chars().filter(c -> c == '“').count())
                .isEqualTo(t.chars().filter(c -> c == '”').count()).isEqualTo(1));
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.domain.RequestStatus;

/**
 * Issue 19, pk11 (rd11): a pair whose records hold what was discussed (the fields of its requests, closed ones too)
 * got a speech of welcome, result and farewell only. A point then says the fields discussed, citing the requests,
 * before the farewell; a speech that already speaks of a request is left as it is.
 */
class ThinPointsTest {
    static final List<RequestCategory> CATEGORIES = List.of(new RequestCategory("investment", "Đầu tư", "Investment", 1),
            new RequestCategory("training", "Đào tạo và nguồn nhân lực", "Training and human resources", 2));

    static RequestItem request(String id, Direction d, String category, RequestStatus status) {
        return new RequestItem(id, d, List.of(category), "Hỗ trợ nội dung " + id + ".", status,
                PartialDate.of("2026-03-12"), PartialDate.of("2026-03-12"), 1, null, PartialDate.UNKNOWN, List.of(2));
    }

    static List<TalkingPoint> points(List<RequestItem> requests) {
        List<TalkingPoint> derived = FollowUpsAndRepliesTest.points(requests, LocalDate.of(2026, 9, 1));
        return DiscussedPoint.added(derived, requests, CATEGORIES, Set.of("m1"), new Labels("vi", Map.of()));
    }

    @Test
    void aSpeechOfGreetingsOnlySaysTheFieldsTheRecordsDiscussed() {
        List<RequestItem> closed = List.of(request("r1", Direction.VN_TO_JP, "investment", RequestStatus.DONE),
                request("r2", Direction.VN_TO_JP, "investment", RequestStatus.DONE),
                request("r3", Direction.JP_TO_VN, "training", RequestStatus.DECLINED));
        List<TalkingPoint> before = FollowUpsAndRepliesTest.points(closed, LocalDate.of(2026, 9, 1));
        assertThat(before).noneSatisfy(p -> assertThat(p.text()).contains("đầu tư"));
        List<TalkingPoint> points = points(closed);
        assertThat(points).hasSize(before.size() + 1);
        TalkingPoint discussed = points.stream().filter(p -> p.text().contains("hai bên đã trao đổi về")).findFirst()
                .orElseThrow();
        assertThat(discussed.text()).startsWith("Tại các buổi làm việc, hai bên đã trao đổi về đầu tư; đào tạo và nguồn "
                + "nhân lực.");
        assertThat(discussed.recordIds()).containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(discussed.sources()).containsExactly(2);
        assertThat(points.get(points.size() - 1).kind()).isEqualTo("closing");
        assertThat(points.indexOf(discussed)).isLessThan(points.size() - 1);
    }

    @Test
    void aSpeechThatSpeaksOfARequestIsLeftAsItIs() {
        List<RequestItem> open = List.of(request("r1", Direction.VN_TO_JP, "investment", RequestStatus.OPEN));
        assertThat(points(open)).noneSatisfy(p -> assertThat(p.text()).contains("hai bên đã trao đổi về"));
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.SourceItem;
import vn.protocolbrief.domain.PartialDate;

/**
 * Issue 19 (the leader's other visits): a row dated "—" or "2025" whose source is dated to the day gives the
 * source's day, said as the day it was reported; a row dated to the day is left alone.
 */
class OtherMeetingsDatedTest {
    static MeetingItem meeting(String date, int source) {
        return new MeetingItem("m" + source, PartialDate.of(date), "tỉnh A",
                "Đại sứ quán B", null, "Tiếp Đại sứ", null, List.of(), List.of(), null, null, 0, List.of(source));
    }

    @Test
    void aRowWithoutItsDayGivesTheDayItsSourceReportedIt() {
        Labels l = new Labels("vi", Map.of());
        List<SourceItem> sources = List.of(new SourceItem(3, "article", "Tin", "Báo", "https://b.vn/1",
                PartialDate.of("2025-10-04"), null), new SourceItem(4, "article", "Tin", "Báo", "https://b.vn/2",
                PartialDate.of("2025-10-04"), null));
        assertThat(MeetingDateCell.lines(meeting("2025", 3), sources, l)).containsExactly("2025", "(tin ngày 04/10/2025)");
        assertThat(MeetingDateCell.lines(meeting(null, 4), sources, l)).containsExactly("(tin ngày 04/10/2025)");
        assertThat(MeetingDateCell.lines(meeting("2025-10-02", 3), sources, l)).containsExactly("02/10/2025");
        // A source of another year says nothing of this meeting's day.
        assertThat(MeetingDateCell.lines(meeting("2024", 3), sources, l)).containsExactly("2024");
    }
}

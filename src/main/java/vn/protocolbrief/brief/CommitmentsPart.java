package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.protocolbrief.brief.BriefModel.CommitmentItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Side;

/**
 * What each side promised at the pair's meetings and where it stands (issue 18: "a pack can say what we promised and
 * where it stands"), for the annex of commitments: ours first, then theirs, each the newest meeting first. Only the
 * commitments of meetings the pack's history shows: a meeting left out (unreviewed, when the officer asks for
 * reviewed records only) takes its commitments with it.
 */
final class CommitmentsPart {
    private CommitmentsPart() {
    }

    /** The pair's commitments, {@code history} being the pair's meetings as the pack shows them, newest first. */
    static List<CommitmentItem> items(PackContext c, List<MeetingItem> history) {
        List<String> order = history.stream().map(MeetingItem::id).toList();
        List<CommitmentItem> out = new ArrayList<>();
        for (Commitment k : c.h().commitments(c.province().id(), c.partner().id())) {
            int at = order.indexOf(k.meetingId());
            if (at < 0) {
                continue;
            }
            c.recordIds().add(k.id());
            List<FollowUp> steps = k.followUps();
            FollowUp last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            Set<String> sources = new LinkedHashSet<>();
            if (k.sourceId() != null) {
                sources.add(k.sourceId());
            }
            if (last != null && last.sourceId() != null) {
                sources.add(last.sourceId());
            }
            MeetingItem meeting = history.get(at);
            // A commitment without a source of its own rests on its meeting's.
            List<Integer> cited = sources.isEmpty() ? meeting.sources() : c.sources().cite(sources);
            out.add(new CommitmentItem(k.id(), k.side() == Side.VN, k.text(), k.meetingId(), meeting.date(), k.due(),
                    k.status(), last == null ? null : last.note(), last == null ? PartialDate.UNKNOWN : last.date(),
                    cited));
        }
        out.sort(Comparator.comparing((CommitmentItem k) -> !k.ours())
                .thenComparingInt(k -> order.indexOf(k.meetingId())));
        return List.copyOf(out);
    }
}

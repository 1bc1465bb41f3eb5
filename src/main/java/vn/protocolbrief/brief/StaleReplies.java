package vn.protocolbrief.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.PostAge;

/**
 * The guests' requests whose latest record (the last follow-up, else the day they were last raised) is over a year
 * older than the visit. A protocol department never has its leader state such a status as today's ("đến tháng
 * 10/2025, chúng tôi đã ký …") nor promise to "study" a request open for a year: the spoken line says only what the
 * leader can stand behind (the province will review the progress and inform the partner), and the dated record goes to
 * the officer with "confirm the current status before the meeting" (stderr and the composer, never the pack).
 */
final class StaleReplies {
    private StaleReplies() {
    }

    /** The date of what the records last say of {@code r}: its latest follow-up's, else its last raising's. */
    static PartialDate lastRecorded(RequestItem r) {
        return r.followUpDate() != null && r.followUpDate().known() ? r.followUpDate() : r.lastRaised();
    }

    /** True when {@code r}'s latest record ends over a year before {@code day} (null: nothing is stale). */
    static boolean stale(RequestItem r, LocalDate day) {
        PartialDate d = lastRecorded(r);
        return day != null && d != null && d.known() && PostAge.lastDay(d).isBefore(day.minusYears(1));
    }

    /** The officer's notes for the stale requests the points answer with the review line, in {@code l}'s language. */
    static List<String> notes(BriefModel model, Labels l) {
        PartialDate visit = model.visit().date();
        LocalDate day = visit != null && visit.known() ? PostAge.firstDay(visit) : null;
        Set<String> answered = model.talkingPoints().stream()
                .filter(p -> "raise".equals(p.kind()) || "agreed".equals(p.kind()))
                .flatMap(p -> p.recordIds().stream()).collect(Collectors.toSet());
        return model.requests().stream()
                .filter(r -> r.direction() == Direction.JP_TO_VN && answered.contains(r.id()) && stale(r, day))
                .map(r -> r.latestFollowUp() == null
                        ? l.format("officer.staleRequest", r.text(), l.date(lastRecorded(r)))
                        : l.format("officer.staleReply", r.text(), l.date(lastRecorded(r)), r.latestFollowUp()))
                .toList();
    }
}

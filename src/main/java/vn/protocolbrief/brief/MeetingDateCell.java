package vn.protocolbrief.brief;

import java.util.List;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.SourceItem;
import vn.protocolbrief.domain.DatePrecision;
import vn.protocolbrief.domain.PartialDate;

/**
 * A meeting's date in a table's date column. A meeting whose own date is unknown or known only to the year or month,
 * but whose source is dated to the day, also gives the source's date, said as the day it was reported ("2025 (tin
 * ngày 04/10/2025)"): a dash or a bare year where the reader's source is dated reads as the pack losing a date
 * (issue 19). The source's day is never passed off as the meeting's.
 */
final class MeetingDateCell {
    private MeetingDateCell() {
    }

    /** The meeting's date, then the reported day if it says more; as lines (the caller keeps each unbroken). */
    static List<String> lines(MeetingItem x, List<SourceItem> sources, Labels l) {
        PartialDate own = x.date();
        if (own != null && own.precision() == DatePrecision.DAY) {
            return List.of(l.dateCell(own));
        }
        PartialDate reported = sources.stream().filter(s -> x.sources().contains(s.number())).map(SourceItem::published)
                .filter(p -> p != null && p.precision() == DatePrecision.DAY
                        && (own == null || !own.known() || p.iso().startsWith(own.iso())))
                .findFirst().orElse(null);
        if (reported == null) {
            return List.of(l.dateCell(own));
        }
        String said = l.format("meeting.reported", l.shortDate(reported));
        return own == null || !own.known() ? List.of(said) : List.of(l.dateCell(own), said);
    }
}

package vn.protocolbrief.brief;

import java.time.LocalDate;

/**
 * The visit's day and hour as the cover and the programme print them. A day already past when the pack is made is
 * said so in the pack ("01/11/2026 (đã qua)"), not only on the officer's screen (issue 19: a past visit was printed as
 * coming). The pack is still made: a protocol office also files the pack of a visit after the day.
 */
final class VisitWhen {
    private VisitWhen() {
    }

    /** The day, the hour if known and the past mark if past; null when the day is not known. */
    static String of(BriefModel m, Labels l) {
        var v = m.visit();
        if (!v.date().known()) {
            return null;
        }
        String made = m.meta().generatedAt();
        boolean past = made != null && made.length() >= 10
                && OfficerNotes.past(v.date(), LocalDate.parse(made.substring(0, 10)));
        return l.date(v.date()) + (v.time() == null ? "" : ", " + v.time()) + (past ? " " + l.get("cover.past") : "");
    }
}

package vn.protocolbrief.brief;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.Anniversary;
import vn.protocolbrief.domain.DatePrecision;
import vn.protocolbrief.domain.PartialDate;

/**
 * Anniversaries a leader mentions: the first, and every fifth year, of an agreement, a tie or a date of Viet Nam–
 * Japan relations, when the day falls in the visit's year (an anniversary year is marked all year) or in the two
 * months after the visit, at the precision both dates are known to; never one of the year before. Each says when
 * it falls against the visit ("27/10/2026, 5 weeks before the visit"), so that nobody takes a past one for today.
 */
final class Anniversaries {
    /** How far after the visit an anniversary of the next year is still mentioned. */
    static final int AHEAD_DAYS = 61;

    private Anniversaries() {
    }

    /** Something to mark; its sources are cited only when it is near the visit (a source is listed only if cited). */
    record Candidate(String what, PartialDate since, java.util.function.Supplier<List<Integer>> sources) {
    }

    static List<Anniversary> near(PartialDate visit, List<Candidate> candidates, Labels labels) {
        List<Anniversary> out = new ArrayList<>();
        if (!visit.known()) {
            return out;
        }
        for (Candidate c : candidates) {
            if (!c.since().known()) {
                continue;
            }
            int years = visit.yearValue() - c.since().yearValue();
            // The anniversary may fall in the year before or after the visit's, when the visit is near New Year.
            for (int shift : new int[]{0, -1, 1}) {
                int n = years + shift;
                if (n >= 1 && (n == 1 || n % 5 == 0) && near(visit, c.since(), n)) {
                    PartialDate on = on(c.since(), n);
                    out.add(new Anniversary(labels.format(n == 1 ? "anniversary.first" : "anniversary.line", n,
                            c.what(), labels.date(on) + when(visit, on, labels)), n, on, c.sources().get()));
                    break;
                }
            }
        }
        out.sort(Comparator.comparing(Anniversary::on));
        return out;
    }

    /** The anniversary's own date: the original moved {@code n} years on, at the original's precision. */
    private static PartialDate on(PartialDate since, int n) {
        String iso = since.iso();
        return PartialDate.of((since.yearValue() + n) + iso.substring(4));
    }

    private static boolean near(PartialDate visit, PartialDate since, int n) {
        PartialDate on = on(since, n);
        if (on.precision() == DatePrecision.YEAR || visit.precision() == DatePrecision.YEAR) {
            return on.yearValue().equals(visit.yearValue());
        }
        if (on.yearValue().equals(visit.yearValue())) {
            return true;
        }
        long days = ChronoUnit.DAYS.between(start(visit), start(on));
        return days >= 0 && days <= AHEAD_DAYS;
    }

    /** ", 5 weeks before the visit" for an anniversary known to the day; nothing for one known to its month. */
    private static String when(PartialDate visit, PartialDate on, Labels labels) {
        if (on.precision() != DatePrecision.DAY || visit.precision() != DatePrecision.DAY) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(start(visit), start(on));
        if (days == 0) {
            return labels.get("anniversary.on.visit");
        }
        long weeks = Math.max(1, Math.round(Math.abs(days) / 7.0));
        String unit = Math.abs(days) < 7 ? "days" : "weeks";
        long n = Math.abs(days) < 7 ? Math.abs(days) : weeks;
        return labels.format("anniversary." + (days < 0 ? "before." : "after.") + unit, n);
    }

    private static LocalDate start(PartialDate d) {
        String iso = d.iso();
        return switch (d.precision()) {
            case DAY -> LocalDate.parse(iso);
            case MONTH -> LocalDate.parse(iso + "-15");
            default -> LocalDate.of(d.yearValue(), 7, 1);
        };
    }
}

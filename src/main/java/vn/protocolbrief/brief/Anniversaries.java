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
 * Japan relations, when the day falls within six months of the visit (at the precision both dates are known to).
 */
final class Anniversaries {
    static final int WINDOW_DAYS = 183;

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
                    out.add(new Anniversary(labels.format(n == 1 ? "anniversary.first" : "anniversary.line", n, c.what(), labels.date(on)), n, on,
                            c.sources().get()));
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
        LocalDate a = start(visit);
        LocalDate b = start(on);
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= WINDOW_DAYS;
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

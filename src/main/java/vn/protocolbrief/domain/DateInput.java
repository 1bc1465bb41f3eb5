package vn.protocolbrief.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a person types them, whatever the computer's locale: day first as Vietnamese write it ("03/12/2026",
 * "3/12/2026", "3-12-2026", "3.12.2026"), a month ("12/2026", "tháng 12/2026"), a year ("2026", "năm 2026"), ISO
 * ("2026-12-03", "2026-12"), or English ("3 December 2026", "December 2026", "Dec 2026"). Never month first: in
 * Viet Nam 03/12 is the 3rd of December.
 */
public final class DateInput {
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(?:tháng\\s*)?(\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:năm\\s*)?(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern ENGLISH = Pattern.compile("(?:(\\d{1,2})\\s+)?([a-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private DateInput() {
    }

    /** The date typed, at the precision typed; blank is unknown. Throws with a one-line message otherwise. */
    public static PartialDate parse(String typed) {
        String s = typed == null ? "" : Text.nfc(typed).strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return PartialDate.UNKNOWN;
        }
        try {
            Matcher m;
            if ((m = ISO.matcher(s)).matches()) {
                return m.group(3) == null ? PartialDate.of(YearMonth.of(year(m.group(1)), month(m.group(2))).toString())
                        : PartialDate.of(LocalDate.of(year(m.group(1)), month(m.group(2)),
                        Integer.parseInt(m.group(3))).toString());
            }
            if ((m = DAY.matcher(s)).matches()) {
                return PartialDate.of(LocalDate.of(year(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))).toString());
            }
            if ((m = MONTH.matcher(s)).matches()) {
                return PartialDate.of(YearMonth.of(year(m.group(2)), month(m.group(1))).toString());
            }
            if ((m = YEAR.matcher(s)).matches()) {
                return PartialDate.of(String.valueOf(year(m.group(1))));
            }
            if ((m = ENGLISH.matcher(s)).matches()) {
                int month = englishMonth(m.group(2));
                if (month > 0) {
                    return m.group(1) == null ? PartialDate.of(YearMonth.of(year(m.group(3)), month).toString())
                            : PartialDate.of(LocalDate.of(year(m.group(3)), month, Integer.parseInt(m.group(1))).toString());
                }
            }
        } catch (UserProblem e) {
            // a year or month out of range, said with the date as typed
            throw new UserProblem(e.code(), e, typed.strip(), e.args().get(1));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new UserProblem(UserProblem.Code.NOT_A_DATE, e, typed.strip(), e.getMessage()
                    .replaceAll("^Invalid date '(.*)'$", "no such day: $1"));
        }
        throw new UserProblem(UserProblem.Code.NOT_A_DATE_FORM, typed.strip());
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        if (y < 1900 || y > 2200) {
            throw new UserProblem(UserProblem.Code.YEAR_OUT_OF_RANGE, s, y);
        }
        return y;
    }

    private static int month(String s) {
        int m = Integer.parseInt(s);
        if (m < 1 || m > 12) {
            throw new UserProblem(UserProblem.Code.NO_SUCH_MONTH, s, m);
        }
        return m;
    }

    private static int englishMonth(String word) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(word) && word.length() >= 3) {
                return i + 1;
            }
        }
        return 0;
    }
}

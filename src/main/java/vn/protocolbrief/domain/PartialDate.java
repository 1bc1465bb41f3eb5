package vn.protocolbrief.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date known to the day, the month, the year, or not at all. Its ISO text carries the precision:
 * "2025-11-25", "2025-11", "2025", or null.
 */
public record PartialDate(String iso) implements Comparable<PartialDate> {
    public static final PartialDate UNKNOWN = new PartialDate(null);

    public PartialDate {
        if (iso != null) {
            iso = iso.strip();
            if (iso.isEmpty()) {
                iso = null;
            } else {
                validate(iso);
            }
        }
    }

    public static PartialDate of(String iso) {
        return iso == null || iso.isBlank() ? UNKNOWN : new PartialDate(iso);
    }

    public static PartialDate day(int year, int month, int day) {
        return new PartialDate(LocalDate.of(year, month, day).toString());
    }

    private static void validate(String iso) {
        try {
            switch (iso.length()) {
                case 10 -> LocalDate.parse(iso);
                case 7 -> YearMonth.parse(iso);
                case 4 -> Integer.parseInt(iso);
                default -> throw new IllegalArgumentException("not a date: " + iso);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a date (expected YYYY-MM-DD, YYYY-MM or YYYY): " + iso, e);
        }
    }

    public DatePrecision precision() {
        if (iso == null) {
            return DatePrecision.UNKNOWN;
        }
        return switch (iso.length()) {
            case 10 -> DatePrecision.DAY;
            case 7 -> DatePrecision.MONTH;
            default -> DatePrecision.YEAR;
        };
    }

    public boolean known() {
        return iso != null;
    }

    public Integer yearValue() {
        return iso == null ? null : Integer.parseInt(iso.substring(0, 4));
    }

    /** Vietnamese and international style: 25/11/2025, 11/2025, 2025; empty when unknown. */
    public String display() {
        if (iso == null) {
            return "";
        }
        return switch (precision()) {
            case DAY -> iso.substring(8, 10) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);
            case MONTH -> iso.substring(5, 7) + "/" + iso.substring(0, 4);
            default -> iso;
        };
    }

    /** Unknown dates sort before every known one; coarser dates sort before finer ones of the same period. */
    @Override
    public int compareTo(PartialDate o) {
        String a = iso == null ? "" : iso;
        String b = o.iso == null ? "" : o.iso;
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return iso == null ? "unknown" : iso;
    }
}

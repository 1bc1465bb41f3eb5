package vn.protocolbrief.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Whether a post may be shown as held now on a given day. A post read in a record more than a year older than that
 * day may have changed since: it is shown with the record's date ("as of 11/2023"), never as current. The record's
 * date is its source's date, else the day the post began. A post read in an article that has neither (nor a dated
 * meeting) may be years old: it is {@link PartialDate#UNKNOWN}, shown and confirmed as such; a post typed in by hand
 * with no date is the officer's own word and is not judged.
 */
public final class PostAge {
    private PostAge() {
    }

    /** The month (or year) the post was last read, when that is more than a year before {@code day}. */
    public static Optional<PartialDate> asOf(Position post, PartialDate recordDate, LocalDate day) {
        if (post == null || !post.current() || day == null) {
            return Optional.empty();
        }
        PartialDate read = recordDate != null && recordDate.known() ? recordDate : post.from();
        if (!read.known()) {
            return post.sourceId() != null ? Optional.of(PartialDate.UNKNOWN) : Optional.empty();
        }
        if (!lastDay(read).isBefore(day.minusYears(1))) {
            return Optional.empty();
        }
        return Optional.of(read.precision() == DatePrecision.DAY ? PartialDate.of(read.iso().substring(0, 7)) : read);
    }

    /** The first day a date can mean: the day a visit known only to the month or year is measured from. */
    public static LocalDate firstDay(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> LocalDate.parse(d.iso());
            case MONTH -> YearMonth.parse(d.iso()).atDay(1);
            case YEAR -> LocalDate.of(d.yearValue(), 1, 1);
            case UNKNOWN -> null;
        };
    }

    /** The last day a date can mean: a record of 11/2023 was read by 30/11/2023 at the latest. */
    public static LocalDate lastDay(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> LocalDate.parse(d.iso());
            case MONTH -> YearMonth.parse(d.iso()).atEndOfMonth();
            default -> LocalDate.of(d.yearValue(), 12, 31);
        };
    }
}

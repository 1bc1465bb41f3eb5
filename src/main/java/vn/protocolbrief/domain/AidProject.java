package vn.protocolbrief.domain;

import java.math.BigDecimal;

/** A grant, loan or relief project: donor, channel, amount and currency (null when not reported). */
public record AidProject(String id, String meetingId, String provinceId, String partnerId, String title, String donor,
                         String channel, BigDecimal amount, String currency, String amountNote, String purpose,
                         AidStatus status, PartialDate date, String sourceId) {
    /** The largest amount an aid project may carry: eighteen digits before the point, six after. */
    public static final int MAX_INTEGER_DIGITS = 18;
    public static final int MAX_DECIMALS = 6;

    public AidProject {
        date = date == null ? PartialDate.UNKNOWN : date;
        if (amount != null && !plausible(amount)) {
            throw new IllegalArgumentException("aid project " + id + " has an amount of " + integerDigits(amount)
                    + " digits; an amount has at most " + MAX_INTEGER_DIGITS + " digits before the point and "
                    + MAX_DECIMALS + " after");
        }
    }

    /** An amount a store can hold and an export can carry back: no 1,200-digit or 1e5000 numbers. */
    public static boolean plausible(BigDecimal amount) {
        return amount.signum() >= 0 && integerDigits(amount) <= MAX_INTEGER_DIGITS && amount.scale() <= MAX_DECIMALS;
    }

    private static long integerDigits(BigDecimal amount) {
        return (long) amount.precision() - amount.scale();
    }
}

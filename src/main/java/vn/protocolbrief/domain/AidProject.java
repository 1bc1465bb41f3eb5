package vn.protocolbrief.domain;

import java.math.BigDecimal;

/** A grant, loan or relief project: donor, channel, amount and currency (null when not reported). */
public record AidProject(String id, String meetingId, String provinceId, String partnerId, String title, String donor,
                         String channel, BigDecimal amount, String currency, String amountNote, String purpose,
                         AidStatus status, PartialDate date, String sourceId) {
    public AidProject {
        date = date == null ? PartialDate.UNKNOWN : date;
    }
}

package vn.protocolbrief.domain;

/** Something to be careful about or to acknowledge: a disaster, condolences owed, an anniversary. */
public record Sensitivity(String id, String provinceId, String partnerId, String kind, PartialDate date, String text,
                          String sourceId) {
    public Sensitivity {
        date = date == null ? PartialDate.UNKNOWN : date;
    }
}

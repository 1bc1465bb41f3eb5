package vn.protocolbrief.domain;

/** A post held: title, organisation (a partner or a province when known), from–to, and where we read it. */
public record Position(String id, String title, String organisation, String partnerId, String provinceId,
                       PartialDate from, PartialDate to, String sourceId) {
    public Position {
        from = from == null ? PartialDate.UNKNOWN : from;
        to = to == null ? PartialDate.UNKNOWN : to;
    }

    /** Held now when it has no end date. */
    public boolean current() {
        return !to.known();
    }
}

package vn.protocolbrief.domain;

/** A tie between a province (or an older unit, as written) and a Japanese locality or institution. */
public record LocalityLink(String id, String provinceId, String provinceAsWritten, String partnerId, String kind,
                           PartialDate since, String note, String sourceId) {
    public LocalityLink {
        since = since == null ? PartialDate.UNKNOWN : since;
    }
}

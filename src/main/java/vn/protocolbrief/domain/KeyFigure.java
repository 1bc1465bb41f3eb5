package vn.protocolbrief.domain;

/** A figure worth knowing before a visit ("12 projects"), for a province, a partner, or Viet Nam–Japan as a whole. */
public record KeyFigure(String id, String provinceId, String partnerId, String label, String value, String unit,
                        PartialDate asOf, String sourceId) {
    public KeyFigure {
        asOf = asOf == null ? PartialDate.UNKNOWN : asOf;
    }
}

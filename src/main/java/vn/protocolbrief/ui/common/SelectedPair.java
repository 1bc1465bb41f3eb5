package vn.protocolbrief.ui.common;

import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;

/**
 * The province and partner the window shows, announced once per change (a search or an import changes both
 * together), so that screens reload once and never for a half-changed pair. {@code partner} may be null.
 */
public record SelectedPair(Province province, Partner partner) {
    public String provinceId() {
        return province.id();
    }

    /** Null when no partner is chosen (the province's meetings with anyone). */
    public String partnerId() {
        return partner == null ? null : partner.id();
    }
}

package vn.protocolbrief.domain;

/**
 * What a Japanese counterpart is. {@link #IMPERIAL}: the imperial family (the Emperor, the Crown Prince, a Prince or a
 * Princess visiting a province), a guest of its own that is neither a government body nor a delegation of one.
 */
public enum PartnerKind {
    EMBASSY, CONSULATE_GENERAL, PREFECTURE, MUNICIPALITY, AGENCY, UNIVERSITY, COMPANY, ASSOCIATION, ASSEMBLY, IMPERIAL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PartnerKind fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}

package vn.protocolbrief.domain;

/** What a Japanese counterpart is. */
public enum PartnerKind {
    EMBASSY, CONSULATE_GENERAL, PREFECTURE, MUNICIPALITY, AGENCY, UNIVERSITY, COMPANY, ASSOCIATION, ASSEMBLY;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PartnerKind fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}

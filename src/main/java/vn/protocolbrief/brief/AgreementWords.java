package vn.protocolbrief.brief;

/**
 * What a pack may say happened to an agreement, from its record's status: agreed in words at a meeting ("hai bên
 * thống nhất"), still proposed, or signed (a document signed, in force or expired). A record without a status is
 * taken as signed, because its one date is the date it was signed on.
 */
enum AgreementWords {
    AGREED, PROPOSED, SIGNED;

    static AgreementWords of(String status) {
        if (status == null) {
            return SIGNED;
        }
        return switch (status) {
            case "agreed" -> AGREED;
            case "proposed" -> PROPOSED;
            default -> SIGNED;
        };
    }

    /** The suffix of the label keys for this status: "agreed", "proposed", "signed". */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

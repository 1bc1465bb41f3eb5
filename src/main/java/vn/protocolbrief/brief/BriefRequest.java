package vn.protocolbrief.brief;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * What a pack is for. Either a saved visit ({@code visitId}: its province, partner, delegation and programme), or a
 * province and a partner with, optionally, the head of the delegation and the date. Then the language ("vi" or
 * "en"), the classification line printed at the top and bottom of every page, and the parts to include in the
 * order wanted (all of {@link #PARTS} when null). {@code reviewedOnly} leaves out what comes from meetings nobody has
 * reviewed; otherwise the pack marks it.
 */
public record BriefRequest(String province, String partner, String leader, LocalDate visitDate, String lang,
                           String classification, List<String> parts, String visitId, boolean reviewedOnly) {
    /** The numbered parts, in DESIGN.md order; the cover with the contents comes first and is not numbered. */
    public static final List<String> PARTS = List.of("glance", "delegation", "province", "history", "requests",
            "agreements", "gifts", "points", "charts", "sources");

    public BriefRequest {
        lang = lang == null ? "vi" : lang;
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new IllegalArgumentException("Unknown language '" + lang + "': use vi or en.");
        }
        parts = parts == null ? PARTS : List.copyOf(parts);
        for (String part : parts) {
            if (!PARTS.contains(part)) {
                throw new IllegalArgumentException("Unknown part '" + part + "': use " + String.join(", ", PARTS) + ".");
            }
        }
        if (parts.isEmpty() || new HashSet<>(parts).size() != parts.size()) {
            throw new IllegalArgumentException("Choose at least one part, each once.");
        }
        if (visitId == null && (province == null || partner == null)) {
            throw new IllegalArgumentException("Name a saved visit, or a province and a partner.");
        }
    }

    /** With what nobody has reviewed yet, marked. */
    public BriefRequest(String province, String partner, String leader, LocalDate visitDate, String lang,
                        String classification, List<String> parts, String visitId) {
        this(province, partner, leader, visitDate, lang, classification, parts, visitId, false);
    }

    /**
     * The same pack, leaving out ({@code true}) or marking ({@code false}) every record saved with a meeting nobody
     * has reviewed yet.
     */
    public BriefRequest withReviewedOnly(boolean only) {
        return new BriefRequest(province, partner, leader, visitDate, lang, classification, parts, visitId, only);
    }

    public BriefRequest(String province, String partner, String leader, LocalDate visitDate, String lang,
                        String classification, List<String> parts) {
        this(province, partner, leader, visitDate, lang, classification, parts, null);
    }

    /** Every part, in the usual order. */
    public BriefRequest(String province, String partner, String leader, LocalDate visitDate, String lang,
                        String classification) {
        this(province, partner, leader, visitDate, lang, classification, null, null);
    }

    /** The pack of a saved visit. */
    public static BriefRequest forVisit(String visitId, String lang, String classification, List<String> parts) {
        return new BriefRequest(null, null, null, null, lang, classification, parts, visitId);
    }
}

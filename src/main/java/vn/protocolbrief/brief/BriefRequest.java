package vn.protocolbrief.brief;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * What a pack is for: a province, a visiting partner, optionally the leader and the visit date, the
 * language of the labels ("vi" or "en"), the classification line of the running header, and the parts to
 * include in the order wanted (all of {@link #PARTS} when null).
 */
public record BriefRequest(String province, String partner, String leader, LocalDate visitDate, String lang,
                           String classification, List<String> parts) {
    /** The numbered parts, in DESIGN.md order; cover and contents come first and are not numbered. */
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
    }

    /** Every part, in the usual order. */
    public BriefRequest(String province, String partner, String leader, LocalDate visitDate, String lang,
                        String classification) {
        this(province, partner, leader, visitDate, lang, classification, null);
    }
}

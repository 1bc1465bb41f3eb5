package vn.protocolbrief.brief;

import java.time.LocalDate;

/**
 * What a pack is for: a province, a visiting partner, optionally the leader and the visit date, the
 * language of the labels ("vi" or "en") and the classification line of the running header.
 */
public record BriefRequest(String province, String partner, String leader, LocalDate visitDate, String lang,
                           String classification) {
    public BriefRequest {
        lang = lang == null ? "vi" : lang;
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new IllegalArgumentException("Unknown language '" + lang + "': use vi or en.");
        }
    }
}

package vn.protocolbrief.brief;

import java.time.LocalDate;
import java.util.List;
import vn.protocolbrief.domain.UserProblem;

/**
 * What a pack is for. Either a saved visit ({@code visitId}: its province, partner, delegation and programme), or a
 * province and a partner with, optionally, the head of the delegation and the date. Then the language ("vi" or
 * "en"), the classification line printed at the top and bottom of every page, and the parts to include in the
 * order wanted (all of {@link #PARTS} when null). {@code reviewedOnly} leaves out what comes from meetings nobody has
 * reviewed yet (otherwise it is printed with a mark). {@code hosts}: our side without a saved visit, persons in the
 * store in order of precedence (each must hold a post in this province or one merged into it, as for a saved visit).
 */
public record BriefRequest(String province, String partner, String leader, LocalDate visitDate, String lang,
                           String classification, List<String> parts, String visitId, boolean reviewedOnly,
                           List<String> hosts) {
    /**
     * The front brief, then the annexes in their usual order. The front brief holds the purpose, the points to make,
     * what the guests may raise, both delegations, the programme and the gift; the rest is background.
     */
    public static final List<String> PARTS = List.of("brief", "history", "requests", "commitments",
            "agreements", "gifts", "delegation", "province", "sources");
    /** Names of parts before the front brief existed, still accepted: "at a glance" and the points are in it. */
    private static final java.util.Map<String, String> FORMER = java.util.Map.of("glance", "brief", "points", "brief",
            "charts", "history");

    public BriefRequest {
        lang = lang == null ? "vi" : lang;
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new UserProblem(UserProblem.Code.BRIEF_UNKNOWN_LANG, lang);
        }
        List<String> chosen = new java.util.ArrayList<>();
        for (String part : parts == null ? PARTS : parts) {
            String name = FORMER.getOrDefault(part, part);
            if (!PARTS.contains(name)) {
                throw new UserProblem(UserProblem.Code.BRIEF_UNKNOWN_PART, part, String.join(", ", PARTS));
            }
            if (!chosen.contains(name)) {
                chosen.add(name);
            } else if (name.equals(part)) {
                throw new UserProblem(UserProblem.Code.BRIEF_PARTS);
            }
        }
        parts = List.copyOf(chosen);
        if (parts.isEmpty()) {
            throw new UserProblem(UserProblem.Code.BRIEF_PARTS);
        }
        if (visitId == null && (province == null || partner == null)) {
            throw new UserProblem(UserProblem.Code.BRIEF_NAME_VISIT);
        }
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        if (visitId != null && !hosts.isEmpty()) {
            throw new UserProblem(UserProblem.Code.BRIEF_VISIT_HOSTS);
        }
    }

    /** Without hosts named apart from a saved visit. */
    public BriefRequest(String province, String partner, String leader, LocalDate visitDate, String lang,
                        String classification, List<String> parts, String visitId, boolean reviewedOnly) {
        this(province, partner, leader, visitDate, lang, classification, parts, visitId, reviewedOnly, List.of());
    }

    /** The same pack with our side's hosts, in order of precedence (persons in the store). */
    public BriefRequest withHosts(List<String> ours) {
        return new BriefRequest(province, partner, leader, visitDate, lang, classification, parts, visitId,
                reviewedOnly, ours);
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
        return new BriefRequest(province, partner, leader, visitDate, lang, classification, parts, visitId, only,
                hosts);
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

package vn.protocolbrief.brief;

import vn.protocolbrief.domain.PartialDate;

/**
 * A post the pack shows from a record more than a year older than the visit: who holds it, the post as the pack
 * prints it, and the month it was last read ({@code asOf}). The officer confirms these before the pack is made.
 */
public record StalePost(String person, String title, PartialDate asOf, String positionId) {
    /** "ITO Naoki — Đại sứ (11/2023)": one item of a warning or a confirmation. */
    public String line() {
        return person + (title == null ? "" : " \u2014 " + title) + " (" + (asOf.known() ? asOf.display() : "?") + ")";
    }
}

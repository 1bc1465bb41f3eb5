package vn.protocolbrief.brief;

/**
 * Which parts of the front brief have something to say for a visit, for the PDF and the Word file alike: the
 * delegations when either side names anyone, the programme when its day, venue or items are known. A part with
 * nothing known is left out rather than printed as dotted blanks (the officer is told, {@link OfficerNotes}).
 */
final class FrontSides {
    private FrontSides() {
    }

    static boolean any(BriefModel.VisitPart v) {
        return v.leader() != null || !v.members().isEmpty() || !v.hosts().isEmpty() || v.interpreter() != null;
    }

    /**
     * The line the delegations' part says when neither side names anyone yet (rd14: the first-meeting pack left the
     * part out without a word, and the reader could not tell an unknown list from a forgotten one); null when known.
     */
    static String unknown(BriefModel.VisitPart v, Labels l) {
        return any(v) ? null : l.get("front.delegations.unknown");
    }

    static boolean programmeKnown(BriefModel.VisitPart v) {
        return v.date().known() || v.venue() != null || !v.programme().isEmpty();
    }
}

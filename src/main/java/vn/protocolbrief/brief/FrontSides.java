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

    static boolean programmeKnown(BriefModel.VisitPart v) {
        return v.date().known() || v.venue() != null || !v.programme().isEmpty();
    }
}

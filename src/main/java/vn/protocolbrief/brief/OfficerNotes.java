package vn.protocolbrief.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the officer must know about a pack before the leader signs it, said to the officer (the `brief` command's
 * stderr, the composer's warning) and never printed in the pack: no visit saved, a side of the delegations left out
 * for want of names, a visit whose day is already past, a reply of theirs recorded over a year before the visit (the
 * pack says only that it will be reviewed).
 */
public final class OfficerNotes {
    private OfficerNotes() {
    }

    /** The notes on {@code model} as of {@code today}, in {@code lang} ("vi" or "en"). */
    public static List<String> of(BriefModel model, LocalDate today, String lang) {
        Labels l = new Labels(lang);
        var v = model.visit();
        List<String> notes = new ArrayList<>();
        if (!v.recorded()) {
            notes.add(l.get("cover.notrecorded"));
        }
        if (v.leader() == null && v.members().isEmpty()) {
            notes.add(l.get("officer.noGuests"));
        }
        if (v.hosts().isEmpty()) {
            notes.add(l.get(v.recorded() ? "officer.noHosts.visit" : "officer.noHosts"));
        }
        // An English pack of a partner without an English name: how the pack says it, and how to give it one.
        if (model.meta() != null && new Labels(model.meta().lang()).untranslated(model.meta().partnerName())) {
            notes.add(l.format("officer.partnerNoEnglish", model.meta().partnerName()));
        }
        if (past(v.date(), today)) {
            notes.add(l.format("officer.past", l.date(v.date())));
        }
        notes.addAll(StaleReplies.notes(model, l));
        return notes;
    }

    /** A day (or month, or year) of the visit wholly before {@code today}. */
    public static boolean past(vn.protocolbrief.domain.PartialDate date, LocalDate today) {
        if (date == null || !date.known()) {
            return false;
        }
        String iso = date.iso();
        return iso.compareTo(today.toString().substring(0, iso.length())) < 0;
    }
}

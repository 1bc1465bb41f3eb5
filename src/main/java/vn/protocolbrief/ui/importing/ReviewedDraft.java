package vn.protocolbrief.ui.importing;

import static vn.protocolbrief.ui.importing.DraftForm.blank;

import java.util.List;
import java.util.Locale;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft;
import vn.protocolbrief.ingest.Draft.PersonRef;
import vn.protocolbrief.ui.importing.DraftItems.RequestItem;

/** A draft under review read back as the importer's draft: the officer's values, the items left out dropped. */
final class ReviewedDraft {
    private ReviewedDraft() {
    }

    /** The reviewed draft: edited values, excluded items left out. Call only when {@link DraftForm#errors()} is empty. */
    static Draft of(DraftForm form) {
        Province p = form.province.get();
        Partner x = form.partner.get();
        Draft.PartnerRef partnerRef = x != null
                ? new Draft.PartnerRef(x.id(), x.name("vi"), x.nameEn(), x.kind().id(), x.prefectureCode(),
                Text.clean(form.partnerAsWritten.get()))
                : new Draft.PartnerRef(null, Text.clean(form.newPartnerName.get()), newPartnerEnglish(form),
                form.newPartnerKind.get().id(),
                form.original().partner() == null ? null : form.original().partner().prefectureCode(),
                Text.clean(form.partnerAsWritten.get()));
        PersonRef leader = blank(form.leaderName.get()) ? null
                : PersonLines.person(Text.clean(form.leaderName.get())
                        + (blank(form.leaderTitle.get()) ? "" : " — " + form.leaderTitle.get()),
                "jp", form.original().leader() == null ? List.of() : List.of(form.original().leader()));
        if (leader != null && form.original().leader() != null) {
            // The officer's answer to "is this one of the stored namesakes?" (none chosen: a new person).
            leader = leader.identified(form.leaderIdentity.get() != null ? form.leaderIdentity.get().id()
                    : form.original().leader().personId(), form.leaderNamesakes);
        }
        PartialDate d = DateInput.parse(form.date.get());
        var source = form.original().source();
        return new Draft(d.known() ? d.iso() : null, d.precision().name().toLowerCase(Locale.ROOT),
                new Draft.Ref(p.id(), p.nameVi()), Text.clean(form.provinceAsWritten.get()), Text.clean(form.venue.get()),
                partnerRef,
                leader, PersonLines.parse(form.members.get(), "jp", form.original().members()),
                ourSide(form),
                form.requests.stream().filter(r -> r.include.get()).map(r -> new Draft.RequestDraft(r.direction.get(),
                        categories(r), Text.clean(r.text.get()), r.evidence)).toList(),
                agreements(form, true), agreements(form, false),
                form.aid.stream().filter(a -> a.include.get()).map(a -> new Draft.AidDraft(Text.clean(a.title.get()),
                        DraftChecks.amount(a.amount.get()), Text.clean(a.currency.get()), a.amountNote,
                        Text.clean(a.channel.get()), a.evidence)).toList(),
                form.gifts.stream().filter(g -> g.include.get()).map(g -> new Draft.GiftDraft(Text.clean(g.item.get()),
                        Text.clean(g.giver.get()), Text.clean(g.receiver.get()), g.direction.get(), g.evidence)).toList(),
                form.figures.stream().filter(f -> f.include.get()).map(f -> new Draft.FigureDraft(Text.clean(f.label.get()),
                        Text.clean(f.value.get()), f.evidence)).toList(),
                form.localities.stream().filter(l -> l.include.get()).map(l -> l.original).toList(),
                form.original().warnings(), form.original().evidence(), form.original().confidence(),
                new Draft.SourceDraft(source.name(), source.format(), Text.clean(form.sourceTitle.get()),
                        Text.clean(form.publication.get()), Text.clean(form.url.get()), iso(form.published.get()),
                        blank(form.sourceText.get()) ? form.officersNote() : form.sourceText.get()),
                form.commitments.stream().filter(c -> c.include.get() && !Text.clean(c.text.get()).isEmpty())
                        .map(c -> new Draft.CommitmentDraft(c.side.get(), Text.clean(c.text.get()), dueDate(c.due.get()),
                                c.evidence))
                        .toList(),
                form.thanks.stream().filter(t -> t.include.get() && !Text.clean(t.text.get()).isEmpty())
                        .map(t -> new Draft.ThanksDraft(t.by.get(), "jp".equals(t.by.get()) ? "vn" : "jp",
                                Text.clean(t.text.get()), t.evidence)).toList());
    }

    /**
     * A request's categories: those ticked; typed by hand with none ticked, those its words name, as the importer
     * and {@code visit done} file a request.
     */
    private static List<String> categories(RequestItem r) {
        return r.categories.isEmpty() ? new vn.protocolbrief.ingest.RequestCategories().of(Text.clean(r.text.get()))
                : List.copyOf(r.categories);
    }

    /**
     * Our side's people. Typed by hand, every line under "Vietnamese side" is a host (the second host too) and
     * the attendees field holds the others; in an article's review the importer's roles stay.
     */
    private static List<PersonRef> ourSide(DraftForm form) {
        List<PersonRef> typed = PersonLines.parse(form.hosts.get(), "vn", form.original().hosts());
        if (!form.handEntered()) {
            return typed;
        }
        List<PersonRef> out = new java.util.ArrayList<>(typed.stream().map(p -> PersonLines.withRole(p, "host")).toList());
        PersonLines.parse(form.attendees.get(), "vn", form.original().hosts()).forEach(p -> out.add(PersonLines.withRole(p, "participant")));
        return out;
    }

    /** The English name the importer proposed, kept while the officer leaves the Vietnamese name as proposed. */
    private static String newPartnerEnglish(DraftForm form) {
        Draft.PartnerRef proposed = form.original().partner();
        return proposed != null && proposed.id() == null && java.util.Objects.equals(proposed.name(),
                Text.clean(form.newPartnerName.get())) ? proposed.nameEn() : null;
    }

    /** A promise's due date as typed, or null when none or unreadable (it is optional). */
    private static String dueDate(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : iso(typed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A typed date as the store keeps it (ISO at its precision), or null. */
    private static String iso(String typed) {
        PartialDate d = DateInput.parse(typed);
        return d.known() ? d.iso() : null;
    }

    /** The included agreements signed at this meeting, or those the article recalls from before it. */
    private static List<Draft.AgreementDraft> agreements(DraftForm form, boolean atMeeting) {
        return form.agreements.stream().filter(a -> a.include.get() && a.signedAtMeeting.get() == atMeeting)
                .map(a -> new Draft.AgreementDraft(Text.clean(a.title.get()), Text.clean(a.parties.get()),
                        a.signedAtMeeting.get(), iso(a.date.get()), a.evidence, a.inWords)).toList();
    }
}

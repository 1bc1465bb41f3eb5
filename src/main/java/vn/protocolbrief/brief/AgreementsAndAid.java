package vn.protocolbrief.brief;

import java.util.Comparator;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.AidItem;
import vn.protocolbrief.domain.Agreement;

/** The province's agreements and aid, the pair's first, each citing its source (a part of one pack's assembly). */
final class AgreementsAndAid {
    private AgreementsAndAid() {
    }

    static List<AgreementItem> agreements(PackContext c, Labels labels) {
        String partnerId = c.partner().id();
        return c.h().agreements(c.province().id(), null).stream()
                .sorted(Comparator.comparing((Agreement a) -> partnerId.equals(a.partnerId()) ? 0 : 1)
                        .thenComparing(Agreement::signedOn, Comparator.reverseOrder()))
                .peek(a -> c.recordIds().add(a.id()))
                .map(a -> new AgreementItem(a.id(), a.title(), label(labels, "agreement.kind.", a.kind()), a.signedOn(),
                        a.parties(), a.fields(), label(labels, "agreement.", a.status()),
                        c.items().locality(a.provinceAsWritten()), c.items().partnerName(a.partnerId()),
                        partnerId.equals(a.partnerId()), c.sources().cite(a.sourceId()), a.status()))
                .toList();
    }

    /** Aid the records show was aid: a donor and a source. A project without either is not printed. */
    static List<AidItem> aid(PackContext c, Labels labels) {
        String partnerId = c.partner().id();
        return c.h().aidProjects(c.province().id(), null).stream()
                .filter(a -> a.donor() != null && !a.donor().isBlank() && a.sourceId() != null)
                .sorted(Comparator.comparing(a -> partnerId.equals(a.partnerId()) ? 0 : 1))
                .peek(a -> c.recordIds().add(a.id()))
                .map(a -> new AidItem(a.id(), a.title(), a.donor(), a.channel(),
                        a.amount() == null ? null : labels.number(a.amount()) + (a.currency() == null ? ""
                                : " " + a.currency()), a.amountNote(), a.purpose(),
                        a.status().name().toLowerCase(java.util.Locale.ROOT), a.date(),
                        c.items().partnerName(a.partnerId()), partnerId.equals(a.partnerId()),
                        c.sources().cite(a.sourceId())))
                .toList();
    }

    /** A code's label ("agreement.kind.mou"), or the code itself when the bundle has none. */
    private static String label(Labels labels, String prefix, String code) {
        return code == null ? null : labels.has(prefix + code) ? labels.get(prefix + code) : code;
    }
}

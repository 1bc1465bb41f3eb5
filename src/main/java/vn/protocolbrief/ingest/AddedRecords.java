package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.AidStatus;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LocalityLink;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.store.ImportRecords;

/**
 * The records a draft adds beside its meeting: agreements, aid, key figures, locality links, commitments and thanks.
 * Each is added only when the pair (for commitments and thanks, the meeting) does not hold it yet, so that a second article about
 * a stored meeting adds only what is new. Ids carry the source's id, so two articles never collide.
 */
final class AddedRecords {
    private AddedRecords() {
    }

    /** What each side promised, as the article says it; on a merge, none the meeting already holds. */
    static List<vn.protocolbrief.domain.Commitment> commitments(Draft d, String meetingId, String sourceId,
                                                                List<vn.protocolbrief.domain.Commitment> held) {
        List<vn.protocolbrief.domain.Commitment> out = new ArrayList<>();
        for (Draft.CommitmentDraft c : d.commitments()) {
            if (c.text() == null || c.text().isBlank()) {
                continue;
            }
            Side side = Side.valueOf(c.side().toUpperCase(Locale.ROOT));
            boolean known = java.util.stream.Stream.concat(held.stream(), out.stream())
                    .anyMatch(o -> o.side() == side && Text.key(o.text()).equals(Text.key(c.text())));
            if (!known) {
                out.add(new vn.protocolbrief.domain.Commitment(meetingId + "-c" + sourceId.substring(4, 10) + "-"
                        + (out.size() + 1), meetingId, side, c.text(), PartialDate.of(c.due()), null, RequestStatus.OPEN,
                        sourceId, List.of()));
            }
        }
        return out;
    }

    /** Who thanked whom for what, as the article says it; on a merge, none the meeting already holds. */
    static List<vn.protocolbrief.domain.Thanks> thanks(Draft d, String meetingId, String sourceId,
                                                       List<vn.protocolbrief.domain.Thanks> held) {
        List<vn.protocolbrief.domain.Thanks> out = new ArrayList<>();
        for (Draft.ThanksDraft t : d.thanks()) {
            Side by = side(t.by());
            Side to = side(t.to());
            if (t.text() == null || t.text().isBlank() || by == null || to == null) {
                continue;
            }
            boolean known = java.util.stream.Stream.concat(held.stream(), out.stream())
                    .anyMatch(o -> o.by() == by && Text.key(o.text()).equals(Text.key(t.text())));
            if (!known) {
                out.add(new vn.protocolbrief.domain.Thanks(meetingId + "-t" + sourceId.substring(4, 10) + "-"
                        + (out.size() + 1), meetingId, by, to, t.text(), sourceId));
            }
        }
        return out;
    }

    /** "vn" or "jp" as a side; null for anything else (a thanks whose sides the draft does not say is not kept). */
    private static Side side(String id) {
        return "vn".equalsIgnoreCase(id) ? Side.VN : "jp".equalsIgnoreCase(id) ? Side.JP : null;
    }

    static List<Agreement> agreements(Draft d, String meetingId, String partnerId, String sourceId, PartialDate date,
                                      ImportRecords.PairRecords held) {
        List<Agreement> out = new ArrayList<>();
        for (var a : java.util.stream.Stream.concat(d.agreements().stream(), d.earlierAgreements().stream()).toList()) {
            boolean known = held.agreements().stream().anyMatch(x -> similar(x.title(), a.title()));
            if (known) {
                continue;
            }
            out.add(new Agreement(meetingId + "-a" + (out.size() + 1) + "-" + sourceId.substring(4, 10),
                    a.signedAtMeeting() ? meetingId : null, d.province().id(), d.provinceAsWritten(), partnerId,
                    "agreement", a.title(), a.signedAtMeeting() ? date : PartialDate.of(a.date()), a.parties(), null,
                    a.status(), sourceId));
        }
        return out;
    }

    static List<AidProject> aid(Draft d, String meetingId, String partnerId, String sourceId,
                                ImportRecords.PairRecords held) {
        List<AidProject> out = new ArrayList<>();
        for (var a : d.aidProjects()) {
            boolean known = held.aid().stream().anyMatch(x -> similar(x.title(), a.title())
                    || a.amount() != null && x.amount() != null && a.amount().compareTo(x.amount()) == 0);
            if (known) {
                continue;
            }
            out.add(new AidProject(meetingId + "-aid" + (out.size() + 1) + "-" + sourceId.substring(4, 10), meetingId,
                    d.province().id(), partnerId, a.title(), null, a.channel(), a.amount(), a.currency(), a.amountNote(),
                    null, AidStatus.APPROVED, PartialDate.UNKNOWN, sourceId));
        }
        return out;
    }

    static List<KeyFigure> figures(Draft d, String sourceId, PartialDate date, ImportRecords.PairRecords held) {
        List<KeyFigure> out = new ArrayList<>();
        for (var f : d.keyFigures()) {
            boolean known = held.figures().stream().anyMatch(x -> Text.key(x.value()).equals(Text.key(f.value()))
                    && similar(x.label(), f.label()));
            if (known) {
                continue;
            }
            out.add(new KeyFigure("kf-" + sourceId.substring(4, 14) + "-" + (out.size() + 1), d.province().id(), null,
                    f.label(), f.value(), null, date.known() ? date : PartialDate.of(d.source().published()), sourceId));
        }
        return out;
    }

    static List<LocalityLink> links(Draft d, String sourceId, ImportRecords.PairRecords held) {
        List<LocalityLink> out = new ArrayList<>();
        for (var l : d.localities()) {
            if (l.partnerId() != null && held.links().stream().noneMatch(x -> x.partnerId().equals(l.partnerId()))) {
                out.add(new LocalityLink("ll-" + sourceId.substring(4, 14) + "-" + (out.size() + 1), d.province().id(),
                        d.provinceAsWritten(), l.partnerId(), "được nêu trong bài báo", null, null, sourceId));
            }
        }
        return out;
    }

    /** Two titles for one thing: one contains the other, or most of their words are shared. */
    private static boolean similar(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = Text.key(a);
        String y = Text.key(b);
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        Set<String> wa = new HashSet<>(Text.words(a));
        Set<String> wb = new HashSet<>(Text.words(b));
        long common = wa.stream().filter(wb::contains).count();
        return common >= 0.7 * Math.min(wa.size(), wb.size());
    }
}

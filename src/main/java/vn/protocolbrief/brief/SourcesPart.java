package vn.protocolbrief.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;

/**
 * The pack's sources annex, in the order the pack first cited them: the visit's record, the fixed references
 * (national dates), and the articles, each marked when its record is not yet reviewed.
 */
final class SourcesPart {
    private SourcesPart() {
    }

    static List<BriefModel.SourceItem> items(PackContext c, Labels labels, Visit visit, boolean visitRecorded,
                                             LocalDate today) {
        List<BriefModel.SourceItem> out = new ArrayList<>();
        Set<String> unreviewed = c.h().unreviewedSourceIds();
        c.sources().all().forEach((key, n) -> {
            if (key.equals(SourceNumbers.VISIT)) {
                // An office named only in Vietnamese goes on a line of its own, never inside the English line.
                String office = visit.issuingOffice() == null ? "" : labels.format("source.visit.office",
                        labels.visitText(visit.issuingOffice()));
                String officeVi = visit.issuingOffice() == null ? null : labels.visitText(visit.issuingOffice());
                if (officeVi != null && officeVi.startsWith(labels.get("original.mark") + " ")) {
                    office = labels.get("source.visit.office.below") + "\n" + officeVi;
                }
                out.add(new BriefModel.SourceItem(n, "visit", labels.format(visitRecorded ? "source.visit"
                        : "source.visit.adhoc", office), null, null, visitRecorded ? PartialDate.UNKNOWN
                        : PartialDate.of(today.toString())));
            } else if (SourceNumbers.isReference(key)) {
                String[] r = SourceNumbers.referenceParts(key);
                out.add(new BriefModel.SourceItem(n, "reference", r[0], r[1], r[2], PartialDate.UNKNOWN));
            } else {
                c.h().source(key).ifPresent(s -> {
                    c.recordIds().add(s.id());
                    out.add(new BriefModel.SourceItem(n, unreviewed.contains(s.id()) ? BriefModel.UNREVIEWED
                            : "article", s.title(), s.publication(), s.url(),
                            s.publishedOn(), s.title() == null ? SourceLines.opening(s.fullText()) : null, s.id()));
                });
            }
        });
        return out;
    }
}

package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.brief.BriefModel.PartnerSummary;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;

/** The history part's summary of the province's other Japanese partners (one table, not every meeting). */
final class OtherPartners {
    private OtherPartners() {
    }

    /** Meetings of the province with other Japanese partners: one line per partner, the latest first. */
    static List<PartnerSummary> otherPartners(PackContext c, List<Meeting> others) {
        Map<String, List<Meeting>> byPartner = new LinkedHashMap<>();
        for (Meeting m : others) {
            byPartner.computeIfAbsent(m.partnerId() == null ? "" : m.partnerId(), k -> new ArrayList<>()).add(m);
        }
        List<PartnerSummary> out = new ArrayList<>();
        byPartner.forEach((id, ms) -> {
            ms.forEach(m -> c.recordIds().add(m.id()));
            List<String> names = ms.stream().map(Meeting::provinceAsWritten).filter(java.util.Objects::nonNull)
                    .map(c.items()::locality)
                    .distinct().toList();
            PartialDate first = ms.stream().map(Meeting::date).filter(PartialDate::known).min(Comparator.naturalOrder())
                    .orElse(PartialDate.UNKNOWN);
            PartialDate lastDate = ms.stream().map(Meeting::date).filter(PartialDate::known)
                    .max(Comparator.naturalOrder()).orElse(PartialDate.UNKNOWN);
            String name = id.isEmpty() ? null : c.items().partnerName(id);
            out.add(new PartnerSummary(name, ms.size(), first, lastDate, names,
                    c.sources().cite(ms.stream().flatMap(m -> m.sourceIds().stream()).toList())));
        });
        out.sort(Comparator.comparing(PartnerSummary::last, Comparator.reverseOrder()));
        return out;
    }
}

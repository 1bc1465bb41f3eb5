package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.domain.RequestThreads;

/**
 * The requests of the pair's meetings as a pack shows them: one item per thread (a request raised again is one
 * request raised n times), with its latest follow-up, in the order of the office's categories.
 */
final class RequestsPart {
    private RequestsPart() {
    }

    static List<RequestItem> requests(PackContext c, List<Meeting> meetings, List<RequestCategory> categories) {
        List<RequestThreads.Raised> raised = new ArrayList<>();
        for (Meeting m : meetings) {
            for (Request r : m.requests()) {
                raised.add(new RequestThreads.Raised(r, m.id(), m.date(), m.partnerId()));
                c.recordIds().add(r.id());
            }
        }
        List<RequestItem> out = new ArrayList<>();
        for (RequestThreads.Thread t : RequestThreads.group(raised)) {
            Request latest = t.last().request();
            Set<String> cats = new LinkedHashSet<>();
            Set<String> srcs = new LinkedHashSet<>();
            for (RequestThreads.Raised r : t.occurrences()) {
                cats.addAll(r.request().categories());
                if (r.request().sourceId() != null) {
                    srcs.add(r.request().sourceId());
                }
            }
            List<FollowUp> fus = latest.followUps();
            FollowUp fu = fus.isEmpty() ? null : fus.get(fus.size() - 1);
            if (fu != null && fu.sourceId() != null) {
                srcs.add(fu.sourceId());
            }
            out.add(new RequestItem(latest.id(), latest.direction(), List.copyOf(cats), latest.text(),
                    latest.status(), t.first().date(), t.last().date(), t.times(),
                    fu == null ? null : fu.note(), fu == null ? PartialDate.UNKNOWN : fu.date(), c.sources().cite(srcs)));
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        categories.forEach(cat -> order.put(cat.id(), cat.order()));
        out.sort(Comparator.comparing((RequestItem r) -> order.getOrDefault(r.category(), 99))
                .thenComparing(RequestItem::status)
                .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder()));
        return out;
    }

    /**
     * Our open requests a leader most needs to raise: raised most often first, then the most recent. (Those the
     * Japanese side made are the glance's commitments.)
     */
    static List<RequestItem> topOpen(List<RequestItem> open, int limit) {
        return open.stream()
                .sorted(Comparator.comparingInt(RequestItem::timesRaised).reversed()
                        .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder()))
                .limit(limit).toList();
    }
}

package vn.protocolbrief.brief;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.RequestCategory;

/** The counts the charts draw, computed as the parts they summarise count them. */
final class ChartCounts {
    private ChartCounts() {
    }

    static BriefModel.Charts of(List<RequestCategory> categories, String lang, List<RequestItem> requests,
                                List<Meeting> withPartner, List<Meeting> all) {
        return new BriefModel.Charts(requestsByCategory(categories, requests), meetingsByYear(withPartner, all),
                categoryLabels(categories, lang));
    }

    /** Counted as the requests part groups them: by the first category. */
    private static Map<String, Integer> requestsByCategory(List<RequestCategory> categories, List<RequestItem> requests) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RequestCategory c : categories) {
            int n = (int) requests.stream().filter(r -> r.category().equals(c.id())).count();
            if (n > 0) {
                counts.put(c.id(), n);
            }
        }
        return counts;
    }

    private static Map<Integer, int[]> meetingsByYear(List<Meeting> withPartner, List<Meeting> all) {
        Map<Integer, int[]> byYear = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Meeting m : all) {
            int[] counts = byYear.computeIfAbsent(m.date().yearValue(), k -> new int[2]);
            counts[1]++;
            if (withPartner.contains(m)) {
                counts[0]++;
            }
        }
        return byYear;
    }

    /** Bars a chart needs at least. */
    static final int MIN_BARS = 3;
    /** The largest bar at least: bars under five say nothing their numbers do not (rd18: 2/3/1). */
    static final int MIN_LARGEST = 5;

    /**
     * Whether a chart of these counts says more than the numbers: enough bars, and the largest big enough that the
     * lengths tell apart what counting would not at a glance. Otherwise the counts stand as the annexes give them.
     */
    static boolean saysMoreThanANumber(java.util.Collection<Integer> counts) {
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        return counts.size() >= MIN_BARS && max >= MIN_LARGEST;
    }

    private static Map<String, String> categoryLabels(List<RequestCategory> categories, String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        categories.forEach(c -> out.put(c.id(), c.label(lang)));
        return out;
    }
}

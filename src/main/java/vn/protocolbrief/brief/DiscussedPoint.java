package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.RequestCategory;

/**
 * A speech with nothing between the welcome, the last meeting's result and the farewell, for a pair whose records say
 * what was discussed (the fields its requests were about, answered or closed ones too): one point says those fields
 * and the wish to take them forward, citing the requests (rd11: "the points say only welcome, results and farewell"
 * on packs whose records held topics).
 */
final class DiscussedPoint {
    /** The fields named: the most frequent, as a leader names a few. */
    static final int FIELDS = 3;

    private DiscussedPoint() {
    }

    /**
     * The points, with the fields discussed said before the farewell when no point speaks of a request, an agreement,
     * aid or a promise; as they are otherwise, or when the records name no field.
     */
    static List<TalkingPoint> added(List<TalkingPoint> points, List<RequestItem> requests,
                                    List<RequestCategory> categories, java.util.Set<String> meetingIds, Labels l) {
        if (points.stream().anyMatch(p -> substantive(p, meetingIds))) {
            return points;
        }
        Map<String, List<RequestItem>> byField = new LinkedHashMap<>();
        requests.stream().filter(r -> !r.categories().isEmpty() && !"other".equals(r.category()))
                .forEach(r -> byField.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(r));
        if (byField.isEmpty()) {
            return points;
        }
        Map<String, String> names = categories.stream().collect(Collectors.toMap(RequestCategory::id,
                c -> "en".equals(l.lang()) ? c.labelEn() : c.labelVi()));
        List<String> fields = byField.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size())).limit(FIELDS)
                .map(e -> FrontPurpose.inSentence(names.getOrDefault(e.getKey(), e.getKey()))).toList();
        List<RequestItem> cited = byField.values().stream().flatMap(List::stream).toList();
        TalkingPoint discussed = new TalkingPoint("welcome", l.format("point.discussed", FrontPurpose.joined(fields, l)),
                cited.stream().map(RequestItem::id).toList(),
                cited.stream().flatMap(r -> r.sources().stream()).distinct().sorted().toList());
        return OccasionPoints.beforeClosing(points, discussed);
    }

    /**
     * A point that speaks of something the pair did or asked (a request, an agreement, aid, a promise): more than a
     * welcome, the relation, a meeting's result ({@code meetingIds}: what those cite) or a farewell.
     */
    private static boolean substantive(TalkingPoint p, java.util.Set<String> meetingIds) {
        return switch (p.kind()) {
            case "thanks", "proposal" -> true;
            case "raise", "agreed" -> p.recordIds().stream().anyMatch(id -> !meetingIds.contains(id));
            default -> false;
        };
    }
}

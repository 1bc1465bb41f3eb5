package vn.protocolbrief.brief;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The purpose of a visit no saved plan states, in a sentence a leader can sign: what the records support — to take
 * the cooperation forward in the fields the pair's requests are about, and to follow up what is still open — or, for
 * a pair that never met, to get to know each other. Never an empty heading (issue 19: "Mục đích" stood alone).
 */
final class FrontPurpose {
    /** The fields named: the pair's most frequent, as a leader names a few. */
    static final int FIELDS = 3;

    private FrontPurpose() {
    }

    /** The sentence, or null when the visit states its own purpose. */
    static String of(BriefModel m, Labels l) {
        if (m.visit().purpose() != null) {
            return null;
        }
        if (m.history().isEmpty()) {
            // Meetings left out as unreviewed were held: the two sides are not meeting to get acquainted.
            return m.meta() != null && m.meta().unreviewedLeftOut() > 0 ? l.get("front.purpose.records") + "."
                    : l.get("front.purpose.first");
        }
        List<String> fields = fields(m, m.requests());
        long open = m.requests().stream().filter(r -> r.status() != null && r.status().isOpen()).count();
        String base = fields.isEmpty() ? l.get("front.purpose.records")
                : l.format("front.purpose.fields", joined(fields, l));
        // The open matters are not counted in digits: the points say what they are.
        return open == 0 ? base + "." : base + (open == 1 ? l.get("front.purpose.open.one")
                : l.get("front.purpose.open")) + ".";
    }

    /**
     * What we want from the guests, said by what our proposals ask about (issue 19: "the proposal in point 3 of
     * part 2" made a reader turn the page to learn what we want), or null when the points make no proposal.
     */
    static String wishes(BriefModel m, Labels l) {
        java.util.Set<String> asked = new java.util.HashSet<>();
        m.talkingPoints().stream().filter(p -> "proposal".equals(p.kind())).forEach(p -> asked.addAll(p.recordIds()));
        if (asked.isEmpty()) {
            return null;
        }
        List<String> fields = fields(m, m.requests().stream().filter(r -> asked.contains(r.id())).toList());
        return fields.isEmpty() ? l.get("front.wishes.support") : l.format("front.wishes", joined(fields, l));
    }

    /** The fields the requests are about, the most frequent first, as a leader names a few. */
    private static List<String> fields(BriefModel m, List<BriefModel.RequestItem> requests) {
        Map<String, Long> counts = requests.stream().flatMap(r -> r.categories().stream())
                .filter(c -> !"other".equals(c))
                .collect(Collectors.groupingBy(c -> c, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(FIELDS)
                .map(e -> inSentence(m.charts().categoryLabels().getOrDefault(e.getKey(), e.getKey()))).toList();
    }

    /** "Đào tạo và nguồn nhân lực" inside a sentence; an acronym ("OCOP …") keeps its capitals. */
    static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static String joined(List<String> items, Labels l) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join("; ", items.subList(0, items.size() - 1)) + l.get("front.purpose.and")
                + items.get(items.size() - 1);
    }

    /**
     * The line where the last meeting would stand: the first meeting on record; or, in a pack of reviewed records only
     * that left the pair's unreviewed meetings out, that the reviewed records hold none (there were meetings).
     */
    static String noMeeting(BriefModel m, Labels l) {
        int leftOut = m.meta() == null ? 0 : m.meta().unreviewedLeftOut();
        return leftOut > 0 ? l.format("front.noneReviewed", leftOut) : l.get("front.first");
    }
}

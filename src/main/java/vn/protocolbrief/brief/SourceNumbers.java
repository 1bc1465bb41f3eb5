package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers sources [1], [2], … in the order the pack first cites them. A source is an article (its id), the visit's
 * own record ({@link #VISIT}), or a reference named by title, publication and address ({@link #reference}).
 */
final class SourceNumbers {
    static final String VISIT = "\u0000visit";
    private static final String REFERENCE = "\u0000ref\u0001";
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    List<Integer> cite(Collection<String> sourceIds) {
        List<Integer> out = new ArrayList<>();
        for (String id : sourceIds) {
            if (id != null) {
                int n = numbers.computeIfAbsent(id, k -> numbers.size() + 1);
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    List<Integer> cite(String sourceId) {
        return sourceId == null ? List.of() : cite(List.of(sourceId));
    }

    Map<String, Integer> all() {
        return numbers;
    }

    static String reference(String title, String publication, String url) {
        return REFERENCE + title + "\u0001" + publication + "\u0001" + url;
    }

    static boolean isReference(String key) {
        return key.startsWith(REFERENCE);
    }

    /** Title, publication and address of a reference key. */
    static String[] referenceParts(String key) {
        return key.substring(REFERENCE.length()).split("\u0001", -1);
    }
}

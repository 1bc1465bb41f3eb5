package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers sources [1], [2], … in the order the pack first cites them. */
final class SourceNumbers {
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
}

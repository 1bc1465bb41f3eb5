package vn.protocolbrief.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names to things, compared in folded form without spaces, so "Thừa Thiên Huế", "thua thien hue" and
 * "ThuaThienHue" are one name. Administrative words around a name ("tỉnh", "TP.", "cũ", "Prefecture") are
 * tried off in turn; the first form that names something wins.
 */
final class Gazetteer<T> {
    private final Map<String, List<Entry<T>>> byCompact = new HashMap<>();
    private final List<String> prefixes;
    private final List<String> suffixes;

    record Entry<T>(T value, String name) {
    }

    Gazetteer(List<String> prefixes, List<String> suffixes) {
        this.prefixes = prefixes.stream().map(Gazetteer::compact).sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.suffixes = suffixes.stream().map(Gazetteer::compact).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static String compact(String s) {
        return Text.key(s).replace(" ", "");
    }

    void add(String name, T value) {
        if (name == null || name.isBlank()) {
            return;
        }
        String c = compact(name);
        if (c.isEmpty()) {
            return;
        }
        List<Entry<T>> list = byCompact.computeIfAbsent(c, k -> new ArrayList<>());
        if (list.stream().noneMatch(e -> e.value().equals(value))) {
            list.add(new Entry<>(value, Text.nfc(name.strip())));
        }
    }

    /** Every reading of the text, most literal first: as written, then without prefixes and suffixes. */
    List<String> readings(String text) {
        Set<String> out = new LinkedHashSet<>();
        String c = compact(text);
        out.add(c);
        List<String> frontier = new ArrayList<>(List.of(c));
        for (int round = 0; round < 3; round++) {
            List<String> next = new ArrayList<>();
            for (String f : frontier) {
                for (String p : prefixes) {
                    if (f.startsWith(p) && f.length() > p.length()) {
                        next.add(f.substring(p.length()));
                    }
                }
                for (String s : suffixes) {
                    if (f.endsWith(s) && f.length() > s.length()) {
                        next.add(f.substring(0, f.length() - s.length()));
                    }
                }
            }
            for (String n : next) {
                if (out.add(n)) {
                    frontier.add(n);
                }
            }
            frontier = next;
        }
        return new ArrayList<>(out);
    }

    /** All matches of the first reading that matches anything. */
    List<Entry<T>> find(String text) {
        for (String r : readings(text)) {
            List<Entry<T>> hit = byCompact.get(r);
            if (hit != null) {
                return hit;
            }
        }
        return List.of();
    }

    Optional<T> findOne(String text) {
        List<Entry<T>> hit = find(text);
        return hit.isEmpty() ? Optional.empty() : Optional.of(hit.get(0).value());
    }

    /** The closest names by edit distance, one per thing, for "did you mean"; {@code display} sees the name matched. */
    List<String> closest(String text, int limit, java.util.function.BiFunction<T, String, String> display) {
        List<String> readings = readings(text);
        Map<T, Map.Entry<Integer, String>> best = new LinkedHashMap<>();
        for (Map.Entry<String, List<Entry<T>>> e : byCompact.entrySet()) {
            int d = Integer.MAX_VALUE;
            for (String r : readings) {
                int dist = Text.distance(r, e.getKey());
                // A name that starts with what was typed is close whatever its length.
                if (!r.isEmpty() && e.getKey().startsWith(r)) {
                    dist = Math.min(dist, 1);
                }
                d = Math.min(d, dist);
            }
            for (Entry<T> entry : e.getValue()) {
                var current = best.get(entry.value());
                if (current == null || d < current.getKey()) {
                    best.put(entry.value(), Map.entry(d, entry.name()));
                }
            }
        }
        return best.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<T, Map.Entry<Integer, String>> x) -> x.getValue().getKey())
                        .thenComparing(x -> x.getValue().getValue()))
                .limit(limit)
                .map(x -> display.apply(x.getKey(), x.getValue().getValue()))
                .toList();
    }
}

package vn.protocolbrief.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the same request raised at several meetings. Two requests are one thread when they share a
 * thread key, or when they go the same direction, share a category, come from different meetings and use
 * mostly the same words (Jaccard similarity of their folded content words at least {@value #SIMILAR}).
 */
public final class RequestThreads {
    static final double SIMILAR = 0.5;

    private RequestThreads() {
    }

    /** A request as raised at one meeting. */
    public record Raised(Request request, String meetingId, PartialDate date, String partnerId) {
    }

    /** One ask and every time it was made, oldest first. */
    public record Thread(List<Raised> occurrences) {
        public Thread {
            occurrences = List.copyOf(occurrences);
        }

        public Raised first() {
            return occurrences.get(0);
        }

        public Raised last() {
            return occurrences.get(occurrences.size() - 1);
        }

        public int times() {
            return (int) occurrences.stream().map(Raised::meetingId).distinct().count();
        }

        public boolean repeated() {
            return times() >= 2;
        }
    }

    public static List<Thread> group(List<Raised> raised) {
        int n = raised.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<Set<String>> words = new ArrayList<>(n);
        for (Raised r : raised) {
            words.add(contentWords(r.request().text()));
        }
        Map<String, Integer> byKey = new HashMap<>();
        // Only requests sharing direction and a category can be one thread: compare within those buckets.
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Request q = raised.get(i).request();
            if (q.threadKey() != null) {
                Integer other = byKey.putIfAbsent(q.threadKey(), i);
                if (other != null) {
                    union(parent, i, other);
                }
            }
            for (String c : q.categories()) {
                buckets.computeIfAbsent(q.direction() + "/" + c, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> bucket : buckets.values()) {
            for (int a = 0; a < bucket.size(); a++) {
                for (int b = a + 1; b < bucket.size(); b++) {
                    int i = bucket.get(a);
                    int j = bucket.get(b);
                    if (!raised.get(i).meetingId().equals(raised.get(j).meetingId())
                            && jaccard(words.get(i), words.get(j)) >= SIMILAR) {
                        union(parent, i, j);
                    }
                }
            }
        }
        Map<Integer, List<Raised>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(raised.get(i));
        }
        List<Thread> out = new ArrayList<>();
        for (List<Raised> g : groups.values()) {
            g.sort(Comparator.comparing(Raised::date));
            out.add(new Thread(g));
        }
        return out;
    }

    /** Whether two request texts say mostly the same thing (the rule that joins threads). */
    public static boolean similar(String a, String b) {
        return jaccard(contentWords(a), contentWords(b)) >= SIMILAR;
    }

    private static final Set<String> STOP = Set.of("va", "cac", "cua", "cho", "voi", "trong", "nhung", "tai", "ve",
            "de", "the", "and", "of", "to", "in", "for", "ho", "tro", "tiep", "tuc", "quan", "tam", "tinh", "nhat",
            "ban", "viet", "nam", "linh", "vuc", "hop", "tac");

    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Text.words(text)) {
            if (w.length() >= 2 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}

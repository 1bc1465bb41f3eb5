package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Text;

/**
 * A speech says each sentence once. Points are built one record at a time, so two of them may end (or begin) with
 * the same words ("…; chúng tôi mong hai bên tiếp tục phối hợp triển khai hiệu quả."): the closing is kept on the
 * last point that has it, the opening on the first, and a point said word for word again is dropped. Only the
 * spoken part counts: in an English pack the lines after the sentence are record text marked as the original.
 */
final class SpokenOnce {
    /** Between two sentences or two clauses of one point: "; " or ". " before a capital. */
    private static final Pattern BETWEEN = Pattern.compile("(?<=;)\\s+|(?<=\\.)\\s+(?=\\p{Lu})");

    private SpokenOnce() {
    }

    static List<TalkingPoint> withoutRepeats(List<TalkingPoint> points) {
        List<TalkingPoint> out = new ArrayList<>(points);
        for (int i = 0; i < out.size(); i++) {
            for (int j = i + 1; j < out.size(); j++) {
                List<String> earlier = sentences(out.get(i).text());
                List<String> later = sentences(out.get(j).text());
                if (later.size() > 1 && same(earlier.get(0), later.get(0))) {
                    out.set(j, cut(out.get(j), false));
                } else if (earlier.size() > 1 && same(last(earlier), last(later))) {
                    out.set(i, cut(out.get(i), true));
                    break;
                } else if (later.size() > 1 && same(last(earlier), last(later))) {
                    out.set(j, cut(out.get(j), true));
                }
            }
        }
        // A point said word for word again is said once; in an English pack the sentence may be the same for two
        // records (the record text is on the lines below it): their lines, records and sources join the first.
        List<TalkingPoint> once = new ArrayList<>();
        for (TalkingPoint p : out) {
            int at = -1;
            for (int k = 0; k < once.size() && at < 0; k++) {
                if (same(spoken(once.get(k).text()), spoken(p.text()))) {
                    at = k;
                }
            }
            if (at < 0) {
                once.add(p);
                continue;
            }
            TalkingPoint q = once.get(at);
            String lines = p.text().substring(spoken(p.text()).length());
            List<String> ids = new ArrayList<>(q.recordIds());
            p.recordIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            once.set(at, new TalkingPoint(q.kind(), q.text() + (q.text().contains(lines) ? "" : lines), ids,
                    java.util.stream.Stream.concat(q.sources().stream(), p.sources().stream()).distinct().sorted()
                            .toList()));
        }
        return once;
    }

    /** The sentences and clauses of a point's spoken part, in order. */
    static List<String> sentences(String text) {
        return List.of(BETWEEN.split(spoken(text)));
    }

    static String spoken(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** Two sentences are the same when their words are, whatever the case, marks or final stop. */
    static boolean same(String a, String b) {
        return norm(a).equals(norm(b));
    }

    private static String norm(String s) {
        return Text.fold(s).toLowerCase(java.util.Locale.ROOT).replaceAll("[.;:,!\\s]+$", "").strip();
    }

    private static String last(List<String> l) {
        return l.get(l.size() - 1);
    }

    /** The point without its closing (or opening) sentence; what stays ends with a full stop, opens with a capital. */
    private static TalkingPoint cut(TalkingPoint p, boolean closing) {
        String text = p.text();
        String spoken = spoken(text);
        String rest = text.substring(spoken.length());
        List<int[]> gaps = new ArrayList<>();
        Matcher m = BETWEEN.matcher(spoken);
        while (m.find()) {
            gaps.add(new int[] {m.start(), m.end()});
        }
        String kept;
        if (closing) {
            int[] g = gaps.get(gaps.size() - 1);
            kept = spoken.substring(0, g[0]).replaceAll("[;,\\s]+$", "");
            if (!kept.endsWith(".")) {
                kept = kept + ".";
            }
            // A line to take said to the guests in quotation marks keeps its closing mark when its last clause goes.
            if (kept.chars().filter(c -> c == '“').count() > kept.chars().filter(c -> c == '”').count()) {
                kept = kept + "”";
            }
        } else {
            kept = spoken.substring(gaps.get(0)[1]);
            kept = kept.isEmpty() ? kept : Character.toUpperCase(kept.charAt(0)) + kept.substring(1);
        }
        return new TalkingPoint(p.kind(), kept + rest, p.recordIds(), p.sources());
    }
}

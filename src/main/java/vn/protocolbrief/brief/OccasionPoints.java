package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.Anniversary;
import vn.protocolbrief.brief.BriefModel.LinkItem;
import vn.protocolbrief.brief.BriefModel.PartnerSummary;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;

/**
 * Points the records give a speech beyond the pair's own meetings (rd12): an anniversary near the visit, which the
 * front brief told the leader to mention but no point said; and, for a first meeting, the ties the province already
 * has with Japan (its sister relations, the Japanese partners it or the provinces merged into it have worked with),
 * so the speech of a first meeting is more than a welcome and a farewell. Only what the records hold, cited.
 */
final class OccasionPoints {
    /** Partners named in the first meeting's point: a leader names a few. */
    static final int PARTNERS = 2;

    private OccasionPoints() {
    }

    /** What the speech is given for and about. */
    record Occasion(String host, String partner, boolean firstMeeting, List<Anniversary> anniversaries,
                    List<LinkItem> links, List<PartnerSummary> others) {
    }

    static List<TalkingPoint> added(List<TalkingPoint> points, Occasion o, Labels l) {
        List<TalkingPoint> out = points;
        String host = Character.toUpperCase(o.host().charAt(0)) + o.host().substring(1);
        for (Anniversary a : o.anniversaries()) {
            // Said without the officer's note of when it falls against the visit ("27/10/2026, 7 weeks before").
            String what = a.what().replaceFirst("\\s*\\([^()]*\\)$", "");
            // Only a round anniversary is said aloud (5, 10, 15 … years); the first stays in the pack's list of dates.
            if (a.years() % 5 == 0 && !l.untranslated(what)) {
                out = afterWelcome(out, new TalkingPoint("welcome", l.format("point.anniversary", what), List.of(),
                        a.sources()));
            }
        }
        if (!o.firstMeeting()) {
            return out;
        }
        LinkItem tie = o.links().stream().filter(k -> k.partnerName() != null && k.kind() != null
                && !l.untranslated(l.record(k.kind())) && !l.untranslated(k.partnerName())).findFirst().orElse(null);
        if (tie != null) {
            String text = tie.since().known()
                    ? l.format("point.ties", host, l.record(tie.kind()), l.inSentence(tie.partnerName()),
                    String.valueOf(tie.since().yearValue()), o.partner())
                    : l.format("point.ties.undated", host, l.record(tie.kind()), l.inSentence(tie.partnerName()),
                    o.partner());
            return afterWelcome(out, new TalkingPoint("welcome", text, List.of(), tie.sources()));
        }
        List<PartnerSummary> met = o.others().stream().filter(p -> p.partnerName() != null
                && !l.untranslated(p.partnerName())).limit(PARTNERS).toList();
        if (!met.isEmpty()) {
            String names = FrontPurpose.joined(met.stream().map(p -> l.inSentence(p.partnerName())).toList(), l);
            return afterWelcome(out, new TalkingPoint("welcome", l.format("point.others.met", host, names, o.partner()),
                    List.of(), met.stream().flatMap(p -> p.sources().stream()).distinct().sorted().toList()));
        }
        return out;
    }

    /**
     * The points with one more of the welcome's kind right after the welcome's own: a speech names the occasion and
     * the ties before thanks, agreements and proposals (Visit.SpeechPoint.KINDS's order).
     */
    static List<TalkingPoint> afterWelcome(List<TalkingPoint> points, TalkingPoint point) {
        List<TalkingPoint> out = new ArrayList<>(points);
        int at = 0;
        for (int i = 0; i < out.size(); i++) {
            if ("welcome".equals(out.get(i).kind())) {
                at = i + 1;
            }
        }
        out.add(at, point);
        return out;
    }

    /** The points with one more before the farewell and what the guests may raise. */
    static List<TalkingPoint> beforeClosing(List<TalkingPoint> points, TalkingPoint point) {
        List<TalkingPoint> out = new ArrayList<>(points);
        int closing = out.size();
        while (closing > 0 && ("closing".equals(out.get(closing - 1).kind()) || "raise".equals(out.get(closing - 1).kind()))) {
            closing--;
        }
        out.add(closing, point);
        return out;
    }
}

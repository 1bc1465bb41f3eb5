package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.AidItem;
import vn.protocolbrief.brief.BriefModel.LinkItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.NoteItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;

/**
 * Suggested points derived from the record, in the order a host usually speaks: thanks for aid and
 * sympathy, answers owed on the partner's requests, the province's open requests, agreements to move
 * forward, anniversaries, ties to strengthen. Each point names the records it came from.
 */
final class TalkingPoints {
    private static final int MAX_FOLLOW_UPS = 4;
    private final Labels labels;

    TalkingPoints(Labels labels) {
        this.labels = labels;
    }

    List<TalkingPoint> derive(String partnerName, List<MeetingItem> history, List<RequestItem> requests,
                              List<AgreementItem> agreements, List<AidItem> aid, List<NoteItem> sensitivities,
                              List<LinkItem> links) {
        List<TalkingPoint> out = new ArrayList<>();
        for (AidItem a : aid) {
            if (partnerName.equals(a.partnerName()) && !a.status().equals(labels.get("aid.cancelled"))
                    && !a.status().equals(labels.get("aid.proposed"))) {
                String amount = a.amount() == null ? "" : " (" + a.amount() + ")";
                String donor = a.donor() != null ? a.donor() : partnerName;
                out.add(new TalkingPoint("thanks", labels.format("point.thanks_aid", donor, a.title(), amount),
                        List.of(a.id()), a.sources()));
            }
        }
        for (NoteItem s : sensitivities) {
            if ("disaster".equals(s.kind())) {
                out.add(new TalkingPoint("thanks", labels.format("point.thanks_disaster", s.text()), List.of(),
                        s.sources()));
            }
        }
        for (RequestItem r : requests) {
            if (r.direction() == Direction.JP_TO_VN && r.status().isOpen()) {
                String progress = r.latestFollowUp() == null ? "" : labels.format("point.none_last", quoted(r.latestFollowUp()));
                out.add(new TalkingPoint("respond", labels.format("point.report_progress", quoted(r.text()), progress),
                        List.of(r.id()), r.sources()));
            }
        }
        requests.stream()
                .filter(r -> r.direction() == Direction.VN_TO_JP && r.status().isOpen())
                .sorted((a, b) -> Integer.compare(b.timesRaised(), a.timesRaised()))
                .limit(MAX_FOLLOW_UPS)
                .forEach(r -> {
                    String repeated = r.repeated() ? labels.format("point.follow_up.repeated", r.timesRaised(),
                            labels.date(r.firstRaised())) : "";
                    out.add(new TalkingPoint("follow_up", labels.format("point.follow_up", quoted(r.text()), repeated),
                            List.of(r.id()), r.sources()));
                });
        for (AgreementItem a : agreements) {
            if (partnerName.equals(a.partnerName())) {
                out.add(new TalkingPoint("agreement", labels.format("point.agreement", a.title(),
                        labels.date(a.signedOn())), List.of(a.id()), a.sources()));
            }
        }
        for (NoteItem s : sensitivities) {
            if ("anniversary".equals(s.kind())) {
                out.add(new TalkingPoint("anniversary", labels.format("point.anniversary", s.text()), List.of(),
                        s.sources()));
            }
        }
        for (LinkItem l : links) {
            if (l.partnerName() != null && !l.partnerName().equals(partnerName) && history.size() > 0) {
                out.add(new TalkingPoint("partnership", labels.format("point.partnership", l.partnerName(), l.kind()),
                        List.of(), l.sources()));
            }
        }
        return out;
    }

    /** A quoted text loses its closing full stop: the sentence around it has its own. */
    static String quoted(String text) {
        String t = text.strip();
        while (t.endsWith(".") && !t.endsWith("...")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}

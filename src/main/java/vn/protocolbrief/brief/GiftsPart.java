package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.brief.BriefModel.GiftItem;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/** The gifts part and the glance's gift advice: what was given, and what not to give again. */
final class GiftsPart {
    private GiftsPart() {
    }

    /**
     * Gifts exchanged with this partner here, and gifts the leader received in other provinces (named as
     * theirs): what not to give again.
     */
    static List<GiftItem> gifts(PackContext c, List<Meeting> withPartner, List<Meeting> leaderElsewhere) {
        List<GiftItem> out = new ArrayList<>();
        for (Meeting m : withPartner) {
            for (Gift g : m.gifts()) {
                c.recordIds().add(g.id());
                out.add(c.items().gift(g, m, c.province().id(), null));
            }
        }
        Map<String, String> provinceNames = c.provinceNames();
        for (Meeting m : leaderElsewhere) {
            for (Gift g : m.gifts()) {
                if (g.direction() == Direction.VN_TO_JP && c.leader().id().equals(g.receiverPersonId())) {
                    c.recordIds().add(g.id());
                    String by = m.provinceAsWritten() != null ? c.items().locality(m.provinceAsWritten())
                            : provinceNames.get(m.provinceId());
                    out.add(c.items().gift(g, m, c.province().id(), by));
                }
            }
        }
        return out;
    }

    /**
     * The gift idea that repeats nothing this partner or this leader has received (from us or from another
     * province), preferring one that suits the kind of partner, then one that suits the month of the visit; with
     * the reason. Null when every idea would repeat a gift. A centrally-run city ({@code city}) is named as one: "the
     * city's landscape", "của thành phố".
     */
    static BriefModel.GiftAdvice advice(List<GiftItem> given, String partnerKind, PartialDate visitDate, Labels l,
                                        boolean city) {
        List<String> folded = given.stream().map(g -> " " + Text.fold(g.item()) + " ").toList();
        Integer month = visitDate.known() && visitDate.precision() != vn.protocolbrief.domain.DatePrecision.YEAR
                ? Integer.valueOf(visitDate.iso().substring(5, 7)) : null;
        BriefData.GiftIdea best = null;
        int bestScore = -1;
        for (BriefData.GiftIdea idea : BriefData.get().gifts) {
            boolean repeats = idea.words().stream().anyMatch(w -> folded.stream().anyMatch(f -> f.contains(" " + w + " ")
                    || f.contains(" " + w + ",")));
            if (repeats) {
                continue;
            }
            int score = (idea.suits().contains(partnerKind) ? 2 : 0) + (month != null && idea.months().contains(month) ? 1 : 0);
            if (score > bestScore) {
                best = idea;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(given.isEmpty() ? l.get("gift.reason.none") : given.size() == 1 ? l.get("gift.reason.avoid.one")
                : l.format("gift.reason.avoid", given.size()));
        if (best.suits().contains(partnerKind)) {
            reasons.add(l.format("gift.reason.suits", l.get("gift.partner." + partnerKind)));
        }
        if (month != null && best.months().contains(month)) {
            reasons.add(l.format("gift.reason.season", l.date(PartialDate.of(visitDate.iso().substring(0, 7)))));
        }
        String idea = "en".equals(l.lang()) ? best.en() : best.vi();
        if (city) {
            // The ideas are written for a province; a city's own products and landscapes are the city's.
            idea = idea.replaceAll("\\bprovince\\b", "city").replaceAll("(?U)\\btỉnh\\b", "thành phố");
        }
        return new BriefModel.GiftAdvice(idea,
                given.stream().map(GiftItem::item).distinct().toList(), String.join(" ", reasons));
    }

    /** "tỉnh (Nhật Bản)": a kind inside a sentence, the proper names in it still capitalised. */
}

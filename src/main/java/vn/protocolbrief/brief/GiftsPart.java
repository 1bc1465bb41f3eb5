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
     * province), preferring one that suits the kind of partner, then one of another family than the gifts already
     * received (after a replica drum, not another painting), then one that suits the month of the visit; with the
     * reason, which names the facts that chose it (the gifts received, with their dates and givers; the kind of
     * partner; the season). Null when every idea would repeat a gift. A centrally-run city ({@code city}) is named as
     * one: "the city's landscape", "của thành phố".
     */
    static BriefModel.GiftAdvice advice(List<GiftItem> given, String partnerKind, PartialDate visitDate, Labels l,
                                        boolean city) {
        return advice(given, partnerKind, visitDate, l, city, null);
    }

    /**
     * The same, the province's own ideas ({@code provinceId}, province-gifts.csv) preferred to the general ones when
     * they suit as well: two provinces with no gift history are not given the same suggestion, and the reason names
     * the public fact that made it the province's own (sp10).
     */
    static BriefModel.GiftAdvice advice(List<GiftItem> given, String partnerKind, PartialDate visitDate, Labels l,
                                        boolean city, String provinceId) {
        List<BriefData.ProvinceGift> own = BriefData.get().provinceGifts.stream()
                .filter(g -> g.province().equals(provinceId)).toList();
        List<BriefData.GiftIdea> ideas = new ArrayList<>(own.stream().map(BriefData.ProvinceGift::idea).toList());
        ideas.addAll(BriefData.get().gifts);
        List<String> folded = given.stream().map(g -> " " + Text.fold(g.item()) + " ").toList();
        Integer month = visitDate.known() && visitDate.precision() != vn.protocolbrief.domain.DatePrecision.YEAR
                ? Integer.valueOf(visitDate.iso().substring(5, 7)) : null;
        // The families of the gifts received, as the ideas' words recognise them.
        java.util.Set<String> families = new java.util.HashSet<>();
        for (BriefData.GiftIdea idea : BriefData.get().gifts) {
            if (repeats(idea, folded)) {
                families.add(idea.kind());
            }
        }
        BriefData.GiftIdea best = null;
        int bestScore = -1;
        for (BriefData.GiftIdea idea : ideas) {
            if (repeats(idea, folded)) {
                continue;
            }
            // The province's own outweighs the season and another family, never the partner's kind.
            boolean ours = own.stream().anyMatch(g -> g.idea() == idea);
            int score = (idea.suits().contains(partnerKind) ? 4 : 0) + (ours ? 3 : 0)
                    + (!families.isEmpty() && !families.contains(idea.kind()) ? 2 : 0)
                    + (month != null && idea.months().contains(month) ? 1 : 0);
            if (score > bestScore) {
                best = idea;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        boolean namesGiven = false;
        if (given.isEmpty()) {
            reasons.add(l.get("gift.reason.none"));
        } else {
            // The gifts that chose it, newest first, with when and from whom: "Biểu tượng Trống đồng (11/2025)".
            List<GiftItem> newest = given.stream().sorted(java.util.Comparator.comparing(GiftItem::date,
                    java.util.Comparator.reverseOrder())).limit(2).toList();
            // Named only when none of them has to be said as "the gift" (its name has no English).
            namesGiven = newest.stream().noneMatch(g -> l.original(g.item()));
            List<String> named = newest.stream()
                    // An English pack names a gift with no English as "the gift": the original is never in a sentence.
                    .map(g -> (l.original(g.item()) ? l.get("gift.reason.unnamed") : l.record(g.item()))
                            + (g.date().known() || g.givenBy() != null ? " (" + String.join(", ",
                            java.util.stream.Stream.of(g.date().known() ? l.shortDate(g.date()) : null,
                                    g.givenBy() == null ? null : l.format("gift.by.other", g.givenBy()))
                                    .filter(java.util.Objects::nonNull).toList()) + ")" : "")).toList();
            String list = String.join("; ", named) + (given.size() > 2 ? l.format("gift.reason.more", given.size() - 2)
                    : "");
            reasons.add(l.format(!families.isEmpty() && !families.contains(best.kind()) ? "gift.reason.otherKind"
                    : "gift.reason.notRepeated", list));
        }
        BriefData.GiftIdea chosen = best;
        boolean ours = own.stream().anyMatch(g -> g.idea() == chosen);
        own.stream().filter(g -> g.idea() == chosen).findFirst().ifPresent(g -> reasons.add(l.format("gift.reason.own",
                "en".equals(l.lang()) ? g.sourceEn() : g.sourceVi())));
        if (best.suits().contains(partnerKind)) {
            reasons.add(l.format("gift.reason.suits", l.get("gift.partner." + partnerKind)));
        }
        if (month != null && best.months().contains(month)) {
            // Said only with what the season means for this gift: "suits the time of the visit" said nothing (rd18).
            String when = l.date(PartialDate.of(visitDate.iso().substring(0, 7)));
            String season = "en".equals(l.lang()) ? best.seasonEn() : best.seasonVi();
            if (!season.isBlank()) {
                reasons.add(l.format("gift.reason.season", when, season));
            } else if ("produce".equals(best.kind()) && ours) {
                reasons.add(l.format("gift.reason.harvest", when));
            }
        }
        String idea = "en".equals(l.lang()) ? best.en() : best.vi();
        if (city) {
            // The ideas are written for a province; a city's own products and landscapes are the city's.
            idea = idea.replaceAll("\\bprovince\\b", "city").replaceAll("(?U)\\btỉnh\\b", "thành phố");
        }
        return new BriefModel.GiftAdvice(idea,
                given.stream().map(GiftItem::item).distinct().toList(), String.join(" ", reasons), namesGiven);
    }

    private static boolean repeats(BriefData.GiftIdea idea, List<String> folded) {
        return idea.words().stream().anyMatch(w -> folded.stream().anyMatch(f -> f.contains(" " + w + " ")
                || f.contains(" " + w + ",")));
    }

    /** "tỉnh (Nhật Bản)": a kind inside a sentence, the proper names in it still capitalised. */

    /** Whether the advice's reason names the gifts already given (then the front does not list them again). */
    static boolean reasonNamesGiven(BriefModel.Glance g) {
        // As advice() decided when it wrote the reason: an English reason that cannot quote a Vietnamese gift inside
        // its sentence says "the gift listed below", and the list must then stay.
        return g.giftAdvice() != null && g.giftAdvice().namesGiven() && !g.giftsGiven().isEmpty();
    }

    /** The sources of the gifts a reason names: the newest two, as {@link #advice} names them. */
    static List<Integer> newestSources(BriefModel.Glance g) {
        return g.giftsGiven().stream().sorted(java.util.Comparator.comparing(GiftItem::date,
                java.util.Comparator.reverseOrder())).limit(2).flatMap(x -> x.sources().stream()).distinct().sorted()
                .toList();
    }
}

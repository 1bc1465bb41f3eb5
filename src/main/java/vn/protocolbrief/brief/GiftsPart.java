package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.brief.BriefModel.GiftItem;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
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
                    String by = m.provinceAsWritten() != null ? m.provinceAsWritten()
                            : provinceNames.get(m.provinceId());
                    out.add(c.items().gift(g, m, c.province().id(), by));
                }
            }
        }
        return out;
    }

    /** The first gift idea that repeats nothing already given; null when every idea would. */
    static BriefModel.GiftAdvice advice(List<GiftItem> given, String lang) {
        List<String> folded = given.stream().map(g -> " " + Text.fold(g.item()) + " ").toList();
        for (BriefData.GiftIdea idea : BriefData.get().gifts) {
            boolean repeats = idea.words().stream().anyMatch(w -> folded.stream().anyMatch(f -> f.contains(" " + w + " ")
                    || f.contains(" " + w + ",")));
            if (!repeats) {
                return new BriefModel.GiftAdvice("en".equals(lang) ? idea.en() : idea.vi(),
                        given.stream().map(GiftItem::item).distinct().toList());
            }
        }
        return null;
    }
}

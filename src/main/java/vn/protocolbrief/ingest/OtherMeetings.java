package vn.protocolbrief.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text that tells several meetings of one trip ("… thăm tỉnh A, trao đổi với Chủ tịch UBND tỉnh. Tại Hà Nội, đoàn
 * làm việc với Bộ trưởng …"): the sentences telling a meeting at another place, with national officials only, while
 * the province's own officials are named elsewhere. Their place is not the meeting's venue and their people are not
 * the province's participants.
 */
final class OtherMeetings {
    private OtherMeetings() {
    }

    /** The indexes of sentences that tell another meeting than the province's (empty when there is no such). */
    static Set<Integer> sentences(List<PlaceFinder.Mention> places, PlaceFinder.Mention main,
                                  List<VietnamesePeople.Found> people) {
        Set<Integer> out = new HashSet<>();
        if (main == null) {
            return out;
        }
        String province = main.province().id();
        for (PlaceFinder.Mention m : places) {
            if (!m.venue() || m.province().id().equals(province)) {
                continue;
            }
            int s = m.sentence();
            boolean namesProvince = places.stream().anyMatch(p -> p.sentence() == s && p.province().id().equals(province));
            List<VietnamesePeople.Found> there = people.stream().filter(p -> p.sentence() == s).toList();
            boolean onlyNational = !there.isEmpty() && there.stream().allMatch(VietnamesePeople.Found::national);
            boolean provinceOfficialElsewhere = people.stream().anyMatch(p -> p.sentence() != s && !p.national()
                    && there.stream().noneMatch(t -> t.name().equals(p.name())));
            if (!namesProvince && onlyNational && provinceOfficialElsewhere) {
                out.add(s);
            }
        }
        return out;
    }
}

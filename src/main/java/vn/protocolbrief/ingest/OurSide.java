package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.protocolbrief.ingest.Draft.PersonRef;

/** Our side's officials in a draft: who of them took part, and who received the guest. */
final class OurSide {
    private OurSide() {
    }

    /**
     * Our officials, most senior first, each once; another meeting of the trip told at another place
     * ({@link OtherMeetings}) lends none of its officials.
     */
    static List<VietnamesePeople.Found> officials(List<VietnamesePeople.Found> found, Set<Integer> elsewhere) {
        return VietnamesePeople.distinctBySeniority(found.stream().filter(f -> !elsewhere.contains(f.sentence())).toList());
    }

    /**
     * Our side, most senior first: the most senior is the host, and so is everyone named with them in the sentence
     * that tells of the reception ("ông A – Bí thư và ông B – Chủ tịch có buổi hội đàm"); one who joined ("Cùng dự
     * có …") or is named elsewhere took part.
     */
    static List<PersonRef> refs(List<VietnamesePeople.Found> hosts) {
        List<PersonRef> out = new ArrayList<>();
        // When the article says only who attended ("Tham dự có …"), the most senior of them received the guest.
        boolean someoneReceived = hosts.stream().anyMatch(h -> !h.joined());
        int hostSentence = hosts.stream().filter(h -> !someoneReceived || !h.joined())
                .mapToInt(VietnamesePeople.Found::sentence).findFirst().orElse(-1);
        boolean first = true;
        for (VietnamesePeople.Found h : hosts) {
            boolean received = !someoneReceived || !h.joined();
            String role = first && received || received && !h.joined() && h.sentence() == hostSentence ? "host" : "participant";
            if (received) {
                first = false;
            }
            out.add(new PersonRef(h.name(), h.family(), h.given(), "vn", h.title(), h.evidence(), null, List.of(), role,
                    TitleParts.organisation(h.title()), h.address() != null ? h.address()
                    : h.given() != null && h.given().startsWith("Thị ") ? "bà" : null));
        }
        return out;
    }
}

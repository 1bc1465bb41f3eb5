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
        return Seniority.distinctBySeniority(found.stream().filter(f -> !elsewhere.contains(f.sentence())).toList());
    }

    /**
     * Our side, most senior first: the most senior is the host, and so is everyone named with them in the sentence
     * that tells of the reception ("ông A – Bí thư và ông B – Chủ tịch có buổi hội đàm") unless a district's post
     * stands beside the province's host ("ông C, Chủ tịch UBND huyện" at a provincial body's ceremony attends it);
     * one who joined ("Cùng dự có …") or is named elsewhere took part. When our side went to the partner
     * ({@code delegationHead} names who led it, see {@link OurDelegation}), nobody of ours is a host: its head is our
     * delegation's leader and the others its members.
     */
    static List<PersonRef> refs(List<VietnamesePeople.Found> hosts, String head) {
        List<PersonRef> out = new ArrayList<>();
        // A head who is not among our officials here (a national official, another meeting's) leads no delegation of ours.
        String delegationHead = hosts.stream().anyMatch(h -> h.name().equals(head)) ? head : null;
        // When the article says only who attended ("Tham dự có …"), the most senior of them received the guest.
        boolean someoneReceived = hosts.stream().anyMatch(h -> !h.joined());
        VietnamesePeople.Found host = hosts.stream().filter(h -> !someoneReceived || !h.joined()).findFirst().orElse(null);
        boolean localHost = host != null && Seniority.local(host.title());
        for (VietnamesePeople.Found h : hosts) {
            boolean received = !someoneReceived || !h.joined();
            boolean coHost = received && !h.joined() && h.sentence() == host.sentence()
                    && (localHost || !Seniority.local(h.title()));
            String role = delegationHead != null ? (h.name().equals(delegationHead) ? "leader" : "member")
                    : h == host || coHost ? "host" : "participant";
            out.add(new PersonRef(h.name(), h.family(), h.given(), "vn", h.title(), h.evidence(), null, List.of(), role,
                    TitleParts.organisation(h.title()), h.address() != null ? h.address()
                    : h.given() != null && h.given().startsWith("Thị ") ? "bà" : null));
        }
        return out;
    }
}

package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.PersonRef;
import vn.protocolbrief.ingest.PartnerFinder.Candidate;

/**
 * The guest company's own Vietnamese staff, one of its delegation and never the province's host: a Vietnamese name
 * whose title names the company ("Phó Tổng Giám đốc Tập đoàn X"), or one listed after the company's head in the same
 * sentence with a post that names no public body ("có ông Kato …, Chủ tịch Tập đoàn X; ông Trần Văn A, Phó Tổng Giám
 * đốc và bà B, Giám đốc khối …"). Only for a company: a public body's name in a Vietnamese title is more often the
 * province's own unit for its projects ("Ban quản lý dự án … JICA").
 */
final class PartnerStaff {
    private PartnerStaff() {
    }

    /** Words of a public body's name, folded: a post holding one is the province's (or the state's), not a company's. */
    private static final java.util.regex.Pattern PUBLIC_BODY = java.util.regex.Pattern.compile(
            " (?:tinh|ubnd|uy ban|hdnd|hoi dong nhan dan|so|ban|huyen|thanh pho|tp|xa|phuong|quan|thi xa|bo|dang"
            + "|mat tran|hoi(?! dong (?:thanh vien|quan tri))|vien (?:nghien cuu|khoa hoc)|hoc vien|truong|cuc|chi cuc|trung tam|van phong|dai hoc|cong an|quan doi|nha nuoc) ");

    /** Whether this official is one of the guest company's staff (see the class). */
    private static boolean of(VietnamesePeople.Found official, Candidate partner, ArticlePerson head) {
        if (partner == null || partner.kind != PartnerKind.COMPANY || official.title() == null) {
            return false;
        }
        String title = " " + Text.key(official.title()) + " ";
        boolean listedAfterHead = head != null && head.mentions.stream().anyMatch(m ->
                m.sentence() == official.sentence() && m.start() < official.start());
        if (listedAfterHead && !PUBLIC_BODY.matcher(title).find()) {
            return true;
        }
        String core = partner.core != null ? Text.key(partner.core) : null;
        String name = partner.nameVi != null ? Text.key(partner.nameVi) : null;
        return core != null && core.length() >= 3 && title.contains(" " + core + " ")
                || name != null && name.length() >= 3 && title.contains(" " + name + " ");
    }

    /** The officials found, partitioned once: the guest company's staff (members of its side) and ours. */
    record Split(List<PersonRef> staff, List<VietnamesePeople.Found> ours) {
    }

    /** The officials found, each tried once: the guests' staff as members of the partner's side, the others ours. */
    static Split split(List<VietnamesePeople.Found> officials, Candidate partner, ArticlePerson head) {
        List<PersonRef> staff = new ArrayList<>();
        List<VietnamesePeople.Found> ours = new ArrayList<>();
        for (VietnamesePeople.Found f : officials) {
            if (of(f, partner, head)) {
                staff.add(new PersonRef(f.name(), f.family(), f.given(), "jp", f.title(), f.evidence(), null, List.of(),
                        "member", TitleParts.organisation(f.title()), f.address()));
            } else {
                ours.add(f);
            }
        }
        return new Split(staff, ours);
    }
}

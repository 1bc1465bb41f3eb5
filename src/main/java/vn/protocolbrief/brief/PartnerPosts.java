package vn.protocolbrief.brief;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Stream;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Text;

/**
 * A post that ends with a partner's name ("Hiệu trưởng trường Đại học Osaka Metropolitan"), in English as the post's
 * English and the partner's English name ("President, Osaka Metropolitan University"): whole English, where the
 * vocabulary knows the post and the records know the partner's English name.
 */
final class PartnerPosts {
    /** Words that join a post to its body ("Hiệu trưởng trường …", "Giám đốc của …"): not part of the post. */
    private static final String JOINERS = "(?:\\s+(?:trường|của|tại|thuộc))+$";

    private PartnerPosts() {
    }

    /** The English, or null when the post does not end with a partner's name or its head is not known. */
    static String english(Addressing addressing, String vi, Collection<Partner> partners) {
        // "Hiệu trưởng trường Đại học X (Nhật Bản)": every partner is Japanese, the country adds nothing to its name.
        String post = Text.nfc(vi).strip().replaceFirst("\\s*\\(Nhật Bản\\)$", "");
        String folded = Text.fold(post).toLowerCase(Locale.ROOT);
        for (Partner p : partners) {
            if (p.nameEn() == null || p.nameEn().isBlank()) {
                continue;
            }
            for (String name : Stream.concat(Stream.of(p.nameVi()), p.aliases().stream()).toList()) {
                if (name == null || name.isBlank()) {
                    continue;
                }
                String n = Text.fold(Text.nfc(name).strip()).toLowerCase(Locale.ROOT);
                if (!folded.endsWith(" " + n) || n.length() < 4) {
                    continue;
                }
                // Folding keeps one letter for one letter: the head's place in the fold is its place in the post.
                String head = post.substring(0, post.length() - n.length()).strip().replaceFirst("(?iu)" + JOINERS, "");
                String en = head.isEmpty() ? null : addressing.english(head);
                if (en != null) {
                    return en + ", " + p.nameEn();
                }
            }
        }
        return null;
    }

    /**
     * A partner's name in a pack: in English its English name, else the vocabulary's English of its Vietnamese name
     * ("Tổng Lãnh sự quán Nhật Bản tại TP. Hồ Chí Minh" is a body the vocabulary knows), else the Vietnamese.
     */
    static String name(Partner p, Labels l) {
        if (!"en".equals(l.lang()) || (p.nameEn() != null && !p.nameEn().isBlank())) {
            return p.name(l.lang());
        }
        String known = l.english(p.nameVi());
        return known != null ? known : p.name(l.lang());
    }
}

package vn.protocolbrief.ingest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.PartnerFinder.Candidate;

/**
 * Whom a Japanese person of the article speaks for: the body named in their own title, or the one of the kind their
 * post implies; and whether that body is another partner than the guest (a guest of their own, not a member).
 */
final class Affiliations {
    /** Public bodies: one of them named in a person's own title is whom that person speaks for. */
    private static final Set<PartnerKind> GOVERNMENT = EnumSet.of(PartnerKind.EMBASSY, PartnerKind.CONSULATE_GENERAL,
            PartnerKind.PREFECTURE, PartnerKind.MUNICIPALITY, PartnerKind.ASSEMBLY);

    private final JapanesePeople japanese;

    Affiliations(JapanesePeople japanese) {
        this.japanese = japanese;
    }

    /** The body a person's title names, or the one of the kind the title implies ("Thống đốc" → a prefecture). */
    Candidate of(ArticlePerson p, List<Candidate> candidates) {
        Candidate titled = namedInTitle(p, candidates);
        if (titled != null) {
            return titled;
        }
        String kind = japanese.kind(p.title);
        if (kind != null) {
            Candidate best = null;
            for (Candidate c : candidates) {
                if (c.kind.id().equals(kind) && (best == null || c.score > best.score)) {
                    best = c;
                }
            }
            return best;
        }
        return null;
    }

    /** The body named inside one of the person's titles as written, or null. */
    static Candidate namedInTitle(ArticlePerson p, List<Candidate> candidates) {
        for (JapanesePeople.Found f : p.mentions) {
            if (f.titleStart() < 0) {
                continue;
            }
            for (Candidate c : candidates) {
                for (PartnerFinder.Mention m : c.mentions) {
                    if (m.sentence() == f.sentence() && m.start() >= f.titleStart() && m.start() < f.titleEnd()) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A Japanese person whose own title names another public body than the partner (a governor of another
     * prefecture, a city council's vice-chair at a consulate's conference) is not of the partner's delegation. A
     * company or association in a title stays a member (a prefecture's business delegation), and so does a body of
     * the partner's own place (the prefecture's assembly with its governor).
     */
    static boolean ofAnotherPartner(ArticlePerson p, Candidate partner, ArticlePerson leader) {
        if (partner == null || p.body == null || p.body == partner || !GOVERNMENT.contains(p.body.kind)
                || !GOVERNMENT.contains(partner.kind) || !p.bodyInTitle) {
            return false;
        }
        if (leader != null && leader.body == p.body) {
            return false;
        }
        return !samePlace(p.body, partner) && !samePlace(partner, p.body) && !samePrefecture(p.body, partner);
    }

    /** A body and the place it belongs to: "Hội đồng tỉnh Yamaguchi" and "tỉnh Yamaguchi", "Đại học Niigata" and "tỉnh Niigata". */
    static boolean samePlace(Candidate specific, Candidate place) {
        if (place.kind != PartnerKind.PREFECTURE && place.kind != PartnerKind.MUNICIPALITY) {
            return false;
        }
        if (specific.kind == PartnerKind.PREFECTURE || specific.kind == PartnerKind.MUNICIPALITY) {
            return false;
        }
        String placeWord = place.core != null ? Romaji.reduce(place.core) : null;
        boolean sameCode = place.kind == PartnerKind.PREFECTURE && place.prefectureCode != null
                && place.prefectureCode.equals(specific.prefectureCode);
        boolean named = placeWord != null && Text.key(specific.nameVi).contains(placeWord);
        return sameCode || named;
    }

    private static boolean samePrefecture(Candidate a, Candidate b) {
        return a.prefectureCode != null && a.prefectureCode.equals(b.prefectureCode);
    }
}

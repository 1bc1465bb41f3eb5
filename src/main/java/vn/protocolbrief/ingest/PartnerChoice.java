package vn.protocolbrief.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.PartnerFinder.Candidate;

/**
 * Which Japanese body is the guest, once the bodies are weighed and the head of their side is known: the
 * best-weighed body, corrected by what the head's title says of whom they speak for.
 */
final class PartnerChoice {
    private final PartnerResolver partners;
    private final JapanesePeople japanese;

    PartnerChoice(PartnerResolver partners, JapanesePeople japanese) {
        this.partners = partners;
        this.japanese = japanese;
    }

    /**
     * @param ranked the Japanese bodies, best-weighed first
     * @param head the Japanese person weighed highest, or null
     * @return the guest body, or null when neither the text nor the head's title names one
     */
    Candidate choose(List<Candidate> ranked, ArticlePerson head) {
        Candidate partner = ranked.isEmpty() ? null : ranked.get(0);
        // The delegation of "tỉnh Yamaguchi" led by the chair of its assembly is the assembly's; a place's
        // university or council led by its own head likewise.
        if (partner != null && head != null && head.body != null && head.body != partner
                && Affiliations.samePlace(head.body, partner)) {
            partner = head.body;
        }
        if (partner == null && head != null || ownPostAbroad(head, partner)) {
            partner = fromTitle(head);
        }
        return delegationOverEmployer(head, partner, ranked);
    }

    /**
     * "Đoàn doanh nghiệp tỉnh Saitama" led by a bank's director: the body named only in the leader's title is his
     * employer, one of the delegation; the delegation the text names is the guest.
     */
    private static Candidate delegationOverEmployer(ArticlePerson head, Candidate partner, List<Candidate> ranked) {
        if (partner == null || head == null || head.body != partner || !onlyInTitle(head, partner)) {
            return partner;
        }
        return ranked.stream().filter(c -> c != partner && c.nameVi != null && c.nameVi.startsWith("Đoàn "))
                .findFirst().orElse(partner);
    }

    private static boolean onlyInTitle(ArticlePerson head, Candidate body) {
        return body.mentions.stream().allMatch(m -> head.mentions.stream().anyMatch(f -> f.sentence() == m.sentence()
                && f.titleStart() >= 0 && m.start() >= f.titleStart() && m.start() < f.titleEnd()));
    }

    /**
     * A consul-general or an ambassador named no post of their own, and the body that came first is of another
     * kind (one only named in what they asked): the guest is their post, whatever else the text names. So is a
     * member of the imperial family with the consulate that welcomed them: the guest is the imperial family.
     */
    private boolean ownPostAbroad(ArticlePerson head, Candidate partner) {
        String kind = head == null || head.body != null ? null : japanese.kind(head.title);
        return partner != null && kind != null && (kind.equals(PartnerKind.CONSULATE_GENERAL.id())
                || kind.equals(PartnerKind.EMBASSY.id()) || kind.equals(PartnerKind.IMPERIAL.id()))
                && !partner.kind.id().equals(kind);
    }

    /** A body's head word and the capitalised words of its name: "Công ty VAIO", "Trường Đại học Kobe". */
    private static final Pattern BODY_IN_TITLE = Pattern.compile(
            "(?uU)(?<!\\p{L})(Công ty|Tập đoàn|Trường Đại học|Đại học|Hiệp hội)((?:\\s+[\\p{Lu}\\d][\\p{L}\\d&.-]*)+)");

    /**
     * "ông Abe, Giám đốc Công ty VAIO": a company, university or association named in the Japanese head's own title
     * and found nowhere else is their body, drafted for review like any partner no list has.
     */
    private static Candidate bodyInTitle(ArticlePerson head) {
        Matcher m = BODY_IN_TITLE.matcher(head.title);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1);
        PartnerKind kind = word.startsWith("Công ty") || word.startsWith("Tập đoàn") ? PartnerKind.COMPANY
                : word.startsWith("Hiệp hội") ? PartnerKind.ASSOCIATION : PartnerKind.UNIVERSITY;
        String name = (word + m.group(2)).replaceAll("\\s+", " ").strip();
        return namedBy(PartnerFinder.fresh(kind, name, m.group(2).strip(), null, null, m.group(2).strip()), head);
    }

    /** A partner made from the leader's title when no body was named on its own ("Đại sứ Ito", "Hoàng Thái tử Akishino"). */
    private Candidate fromTitle(ArticlePerson head) {
        String kind = japanese.kind(head.title);
        if (kind == null || head.title == null) {
            return null;
        }
        PartnerKind k = PartnerKind.fromId(kind);
        if (k == PartnerKind.EMBASSY || k == PartnerKind.IMPERIAL) {
            // One embassy, one imperial family: the reference partner of that kind ("Hoàng Thái tử Akishino").
            Optional<Partner> e = partners.partners().stream().filter(p -> p.kind() == k).findFirst();
            if (e.isPresent()) {
                Partner p = e.get();
                Candidate c = new Candidate(p.id(), p.kind(), p, p.name("vi"), p.nameEn(), null, null, null);
                return namedBy(c, head);
            }
        }
        Candidate named = bodyInTitle(head);
        if (named != null) {
            return named;
        }
        String folded = Text.fold(head.title).toLowerCase(java.util.Locale.ROOT);
        if (k == PartnerKind.ASSEMBLY && (folded.startsWith("ha nghi si") || folded.startsWith("thuong nghi si"))) {
            // A member of the Diet with no body named: the house they sit in (the Diet's two houses, general data).
            boolean lower = folded.startsWith("ha");
            Candidate c = PartnerFinder.fresh(k, lower ? "Hạ viện Nhật Bản" : "Thượng viện Nhật Bản",
                    lower ? "House of Representatives of Japan" : "House of Councillors of Japan", null, null, null);
            return namedBy(c, head);
        }
        if (k == PartnerKind.CONSULATE_GENERAL) {
            // "Tổng Lãnh sự Watanabe" with no consulate named: the one serving the province, chosen once it is known.
            Candidate c = new Candidate("consulate-general", k, null, "Tổng Lãnh sự quán Nhật Bản",
                    "Consulate-General of Japan", null, null, null);
            return namedBy(c, head);
        }
        return null;
    }

    /** A body drafted from the head's title is mentioned where the head is first named. */
    private static Candidate namedBy(Candidate c, ArticlePerson head) {
        c.mentions.add(new PartnerFinder.Mention(head.first().sentence(), head.first().start(), head.first().end(), 1,
                head.title));
        return c;
    }
}

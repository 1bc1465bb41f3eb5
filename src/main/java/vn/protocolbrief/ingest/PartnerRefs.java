package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.ingest.Draft.PartnerRef;
import vn.protocolbrief.ingest.PartnerFinder.Candidate;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * The Japanese bodies of a draft as the store knows them: the chosen partner under the store's own record when it
 * has one, a consulate-general the text does not place, and the other prefectures and cities the article names.
 */
final class PartnerRefs {
    private final PartnerResolver partners;
    private final Map<String, String> consularDistricts = consularDistricts();

    PartnerRefs(PartnerResolver partners) {
        this.partners = partners;
    }

    PartnerRef of(Candidate c) {
        if (c.known != null) {
            Partner p = c.known;
            return new PartnerRef(p.id(), p.name("vi"), p.nameEn(), p.kind().id(), p.prefectureCode(), c.asWritten());
        }
        // A body the store already has under another of its names.
        Optional<Partner> known = partners.resolve(c.nameVi).filter(p -> p.kind() == c.kind);
        if (known.isEmpty() && c.nameEn != null) {
            known = partners.resolve(c.nameEn).filter(p -> p.kind() == c.kind);
        }
        if (known.isPresent()) {
            Partner p = known.get();
            return new PartnerRef(p.id(), p.name("vi"), p.nameEn(), p.kind().id(), p.prefectureCode(), c.asWritten());
        }
        return new PartnerRef(null, c.nameVi, c.nameEn, c.kind.id(), c.prefectureCode, c.asWritten());
    }

    /** A consulate-general the text does not place: the one whose district holds the province. */
    PartnerRef consulateFor(String provinceId, PartnerRef guess) {
        String id = consularDistricts.getOrDefault(provinceId, "cg-ho-chi-minh");
        return partners.partners().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> new PartnerRef(p.id(), p.name("vi"), p.nameEn(), p.kind().id(), p.prefectureCode(),
                        guess.asWritten()))
                .orElse(guess);
    }

    private static Map<String, String> consularDistricts() {
        Map<String, String> out = new LinkedHashMap<>();
        for (var r : IngestData.csv("consular-districts.csv")) {
            out.put(r.get("province_id"), r.get("consulate_id"));
        }
        return out;
    }

    /** Japanese prefectures and cities the article names besides the partner itself. */
    static List<Draft.LocalityDraft> localities(List<Candidate> jpBodies, Candidate partner, List<Sentence> sentences) {
        List<Draft.LocalityDraft> out = new ArrayList<>();
        for (Candidate c : jpBodies) {
            if (c == partner || c.kind != PartnerKind.PREFECTURE && c.kind != PartnerKind.MUNICIPALITY) {
                continue;
            }
            if (partner != null && c.known != null && partner.known != null && c.known.id().equals(partner.known.id())) {
                continue;
            }
            String id = c.known != null ? c.known.id() : null;
            String evidence = sentences.get(c.mentions.get(0).sentence()).text();
            out.add(new Draft.LocalityDraft(c.nameVi, id, c.kind.id(), evidence));
        }
        return out;
    }
}

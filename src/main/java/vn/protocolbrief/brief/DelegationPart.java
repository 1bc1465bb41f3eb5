package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.PostHolder;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;

/**
 * The delegation part: the partner, its heads on record, every Japanese person the pack names with readings and
 * forms of address, the leader's posts and their earlier holders, the partner's meetings in other provinces.
 */
final class DelegationPart {
    private DelegationPart() {
    }

    static BriefModel.Delegation build(PackContext c, BriefModel.VisitPart visitPart, List<MeetingItem> history,
                                       List<Meeting> leaderElsewhere) {
        List<PersonItem> heads = new ArrayList<>();
        for (Person p : c.persons().values()) {
            for (Position pos : p.positions()) {
                if (pos.current() && c.partner().id().equals(pos.partnerId())) {
                    heads.add(c.items().person(p));
                    c.recordIds().add(p.id());
                    break;
                }
            }
        }
        heads.sort(Comparator.comparing(PersonItem::name));
        // The people of this visit, once (issue 19: never someone of a past meeting who is not coming). Only when the
        // visit names nobody of their side: every Japanese person the pack names, the current heads first.
        Map<String, PersonItem> people = new LinkedHashMap<>();
        java.util.function.Consumer<PersonItem> add = p -> {
            if (p != null && p.japanese()) {
                people.putIfAbsent(p.id() != null ? p.id() : "name:" + p.name(), p);
            }
        };
        add.accept(visitPart.leader());
        visitPart.members().forEach(add);
        if (people.isEmpty()) {
            heads.forEach(add);
            for (MeetingItem m : history) {
                add.accept(m.leader());
                m.delegation().forEach(add);
            }
        }
        List<Meeting> elsewhere = c.h().meetingsWithPartner(c.partner().id()).stream()
                .filter(m -> !c.province().id().equals(m.provinceId())).toList();
        List<String> provinceNames = new ArrayList<>();
        Map<String, String> names = c.provinceNames();
        elsewhere.stream().map(m -> names.get(m.provinceId())).distinct().forEach(provinceNames::add);
        List<MeetingItem> elsewhereItems = elsewhere.stream().limit(BriefAssembler.PARTNER_ELSEWHERE)
                .peek(m -> c.recordIds().add(m.id())).map(c.items()::meeting).toList();
        return new BriefModel.Delegation(c.partner().name(c.lang()), c.partner().nameEn(), c.partner().nameJa(),
                c.partner().kind().id(), prefectureName(c), heads, List.copyOf(people.values()), posts(c),
                leaderElsewhere.stream().map(c.items()::meeting).toList(), elsewhereItems, provinceNames);
    }

    private static String prefectureName(PackContext c) {
        // A prefecture does not "belong to" itself; its assembly, cities and bodies do.
        if (c.partner().prefectureCode() == null || c.partner().kind() == PartnerKind.PREFECTURE) {
            return null;
        }
        return c.h().prefectures().stream().filter(p -> p.code().equals(c.partner().prefectureCode()))
                .map(p -> "en".equals(c.lang()) ? p.nameEn() + " (" + p.nameJa() + ")"
                        : "Tỉnh " + p.nameVi() + " (" + p.nameJa() + ")")
                .findFirst().orElse(null);
    }

    /** The leader's posts, with earlier holders of a post at the same partner with the same title. */
    private static List<PostHolder> posts(PackContext c) {
        if (c.leader() == null) {
            return List.of();
        }
        List<PostHolder> out = new ArrayList<>();
        Addressing addressing = c.items().addressing();
        for (Position p : c.leader().positions()) {
            var t = addressing.title(p.title(), c.leader().honorific());
            out.add(new PostHolder(c.leader().protocolName(), t.text(), t.original(), p.from(), p.to(), p.current(),
                    c.sources().cite(p.sourceId()), c.items().dating().asOf(c.leader(), p, t.text()).orElse(null)));
            for (Person other : c.persons().values()) {
                if (other.id().equals(c.leader().id())) {
                    continue;
                }
                other.positions().stream()
                        .filter(q -> q.partnerId() != null && q.partnerId().equals(p.partnerId())
                                && q.title().equals(p.title()) && q.to().known())
                        .forEach(q -> {
                            var qt = addressing.title(q.title(), other.honorific());
                            out.add(new PostHolder(other.protocolName(), qt.text(), qt.original(), q.from(), q.to(),
                                    false, c.sources().cite(q.sourceId())));
                        });
            }
        }
        return out;
    }
}

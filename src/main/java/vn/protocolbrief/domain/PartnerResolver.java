package vn.protocolbrief.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves how texts name a Japanese partner: "Đại sứ quán Nhật Bản", "Embassy of Japan" → the Embassy;
 * "tỉnh Tochigi", "栃木県" → Tochigi Prefecture; "TP Ashikaga" → Ashikaga City. When a name fits both a
 * prefecture and a city, words such as "tỉnh" or "thành phố" in the text decide.
 */
public final class PartnerResolver {
    private static final List<String> PREFIXES = List.of("tỉnh", "phủ", "thành phố", "tp", "thị trấn",
            "city of", "the", "chính quyền", "đoàn");
    private static final List<String> SUFFIXES = List.of("nhật bản", "japan", "prefecture", "city", "ken", "shi",
            "prefectural government", "city hall", "(nhật bản)");
    private static final List<String> CITY_WORDS = List.of("thanhpho", "tp", "city", "shi", "市", "thitran");
    private static final List<String> PREFECTURE_WORDS = List.of("tinh", "phu", "prefecture", "ken", "県", "府");

    private final Gazetteer<Partner> gazetteer = new Gazetteer<>(PREFIXES, SUFFIXES);
    private final Map<String, Partner> byId;

    public PartnerResolver(List<Partner> partners) {
        this.byId = partners.stream().collect(Collectors.toMap(Partner::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
        for (Partner p : partners) {
            gazetteer.add(p.nameVi(), p);
            gazetteer.add(p.nameEn(), p);
            gazetteer.add(p.nameJa(), p);
            gazetteer.add(p.id(), p);
            if (p.nameJa() != null && p.kind() == PartnerKind.PREFECTURE && p.nameJa().length() > 2
                    && p.nameJa().matches(".*[県府都]$")) {
                gazetteer.add(p.nameJa().substring(0, p.nameJa().length() - 1), p);
            }
            p.aliases().forEach(a -> gazetteer.add(a, p));
        }
    }

    public List<Partner> partners() {
        return List.copyOf(byId.values());
    }

    public Optional<Partner> resolve(String text) {
        if (text == null || Text.key(text).isEmpty()) {
            return Optional.empty();
        }
        var hits = gazetteer.find(text);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        String compact = Gazetteer.compact(text) + text;
        boolean saysCity = CITY_WORDS.stream().anyMatch(w -> compact.startsWith(w) || text.contains(w));
        boolean saysPrefecture = PREFECTURE_WORDS.stream().anyMatch(w -> compact.startsWith(w) || text.endsWith(w));
        return hits.stream().map(Gazetteer.Entry::value).min(Comparator.comparingInt(p -> {
            if (saysCity && p.kind() == PartnerKind.MUNICIPALITY) {
                return 0;
            }
            if (saysPrefecture && p.kind() == PartnerKind.PREFECTURE) {
                return 0;
            }
            return p.kind() == PartnerKind.PREFECTURE ? 1 : 2;
        }));
    }

    public List<String> closest(String text, int limit) {
        return gazetteer.closest(text, limit, (p, name) -> p.name("vi"));
    }
}

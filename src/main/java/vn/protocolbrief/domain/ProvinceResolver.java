package vn.protocolbrief.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves any way a Vietnamese text names a province to its 2025 unit: new or old name, with or without
 * diacritics, any case, with or without "tỉnh", "thành phố", "TP.", "cũ" ("tỉnh Bình Định cũ" → Gia Lai).
 */
public final class ProvinceResolver {
    private static final List<String> PREFIXES = List.of("tỉnh", "thành phố", "tp", "province of", "city of", "t.p");
    private static final List<String> SUFFIXES = List.of("cũ", "trước đây", "mới", "province", "city", "việt nam",
            "vietnam");

    private final Gazetteer<Province> gazetteer = new Gazetteer<>(PREFIXES, SUFFIXES);
    private final Map<String, Province> byId;

    /** What a name resolved to, and the name of the older unit it matched when it named one. */
    public record Match(Province province, String matchedName, String predecessor) {
        public boolean isPredecessor() {
            return predecessor != null;
        }
    }

    /**
     * @param extraAliases more names for a province id (abbreviations such as "TP.HCM", English spellings),
     *                     from the reference data
     */
    public ProvinceResolver(List<Province> provinces, Map<String, List<String>> extraAliases) {
        this.byId = new java.util.LinkedHashMap<>();
        for (Province p : provinces) {
            byId.put(p.id(), p);
            gazetteer.add(p.nameVi(), p);
            gazetteer.add(p.nameEn(), p);
            gazetteer.add(p.id(), p);
            p.predecessors().forEach(old -> gazetteer.add(old, p));
            extraAliases.getOrDefault(p.id(), List.of()).forEach(a -> gazetteer.add(a, p));
        }
    }

    public List<Province> provinces() {
        return List.copyOf(byId.values());
    }

    public Optional<Province> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Match> resolve(String text) {
        if (text == null || Text.key(text).isEmpty()) {
            return Optional.empty();
        }
        var hit = gazetteer.find(text);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        var entry = hit.get(0);
        Province p = entry.value();
        String predecessor = p.predecessors().stream()
                .filter(old -> Gazetteer.compact(old).equals(Gazetteer.compact(entry.name())))
                .filter(old -> !Text.key(old).equals(Text.key(p.nameVi())))
                .findFirst().orElse(null);
        return Optional.of(new Match(p, entry.name(), predecessor));
    }

    public List<String> closest(String text, int limit) {
        return gazetteer.closest(text, limit, (p, name) -> p.predecessors().contains(name)
                && !name.equals(p.nameVi()) ? name + " → " + p.nameVi() : p.nameVi());
    }
}

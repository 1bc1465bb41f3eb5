package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.ProvinceResolver;
import vn.protocolbrief.domain.RequestCategory;

/** Provinces with predecessors, prefectures and request categories as stored. */
public final class ReferenceRepository {

    public List<Province> provinces(Handle h) {
        Map<String, List<String>> preds = new LinkedHashMap<>();
        h.createQuery("SELECT province_id, name_vi FROM predecessor ORDER BY province_id, ordinal")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> preds.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        // rowid order is the reference file's order (north to south), the order officers know.
        return h.createQuery("SELECT id, name_vi, name_en, kind FROM province ORDER BY rowid")
                .map((rs, ctx) -> new Province(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        preds.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    public Map<String, List<String>> provinceAliases(Handle h) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        h.createQuery("SELECT province_id, alias FROM province_alias ORDER BY rowid")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    public ProvinceResolver provinceResolver(Handle h) {
        return new ProvinceResolver(provinces(h), provinceAliases(h));
    }

    public List<Prefecture> prefectures(Handle h) {
        return h.createQuery("SELECT code, name_en, name_ja, name_vi, region FROM prefecture ORDER BY code")
                .map((rs, ctx) -> new Prefecture(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    public List<RequestCategory> categories(Handle h) {
        return h.createQuery("SELECT id, label_vi, label_en, ordinal FROM request_category ORDER BY ordinal")
                .map((rs, ctx) -> new RequestCategory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }
}

package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.PartnerResolver;

/** Japanese partners and the other names they go by. */
public final class PartnerRepository {
    private final SearchIndex search = new SearchIndex();

    public void upsert(Handle h, Partner p) {
        h.createUpdate("""
                INSERT INTO partner (id, kind, name_vi, name_en, name_ja, prefecture_code, note)
                VALUES (:id, :kind, :vi, :en, :ja, :pref, :note)
                ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name_vi = excluded.name_vi,
                  name_en = excluded.name_en, name_ja = excluded.name_ja,
                  prefecture_code = excluded.prefecture_code, note = excluded.note""")
                .bind("id", p.id()).bind("kind", p.kind().id()).bind("vi", Db.text(p.nameVi()))
                .bind("en", Db.text(p.nameEn())).bind("ja", Db.text(p.nameJa()))
                .bind("pref", p.prefectureCode()).bind("note", Db.text(p.note()))
                .execute();
        h.execute("DELETE FROM partner_alias WHERE partner_id = ?", p.id());
        int i = 0;
        for (String alias : p.aliases()) {
            h.execute("INSERT INTO partner_alias (partner_id, alias, ordinal) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", p.id(),
                    Db.text(alias), i++);
        }
        index(h, p);
    }

    void index(Handle h, Partner p) {
        search.index(h, SearchIndex.Kind.PARTNER, p.id(), p.name("vi"),
                String.join(" · ", nonNull(p.nameEn(), p.nameJa(), String.join(" · ", p.aliases()), p.note())));
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String s : parts) {
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    public List<Partner> all(Handle h) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        h.createQuery("SELECT partner_id, alias FROM partner_alias ORDER BY partner_id, ordinal")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> aliases.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return h.createQuery("SELECT id, kind, name_vi, name_en, name_ja, prefecture_code, note FROM partner ORDER BY id")
                .map((rs, ctx) -> new Partner(rs.getString(1), PartnerKind.fromId(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        aliases.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    public PartnerResolver resolver(Handle h) {
        return new PartnerResolver(all(h));
    }
}

package vn.protocolbrief.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.RequestCategory;

/**
 * Writes the reference data into a store: all of it into a new one, and again into an older one whose
 * reference version is below this release's, so that corrections (a partner's kind, a new alias, a new core
 * partner) reach stores made before them. Every write is an upsert; records the office made are not touched.
 */
final class ReferenceSeeder {
    private final ReferenceData data;

    ReferenceSeeder(ReferenceData data) {
        this.data = data;
    }

    /** Inside the caller's transaction. */
    void sync(Handle h) {
        syncProvinces(h);
        PreparedBatch pref = h.prepareBatch("""
                INSERT INTO prefecture (code, name_en, name_ja, name_vi, region) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_ja = excluded.name_ja,
                  name_vi = excluded.name_vi, region = excluded.region""");
        for (Prefecture p : data.prefectures()) {
            pref.add(p.code(), p.nameEn(), p.nameJa(), p.nameVi(), p.region());
        }
        pref.execute();
        PreparedBatch cat = h.prepareBatch("""
                INSERT INTO request_category (id, label_vi, label_en, ordinal) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET label_vi = excluded.label_vi, label_en = excluded.label_en,
                  ordinal = excluded.ordinal""");
        for (RequestCategory c : data.categories()) {
            cat.add(c.id(), c.labelVi(), c.labelEn(), c.order());
        }
        cat.execute();
        PartnerRepository partners = new PartnerRepository();
        data.partners().forEach(p -> partners.upsert(h, p));
    }

    private void syncProvinces(Handle h) {
        PreparedBatch prov = h.prepareBatch("""
                INSERT INTO province (id, name_vi, name_en, kind) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en,
                  kind = excluded.kind""");
        PreparedBatch pred = h.prepareBatch("INSERT INTO predecessor (province_id, name_vi, ordinal) VALUES (?, ?, ?)");
        PreparedBatch alias = h.prepareBatch("INSERT INTO province_alias (province_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING");
        for (Province p : data.provinces()) {
            prov.add(p.id(), p.nameVi(), p.nameEn(), p.kind());
            for (int i = 0; i < p.predecessors().size(); i++) {
                pred.add(p.id(), p.predecessors().get(i), i);
            }
        }
        data.provinceAliases().forEach((id, names) -> names.forEach(n -> alias.add(id, n)));
        prov.execute();
        h.execute("DELETE FROM predecessor");
        pred.execute();
        alias.execute();
    }
}

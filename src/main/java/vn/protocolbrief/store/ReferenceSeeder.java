package vn.protocolbrief.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.RequestCategory;

/** Writes the reference data into a new store, in one transaction. */
final class ReferenceSeeder {
    private final ReferenceData data;

    ReferenceSeeder(ReferenceData data) {
        this.data = data;
    }

    void seed(Store store) {
        store.write(h -> {
            seedProvinces(h);
            PreparedBatch pref = h.prepareBatch("INSERT INTO prefecture (code, name_en, name_ja, name_vi, region)"
                    + " VALUES (?, ?, ?, ?, ?)");
            for (Prefecture p : data.prefectures()) {
                pref.add(p.code(), p.nameEn(), p.nameJa(), p.nameVi(), p.region());
            }
            pref.execute();
            PreparedBatch cat = h.prepareBatch("INSERT INTO request_category (id, label_vi, label_en, ordinal)"
                    + " VALUES (?, ?, ?, ?)");
            for (RequestCategory c : data.categories()) {
                cat.add(c.id(), c.labelVi(), c.labelEn(), c.order());
            }
            cat.execute();
            PartnerRepository partners = new PartnerRepository();
            data.partners().forEach(p -> partners.upsert(h, p));
            return null;
        });
    }

    private void seedProvinces(Handle h) {
        PreparedBatch prov = h.prepareBatch("INSERT INTO province (id, name_vi, name_en, kind) VALUES (?, ?, ?, ?)");
        PreparedBatch pred = h.prepareBatch("INSERT INTO predecessor (province_id, name_vi, ordinal) VALUES (?, ?, ?)");
        PreparedBatch alias = h.prepareBatch("INSERT INTO province_alias (province_id, alias) VALUES (?, ?)");
        for (Province p : data.provinces()) {
            prov.add(p.id(), p.nameVi(), p.nameEn(), p.kind());
            for (int i = 0; i < p.predecessors().size(); i++) {
                pred.add(p.id(), p.predecessors().get(i), i);
            }
        }
        data.provinceAliases().forEach((id, names) -> names.forEach(n -> alias.add(id, n)));
        prov.execute();
        pred.execute();
        alias.execute();
    }
}

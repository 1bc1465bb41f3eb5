package vn.protocolbrief.brief;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.store.Reads;

/**
 * What the parts of one pack's assembly share: the one read of the store, the pair, the visit's leader on record,
 * the people, the item maker, the source numbering and the ids of every record the pack uses.
 */
record PackContext(Reads h, Province province, Partner partner, Person leader, Map<String, Person> persons,
                   Items items, SourceNumbers sources, Set<String> recordIds, String lang) {
    /** Every province's name in the pack's language, by id. */
    Map<String, String> provinceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        h.provinces().forEach(p -> names.put(p.id(), "en".equals(lang) ? p.nameEn() : p.nameVi()));
        return names;
    }
}

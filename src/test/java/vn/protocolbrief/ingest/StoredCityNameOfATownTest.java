package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;

/**
 * A Japanese village or ward stored before the importer named municipalities by the gazetteer's kind (as "Thành phố
 * …") is still the partner an article about it means: found by that stored name, not made anew. Short texts of ours.
 */
class StoredCityNameOfATownTest extends BareStoreTest {
    private List<PartnerFinder.Candidate> found(String stored, String sentence) {
        var reference = new vn.protocolbrief.store.ImportRecords(store).reference();
        List<Partner> partners = new ArrayList<>(reference.partners().partners());
        partners.add(new Partner("p-old", PartnerKind.MUNICIPALITY, stored, null, null, "01", null, List.of()));
        PartnerFinder finder = new PartnerFinder(new vn.protocolbrief.domain.PartnerResolver(partners),
                new Japan(reference.prefectures(), reference.provinces().provinces()), java.util.Map.of());
        return finder.find(Sentences.of(null, List.of(new ArticleCleaner.Line(sentence, false))));
    }

    @Test
    void aVillageStoredAsACityIsTheStoredPartner() {
        var found = found("Thành phố Makkari", "Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Bình tiếp đoàn công tác làng"
                + " Makkari (tỉnh Hokkaido, Nhật Bản) do ông Sato Yuji dẫn đầu.");
        assertThat(found).anySatisfy(c -> assertThat(c.known).isNotNull()
                .extracting(Partner::id).isEqualTo("p-old"));
    }

    @Test
    void aWardStoredAsACityIsTheStoredPartner() {
        var found = found("Thành phố Minato", "Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Bình tiếp đoàn công tác quận"
                + " Minato (Tokyo, Nhật Bản) do ông Sato Yuji dẫn đầu.");
        assertThat(found).anySatisfy(c -> assertThat(c.known).isNotNull()
                .extracting(Partner::id).isEqualTo("p-old"));
    }
}

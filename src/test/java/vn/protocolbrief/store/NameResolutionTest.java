package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.ProvinceResolver;

class NameResolutionTest {
    private static ReferenceData reference;
    private static ProvinceResolver provinces;
    private static PartnerResolver partners;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
        provinces = new ProvinceResolver(reference.provinces(), reference.provinceAliases());
        List<Partner> all = new ArrayList<>(reference.partners());
        all.addAll(DemoData.archive().partners());
        partners = new PartnerResolver(all);
    }

    @Test
    void referenceHoldsThe34UnitsAndThe63OlderOnes() {
        assertThat(reference.provinces()).hasSize(34);
        assertThat(reference.provinces().stream().mapToInt(p -> p.predecessors().size()).sum()).isEqualTo(63);
        assertThat(reference.prefectures()).hasSize(47);
        assertThat(reference.categories()).extracting(c -> c.id()).contains("ocop_trade", "disaster_aid", "local_partnership");
    }

    /** Each of the 97 names (34 new, 63 old), as written, without diacritics, in capitals, with "tỉnh" and "cũ". */
    static Stream<Arguments> allNames() {
        List<Arguments> out = new ArrayList<>();
        for (Province p : ReferenceData.load().provinces()) {
            out.add(Arguments.of(p.nameVi(), p.id()));
            p.predecessors().forEach(old -> out.add(Arguments.of(old, p.id())));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("allNames")
    void everyNameResolvesWithAndWithoutDiacritics(String name, String expectedId) {
        String plain = stripDiacritics(name);
        assertThat(plain).doesNotContainPattern("[^\\x00-\\x7F]");
        for (String form : List.of(name, plain, name.toUpperCase(Locale.ROOT), plain.toLowerCase(Locale.ROOT),
                "tỉnh " + name, "Tinh " + plain + " cu", "thành phố " + name, "TP. " + plain, name + " cũ",
                Normalizer.normalize(name, Normalizer.Form.NFD))) {
            assertThat(provinces.resolve(form)).as(form).get().extracting(m -> m.province().id()).isEqualTo(expectedId);
        }
    }

    private static String stripDiacritics(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "tỉnh Bình Định cũ, gia-lai, Bình Định",
            "Vĩnh Phúc, phu-tho, Vĩnh Phúc",
            "Vĩnh Phúc trước đây, phu-tho, Vĩnh Phúc",
            "Thừa Thiên Huế, hue, Thừa Thiên Huế",
            "TP.HCM, ho-chi-minh, ",
            "TPHCM, ho-chi-minh, ",
            "Thành phố Hồ Chí Minh, ho-chi-minh, ",
            "Hoà Bình, phu-tho, Hòa Bình",
            "Thanh Hoá, thanh-hoa, ",
            "Bà Rịa – Vũng Tàu, ho-chi-minh, Bà Rịa - Vũng Tàu",
            "Dak Lak, dak-lak, ",
            "Kontum, quang-ngai, Kon Tum",
            "Hanoi, ha-noi, "
    })
    void issueExamplesResolveAndNameTheOlderUnit(String text, String id, String predecessor) {
        ProvinceResolver.Match m = provinces.resolve(text).orElseThrow();
        assertThat(m.province().id()).isEqualTo(id);
        assertThat(m.predecessor()).isEqualTo(predecessor);
    }

    @Test
    void unknownNamesGetTheClosestNames() {
        assertThat(provinces.resolve("Binh Dinhh")).isEmpty();
        assertThat(provinces.closest("Binh Dinhh", 3)).first().isEqualTo("Bình Định → Gia Lai");
        assertThat(provinces.resolve("Tokyo")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Đại sứ quán Nhật Bản, embassy-of-japan",
            "Embassy of Japan, embassy-of-japan",
            "dai su quan nhat ban tai viet nam, embassy-of-japan",
            "tỉnh Tochigi, pref-tochigi",
            "栃木県, pref-tochigi",
            "Tochigi Prefecture, pref-tochigi",
            "phủ Osaka, pref-osaka",
            "tỉnh Hokkaido, pref-hokkaido",
            "北海道, pref-hokkaido",
            "TP Ashikaga, ashikaga",
            "thành phố Ichinoseki, ichinoseki",
            "JICA, jica",
            "JETRO, jetro"
    })
    void partnersResolveTheSameWay(String text, String id) {
        assertThat(partners.resolve(text)).as(text).get().extracting(Partner::id).isEqualTo(id);
    }
}

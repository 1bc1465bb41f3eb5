package vn.protocolbrief.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The level of a Vietnamese post read from its title as written (short titles of our own). */
class PostLevelTest {
    private static final List<String> PROVINCES = List.of("Đà Nẵng", "Hải Phòng", "Phú Thọ", "Hưng Yên");

    private static PostLevel of(String title) {
        return PostLevel.of(title, PROVINCES);
    }

    @Test
    void aPostOfACentralBodyIsCentral() {
        assertThat(of("Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương")).isEqualTo(PostLevel.CENTRAL);
        assertThat(of("Thứ trưởng Bộ Ngoại giao")).isEqualTo(PostLevel.CENTRAL);
        assertThat(of("Phó Chủ tịch Quốc hội")).isEqualTo(PostLevel.CENTRAL);
        assertThat(of("Phó Thủ tướng Chính phủ")).isEqualTo(PostLevel.CENTRAL);
    }

    @Test
    void aCentralMembershipBesideAProvincialPostIsTheProvince() {
        assertThat(of("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy")).isEqualTo(PostLevel.PROVINCE);
        assertThat(of("Trưởng Đoàn đại biểu Quốc hội tỉnh")).isEqualTo(PostLevel.PROVINCE);
        assertThat(of("Giám đốc Sở Ngoại vụ")).isEqualTo(PostLevel.PROVINCE);
        assertThat(of("Phó Chủ tịch UBND thành phố Đà Nẵng")).isEqualTo(PostLevel.PROVINCE);
        assertThat(of("Chủ tịch UBND thành phố")).isEqualTo(PostLevel.PROVINCE);
        assertThat(of("Phó Chủ tịch Thường trực UBND tỉnh")).isEqualTo(PostLevel.PROVINCE);
    }

    @Test
    void aPostOfATownDistrictCommuneOrCityInsideTheProvinceIsLocal() {
        assertThat(of("Bí thư Thị ủy, Chủ tịch HĐND thị xã An Lạc")).isEqualTo(PostLevel.LOCAL);
        assertThat(of("Chủ tịch UBND huyện Tân Phước")).isEqualTo(PostLevel.LOCAL);
        assertThat(of("Chủ tịch UBND thành phố Việt Trì")).isEqualTo(PostLevel.LOCAL);
        assertThat(of("Bí thư Đảng ủy xã Hòa Bình")).isEqualTo(PostLevel.LOCAL);
        assertThat(of("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Tân Phước")).isEqualTo(PostLevel.PROVINCE);
    }

    @Test
    void aTitleThatNamesNoBodyIsUnknown() {
        assertThat(of("Phó Chủ tịch")).isEqualTo(PostLevel.UNKNOWN);
        assertThat(of(null)).isEqualTo(PostLevel.UNKNOWN);
    }

    @Test
    void aCityWrittenByItsInitialsIsTheProvince() {
        List<String> provinces = List.of("Hồ Chí Minh", "Hà Nội", "Huế");
        assertThat(PostLevel.of("Chủ tịch HĐND TPHCM", provinces)).isEqualTo(PostLevel.PROVINCE);
        assertThat(PostLevel.of("Phó Chủ tịch UBND TP.HCM", provinces)).isEqualTo(PostLevel.PROVINCE);
        assertThat(PostLevel.of("Phó Chủ tịch UBND TP HN", provinces)).isEqualTo(PostLevel.PROVINCE);
        assertThat(PostLevel.of("Chủ tịch UBND TP Thủ Đức", provinces)).isEqualTo(PostLevel.LOCAL);
        assertThat(PostLevel.of("Chủ tịch UBND TP Hạ Long", provinces)).isEqualTo(PostLevel.LOCAL);
    }

    @Test
    void aTownsPostNamesItsUnitWithTheUnitsOwnWord() {
        assertThat(PostLevel.localUnit("Bí thư Thị ủy Kinh Môn", PROVINCES)).isEqualTo("Thị xã Kinh Môn");
        assertThat(PostLevel.localUnit("Bí thư Thị uỷ, Chủ tịch HĐND thị xã Tân Lập", PROVINCES))
                .isEqualTo("Thị xã Tân Lập");
        assertThat(PostLevel.localUnit("Chủ tịch UBND huyện Tân Phước", PROVINCES)).isEqualTo("Huyện Tân Phước");
        assertThat(PostLevel.localUnit("Bí thư Thành ủy Việt Trì", PROVINCES)).isEqualTo("Thành phố Việt Trì");
        assertThat(PostLevel.localUnit("Bí thư Đảng ủy xã Hòa Bình", PROVINCES)).isEqualTo("Xã Hòa Bình");
        assertThat(PostLevel.localUnit("Bí thư Huyện ủy", PROVINCES)).isNull();
        assertThat(PostLevel.localUnit("Chủ tịch UBND thành phố Đà Nẵng", PROVINCES)).isNull();
        assertThat(PostLevel.localUnit("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Tân Phước", PROVINCES)).isNull();
    }

    @Test
    void aMeetingIsATownsWhenNobodyOfOursHoldsAPostOfTheProvince() {
        assertThat(PostLevel.heldBy(List.of("Bí thư Thị ủy Kinh Môn", "Phó Chủ tịch"), PROVINCES))
                .isEqualTo("Thị xã Kinh Môn");
        assertThat(PostLevel.heldBy(List.of("Chủ tịch UBND huyện Tân Phước", "Phó Chủ tịch UBND tỉnh"), PROVINCES))
                .isNull();
        assertThat(PostLevel.heldBy(List.of("Phó Chủ tịch"), PROVINCES)).isNull();
        assertThat(PostLevel.heldBy(List.of(), PROVINCES)).isNull();
    }
}

package vn.protocolbrief.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonCompletionTest {
    private final List<String> known = List.of("Hồ Thanh Vân — Chủ tịch UBND tỉnh", "Võ Minh Đức — Phó Chủ tịch UBND tỉnh",
            "SAITO Ren — Tổng Lãnh sự");

    @Test
    void threeLettersOfAnyWordOfAKnownNameOfferThatPersonWithTheTitle() {
        assertThat(PersonCompletion.offer("Sai", known)).isEqualTo("SAITO Ren — Tổng Lãnh sự");
        assertThat(PersonCompletion.offer("duc", known)).isEqualTo("Võ Minh Đức — Phó Chủ tịch UBND tỉnh");
        assertThat(PersonCompletion.offer("Hồ T", known)).isEqualTo("Hồ Thanh Vân — Chủ tịch UBND tỉnh");
    }

    @Test
    void fewerLettersNothingKnownOrTheLineAlreadyWholeOfferNothing() {
        assertThat(PersonCompletion.offer("Sa", known)).isNull();
        assertThat(PersonCompletion.offer("Nguyễn", known)).isNull();
        assertThat(PersonCompletion.offer("SAITO Ren — Tổng Lãnh sự", known)).isNull();
    }

    @Test
    void afterTheDashTwoLettersOfAKnownTitleOfferIt() {
        assertThat(PersonCompletion.offer("Lê Văn Tâm — Ph", known)).isEqualTo("Lê Văn Tâm — Phó Chủ tịch UBND tỉnh");
        assertThat(PersonCompletion.offer("Lê Văn Tâm — X", known)).isNull();
    }
}

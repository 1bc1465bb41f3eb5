package vn.protocolbrief.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Readings of Japanese names as the Vietnamese press writes them. */
class JapaneseReadingTest {
    @Test
    void fuAndMuKeepTheirRoundedU() {
        assertThat(JapaneseReading.of("Fukuda")).isEqualTo("Phu-cư-đa");
        assertThat(JapaneseReading.of("Fukushima")).isEqualTo("Phu-cư-si-ma");
        assertThat(JapaneseReading.of("Murayama")).isEqualTo("Mu-ra-y-a-ma");
    }

    @Test
    void otherUsStayUnrounded() {
        assertThat(JapaneseReading.of("Suzuki Naomichi")).isEqualTo("Xư-dư-ki Na-ô-mi-chi");
        assertThat(JapaneseReading.of("Ito Naoki")).isEqualTo("I-tô Na-ô-ki");
        assertThat(JapaneseReading.of("Koizumi")).isEqualTo("Cô-i-dư-mi");
    }
}

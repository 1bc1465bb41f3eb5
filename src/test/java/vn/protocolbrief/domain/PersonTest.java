package vn.protocolbrief.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonTest {
    @Test
    void japaneseNamesGoFamilyNameFirstInCapitals() {
        Person ito = new Person("ito", "Ito", "Naoki", "伊藤直樹", Nationality.JP, "Ngài", null, List.of());
        assertThat(ito.protocolName()).isEqualTo("ITO Naoki");
        assertThat(ito.displayName()).isEqualTo("ITO Naoki (伊藤直樹)");
    }

    @Test
    void vietnameseNamesStayAsWritten() {
        Person phong = new Person("p", "Đặng", "Xuân Phong", null, Nationality.VN, null, null, List.of());
        assertThat(phong.protocolName()).isEqualTo("Đặng Xuân Phong");
        assertThat(phong.displayName()).isEqualTo("Đặng Xuân Phong");
    }
}

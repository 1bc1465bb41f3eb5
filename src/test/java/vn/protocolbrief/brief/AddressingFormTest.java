package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.Person;

/** A guest without a title the pack knows is addressed as the article did ("cô"), not "Ngài". */
class AddressingFormTest {
    private static Person guest(String honorific) {
        return new Person("sato-yui", "Sato", "Yui", null, Nationality.JP, honorific, null, List.of());
    }

    @Test
    void aYoungVolunteerCalledCoIsNotNgai() {
        Addressing vi = new Addressing("vi");
        assertThat(vi.inSpeech(guest("cô"), "tình nguyện viên")).isEqualTo("Cô");
        assertThat(vi.address(guest("cô"), "SATO Yui", "tình nguyện viên", true, "Xa-tô Y-u")).isEqualTo("Cô Xa-tô Y-u");
    }

    @Test
    void withoutAStoredFormTheGuestIsNgaiAndATitleStillLeads() {
        Addressing vi = new Addressing("vi");
        assertThat(vi.inSpeech(guest(null), "tình nguyện viên")).isEqualTo("Ngài");
        assertThat(vi.inSpeech(guest("cô"), "Đại sứ Nhật Bản tại Việt Nam")).startsWith("Ngài");
    }
}

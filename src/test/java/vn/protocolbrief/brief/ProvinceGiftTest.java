package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.PartialDate;

/**
 * With no gift history, the suggestion comes from the partner's kind and the province's own products and heritage
 * (general data with its source), and says which fact chose it: two provinces are not given the same gift (issue 19,
 * sp10: an OCOP box "for the season" in every pack without history).
 */
class ProvinceGiftTest {
    @Test
    void twoProvincesWithNoHistoryAreGivenTheirOwnGiftWithTheFactThatChoseIt() {
        Labels vi = new Labels("vi");
        PartialDate december = PartialDate.of("2026-12-03");
        var gl = GiftsPart.advice(List.of(), "agency", december, vi, false, "gia-lai");
        var cm = GiftsPart.advice(List.of(), "agency", december, vi, false, "ca-mau");
        assertThat(gl.idea()).isNotEqualTo(cm.idea());
        assertThat(gl.reason()).contains("Chư Sê");
        assertThat(cm.reason()).contains("U Minh Hạ");
        // By the partner's kind: an embassy is offered the province's heritage, not its produce.
        var embassy = GiftsPart.advice(List.of(), "embassy", december, vi, false, "gia-lai");
        assertThat(embassy.idea()).contains("cồng chiêng");
        assertThat(embassy.reason()).contains("UNESCO");
    }

    @Test
    void aProvinceWithoutItsOwnDataKeepsTheGeneralIdeas() {
        var none = GiftsPart.advice(List.of(), "agency", PartialDate.of("2026-12-03"), new Labels("en"), false,
                "tay-ninh");
        assertThat(none.reason()).doesNotContain("Our own");
    }
}

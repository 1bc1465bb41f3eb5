package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.GiftAdvice;
import vn.protocolbrief.brief.BriefModel.GiftItem;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.PartialDate;

/**
 * The gift suggestion differs when the history differs (issue 19: the same lacquer painting with the same generic
 * reason in two packs), and its reason says which facts chose it: the gifts received, with their dates and givers.
 */
class GiftFromHistoryTest {
    static GiftItem given(String item, String date, String by) {
        return new GiftItem("g-" + item.hashCode(), PartialDate.of(date), item, Direction.VN_TO_JP, "Lê Văn Hòa",
                "SATO Ken", null, null, by, List.of(2));
    }

    @Test
    void theSameKindOfPartnerWithAnotherHistoryIsOfferedAnotherGiftAndToldWhy() {
        Labels l = new Labels("vi", Map.of());
        PartialDate visit = PartialDate.of("2026-12-03");
        GiftAdvice none = GiftsPart.advice(List.of(), "embassy", visit, l, false);
        GiftAdvice afterADrum = GiftsPart.advice(List.of(given("Mô hình Trống đồng", "2025-11-25", null)), "embassy",
                visit, l, false);
        GiftAdvice afterAPainting = GiftsPart.advice(List.of(given("Tranh sơn mài Vịnh Hạ Long", "2024-03-10",
                "tỉnh Quảng Ninh")), "embassy", visit, l, false);
        assertThat(afterADrum.idea()).isNotEqualTo(none.idea());
        assertThat(afterAPainting.idea()).isNotEqualTo(none.idea());
        assertThat(none.reason()).contains("Chưa có quà nào");
        assertThat(afterADrum.reason()).contains("Mô hình Trống đồng (25/11/2025)");
        assertThat(afterAPainting.reason()).contains("Tranh sơn mài Vịnh Hạ Long (10/03/2024, do tỉnh Quảng Ninh tặng)");
        // A gift of another family than the one received, not another painting after a painting.
        assertThat(afterAPainting.idea()).doesNotContain("Tranh").doesNotContain("trống đồng");
    }
}

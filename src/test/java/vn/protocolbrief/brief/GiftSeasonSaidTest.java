package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.PartialDate;

/**
 * Issue 19 (rd18): a gift's reason said "hợp với thời điểm chuyến thăm (tháng 12/2026)", which tells the signer
 * nothing. The season is said with what it means for the gift (general data, gift-ideas.csv), or not at all.
 */
class GiftSeasonSaidTest {
    @Test
    void theSeasonSaysWhatItMeansForTheGift() {
        BriefModel.GiftAdvice vi = GiftsPart.advice(List.of(), "company", PartialDate.of("2026-12-03"), new Labels("vi"),
                false, null);
        assertThat(vi.idea()).contains("OCOP");
        assertThat(vi.reason()).contains("Tết").doesNotContain("thời điểm");
        BriefModel.GiftAdvice en = GiftsPart.advice(List.of(), "company", PartialDate.of("2026-12-03"), new Labels("en"),
                false, null);
        assertThat(en.reason()).contains("before Tết").doesNotContain("suits the season");
    }

    @Test
    void aProvincesOwnProduceIsSaidInSeason() {
        BriefModel.GiftAdvice a = GiftsPart.advice(List.of(), "company", PartialDate.of("2026-10-03"), new Labels("vi"),
                false, "phu-tho");
        assertThat(a.idea()).contains("Bưởi");
        assertThat(a.reason()).contains("đúng mùa").doesNotContain("thời điểm");
    }
}

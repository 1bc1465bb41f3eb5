package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;

/**
 * Issue 19 (pk19): a point that would string several of our asks in one sentence of sixty words and more says the
 * first ones in their own words, up to a breath, and counts the rest with the annex where they stand — in both
 * languages; two short asks are still said whole.
 */
class RequestsUpToABreathTest {
    static final String A1 = "Phối hợp tổ chức các hội nghị giao thương giữa doanh nghiệp của tỉnh và doanh nghiệp của "
            + "thành phố về công nghiệp phụ trợ, chế biến nông sản và hàng thủ công.";
    static final String A2 = "Hỗ trợ nông sản chất lượng cao của tỉnh tiếp cận thị trường của thành phố qua các kênh "
            + "phân phối địa phương và các hội chợ thường niên.";
    static final String A3 = "Chia sẻ kinh nghiệm xây dựng hệ thống cảnh báo sớm, quản lý rủi ro thiên tai và ứng phó "
            + "với biến đổi khí hậu ở cấp địa phương.";
    static final Map<String, String> EN = Map.of(
            EnglishRendering.key(A1), "Co-organise business matching conferences between the province's and the city's "
                    + "companies in supporting industries, farm produce processing and handicrafts.",
            EnglishRendering.key(A2), "Help the province's high-quality farm produce reach the city's market through "
                    + "local distribution channels and the yearly fairs.",
            EnglishRendering.key(A3), "Share experience in building early warning systems, disaster risk management and "
                    + "climate change response at the local level.");

    static RequestItem ours(String id, String text) {
        return new RequestItem(id, Direction.VN_TO_JP, List.of(), text, RequestStatus.OPEN, PartialDate.of("2025-11-25"),
                PartialDate.of("2025-11-25"), 1, null, PartialDate.UNKNOWN, List.of(2));
    }

    static List<String> proposals(String lang, Map<String, String> english, List<RequestItem> asks) {
        Labels l = new Labels(lang, english);
        MeetingItem last = new MeetingItem("m1", PartialDate.of("2025-11-25"), "Lam", "Aka", null, "Hội đàm", null,
                List.of(), List.of(), null, null, 1, List.of(2));
        String guest = "en".equals(lang) ? "Mayor SAITO" : "Ngài Thị trưởng Xai-tô";
        String short_ = "en".equals(lang) ? "Mayor SAITO" : "Ngài Thị trưởng";
        return new TalkingPoints(l, new FirstPerson(lang, new Addressing(lang)), Map.of())
                .heldOn(LocalDate.of(2026, 1, 10)).withRequestsAnnex(2)
                .derive(new TalkingPoints.Guest(guest, short_, "en".equals(lang) ? "Aka City" : "thành phố Aka"),
                        new TalkingPoints.Host("tỉnh Lam", "Lam"), List.of(1), List.of(last), List.of(), List.of(), asks)
                .stream().filter(p -> p.kind().equals("proposal")).map(TalkingPoint::text).toList();
    }

    /** The words of the sentence that says the asks: the point up to its last sentence (the hope). */
    static int askingWords(String point) {
        String firstLine = point.lines().findFirst().orElse("");
        int hope = Math.max(firstLine.lastIndexOf(". Chúng tôi mong"), firstLine.lastIndexOf(". We hope"));
        return (hope < 0 ? firstLine : firstLine.substring(0, hope)).split("\\s+").length;
    }

    @Test
    void threeLongAsksAreSaidUpToABreathAndTheRestCountedInVietnamese() {
        List<String> said = proposals("vi", Map.of(), List.of(ours("r1", A1), ours("r2", A2), ours("r3", A3)));
        assertThat(said).singleElement().satisfies(p -> {
            assertThat(askingWords(p)).isLessThanOrEqualTo(60);
            assertThat(p).contains("phối hợp tổ chức các hội nghị giao thương")
                    .doesNotContain("cảnh báo sớm")
                    .containsPattern(", cùng (?:một|hai) đề nghị khác\\.").doesNotContain("Phụ lục");
        });
    }

    @Test
    void threeLongAsksAreSaidUpToABreathAndTheRestCountedInEnglish() {
        List<String> said = proposals("en", EN, List.of(ours("r1", A1), ours("r2", A2), ours("r3", A3)));
        assertThat(said).singleElement().satisfies(p -> {
            assertThat(askingWords(p)).isLessThanOrEqualTo(60);
            assertThat(p).contains("business matching conferences").doesNotContain("early warning")
                    .containsPattern(", as well as (?:one other request|two other requests)\\.").doesNotContain("Annex");
        });
        // Without the officer's English the originals follow the sentence: the same first ones, the rest counted.
        List<String> original = proposals("en", Map.of(), List.of(ours("r1", A1), ours("r2", A2), ours("r3", A3)));
        assertThat(original).singleElement().satisfies(p -> assertThat(p).doesNotContain("cảnh báo sớm")
                .containsPattern("(?:One other request|Two other requests) of that meeting (?:is|are) in Annex 2"));
    }

    @Test
    void twoShortAsksAreStillSaidWhole() {
        List<String> said = proposals("vi", Map.of(), List.of(ours("r1", "Hỗ trợ đào tạo điều dưỡng."),
                ours("r2", "Hỗ trợ xây dựng trường học.")));
        assertThat(said).singleElement().asString().contains("đào tạo điều dưỡng", "xây dựng trường học")
                .doesNotContain("đề nghị khác", "Phụ lục");
    }
}

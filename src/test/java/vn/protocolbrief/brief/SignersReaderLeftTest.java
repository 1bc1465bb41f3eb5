package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.brief.BriefModel.Anniversary;
import vn.protocolbrief.brief.BriefModel.LinkItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Person;

/**
 * What the signer's reader (rd12) left on the demo packs: a Japanese name in an English rendering in the press's order,
 * "City or town" for a city, an anniversary no point spoke of, a first meeting's speech of welcome and farewell only,
 * and record lines the Word file dropped (a request's other categories, an agreement's other partner).
 */
class SignersReaderLeftTest {
    @TempDir
    Path dir;

    @Test
    void aJapaneseNameInAnEnglishRenderingIsInProtocolOrder() {
        Person mayor = new Person("p1", "Hayakawa", "Naohide", null, Nationality.JP, null, null, List.of());
        Person ours = new Person("p2", "Nguyễn", "Tuấn Thanh", null, Nationality.VN, null, null, List.of());
        Map<String, String> out = EnglishNameOrder.of(Map.of("k1", "The delegation led by Mayor Naohide Hayakawa arrived.",
                "k2", "Mayor Hayakawa Naohide spoke; Naohidex Hayakawa is someone else."), List.of(mayor, ours));
        assertThat(out.get("k1")).isEqualTo("The delegation led by Mayor HAYAKAWA Naohide arrived.");
        assertThat(out.get("k2")).isEqualTo("Mayor HAYAKAWA Naohide spoke; Naohidex Hayakawa is someone else.");
    }

    @Test
    void aMunicipalityIsSaidAsItsNameSaysIt() {
        Labels en = new Labels("en");
        assertThat(PartnerKindWord.of(en, "municipality", "足利市", "Ashikaga City")).isEqualTo("City");
        assertThat(PartnerKindWord.of(en, "municipality", null, "Thành phố Ashikaga")).isEqualTo("City");
        assertThat(PartnerKindWord.of(new Labels("vi"), "municipality", "小国町")).isEqualTo("Thị trấn");
        assertThat(PartnerKindWord.of(en, "municipality", null, "Shiga")).isEqualTo(en.get("kind.municipality"));
        assertThat(PartnerKindWord.of(en, "prefecture", "北海道", "Hokkaido")).isEqualTo("Prefecture");
    }

    @Test
    void anAnniversaryIsSaidAndAFirstMeetingSpeaksOfTheProvincesTies() {
        Labels vi = new Labels("vi");
        List<TalkingPoint> speech = List.of(new TalkingPoint("welcome", "Chào mừng.", List.of(), List.of(1)),
                new TalkingPoint("closing", "Kính chúc.", List.of(), List.of(1)));
        var anniversary = new Anniversary("10 năm ký Biên bản ghi nhớ hợp tác đào tạo (27/10/2026, 7 tuần trước chuyến "
                + "thăm)", 10, PartialDate.of("2026-10-27"), List.of(2));
        // The first anniversary stays in the pack's list of dates: only a round one is said aloud.
        var first = new Anniversary("1 năm ký Thỏa thuận hợp tác (01/11/2026)", 1, PartialDate.of("2026-11-01"), List.of(4));
        var tie = new LinkItem("tỉnh Tottori", "hữu nghị", PartialDate.of("2015-04-01"), null, null, List.of(3));
        List<TalkingPoint> out = OccasionPoints.added(speech, new OccasionPoints.Occasion("tỉnh Cà Mau", "JICA", true,
                List.of(anniversary, first), List.of(tie), List.of()), vi);
        assertThat(out).extracting(TalkingPoint::text).containsExactly("Chào mừng.",
                "Năm nay, hai bên kỷ niệm 10 năm ký Biên bản ghi nhớ hợp tác đào tạo. Chúng tôi mong cùng phía Bạn đánh dấu"
                        + " dịp này bằng những kết quả hợp tác cụ thể.",
                "Tỉnh Cà Mau đã có quan hệ hữu nghị với tỉnh Tottori từ năm 2015. Chúng tôi mong chuyến thăm này mở ra "
                        + "quan hệ hợp tác giữa Tỉnh Cà Mau và JICA.",
                "Kính chúc.");
        assertThat(out.get(1).sources()).containsExactly(2);
        assertThat(out.get(2).sources()).containsExactly(3);
        // A pair that has met: no point of the province's other ties.
        assertThat(OccasionPoints.added(speech, new OccasionPoints.Occasion("tỉnh Cà Mau", "JICA", false, List.of(),
                List.of(tie), List.of()), vi)).isEqualTo(speech);
    }

    @Test
    void theWordFileKeepsTheLinesOfTheRecordsThePdfShows() throws Exception {
        try (DemoPacks packs = new DemoPacks(dir, store -> { }, DemoPacks.PAIRS.stream()
                .filter(p -> p.province().equals("quang-ninh") || p.province().equals("phu-tho")).toList(),
                DemoPacks::planned)) {
            for (String province : List.of("quang-ninh", "phu-tho")) {
                var pack = packs.pack(province, "vi");
                List<String> cells = new ArrayList<>();
                pack.docx().getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                        c.getParagraphs().forEach(p -> cells.addAll(List.of(FrontBriefTest.normal(p.getText()
                                .replace("\n", " \u0001 ")).split(" ?\u0001 ?")).stream()
                                .map(x -> x.replaceFirst(" \\[[\\d, ]+\\]$", "")).toList())))));
                pack.model().agreements().stream().filter(a -> !a.withPartner() && a.partnerName() != null)
                        .forEach(a -> assertThat(cells).as(province + ": the other partner of " + a.title())
                                .contains(FrontBriefTest.normal(a.partnerName())));
                var labels = pack.model().charts().categoryLabels();
                pack.model().requests().stream().filter(r -> r.categories().size() > 1).forEach(r -> assertThat(cells)
                        .as(province + ": the other categories of " + r.text()).contains(FrontBriefTest.normal(String.join(", ",
                                r.categories().subList(1, r.categories().size()).stream()
                                        .map(c -> labels.getOrDefault(c, c)).toList()))));
            }
        }
    }
}

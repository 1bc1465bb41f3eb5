package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * Issue 19: the leader says the same points, in the same order, whichever language the pack is in; every English
 * point is a sentence said aloud, never a note to the reader ("below", "Request:", "Done since:") nor a word of
 * the guest in the third person to his face ("The Ambassador is ready …"). On every demo pair and the first-meeting
 * pair, visited on one day.
 */
class PointsReadAloudTest {
    @TempDir
    static Path dir;
    static DemoPacks demo;
    static BriefService service;

    @BeforeAll
    static void open() {
        demo = new DemoPacks(dir, DemoPacks::people);
        service = demo.service;
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    static Stream<String> pairs() {
        return DemoPacks.PAIRS.stream().map(DemoPacks.Pair::province);
    }

    static List<TalkingPoint> points(String province, String lang) {
        List<TalkingPoint> points = service.assemble(BriefRequest.forVisit(DemoPacks.id(province), lang, null, null))
                .talkingPoints();
        if (System.getProperty("points.print") != null) {
            System.out.println("== " + province + " " + lang + " (" + points.size() + ")");
            points.forEach(p -> System.out.println(p.kind() + " | " + p.text() + " " + p.recordIds()));
        }
        return points;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theSamePointsInTheSameOrderInBothLanguages(String province) {
        List<TalkingPoint> vi = points(province, "vi");
        List<TalkingPoint> en = points(province, "en");
        assertThat(en.stream().map(p -> p.kind() + " " + p.recordIds()).toList())
                .isEqualTo(vi.stream().map(p -> p.kind() + " " + p.recordIds()).toList());
    }

    /**
     * The demo store's renderings of the new kinds (V020: agreement parties and fields, figures, gift items, link
     * notes) reach the English pack in place of the Vietnamese.
     */
    @org.junit.jupiter.api.Test
    void theNewKindsOfRenderingReachTheEnglishPack() {
        String gialai = text(service.xhtml(service.assemble(BriefRequest.forVisit(DemoPacks.id("gia-lai"), "en", null, null))));
        assertThat(gialai).contains("Gia Lai Province – Ashikaga City").contains("wood processing technology")
                .doesNotContain("Tỉnh Gia Lai – Thành phố Ashikaga").doesNotContain("kỹ thuật chế biến gỗ");
        String quangninh = text(service.xhtml(service.assemble(BriefRequest.forVisit(DemoPacks.id("quang-ninh"), "en",
                null, null))));
        assertThat(quangninh).contains("Japanese registered capital in Quang Ninh").contains("over 2.3 billion USD")
                .doesNotContain("Vốn đăng ký").doesNotContain("Lễ hội Hokkaido tại Hạ Long 2023");
        String phutho = text(service.xhtml(service.assemble(BriefRequest.forVisit(DemoPacks.id("phu-tho"), "en", null,
                null))));
        assertThat(phutho).contains("Bronze drum emblem").doesNotContain("Trống đồng")
                .doesNotContain("Được nêu là địa phương đối tác");
    }

    /** The forms-of-address table lists the people of this visit only: not an adviser of a past meeting. */
    @org.junit.jupiter.api.Test
    void theFormsOfAddressListOnlyThePeopleOfTheVisit() {
        BriefModel m = service.assemble(BriefRequest.forVisit(DemoPacks.id("quang-ninh"), "en", null, null));
        assertThat(m.delegation().people()).extracting(BriefModel.PersonItem::name)
                .containsExactly(m.visit().leader().name());
    }

    /** The XHTML's text, without its tags (names and dates are held together by spans). */
    static String text(String xhtml) {
        return xhtml.replaceAll("<[^>]+>", "").replace('\u00A0', ' ');
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void everyEnglishPointIsSaidAloud(String province) {
        for (TalkingPoint p : points(province, "en")) {
            String spoken = SpokenOnce.spoken(p.text());
            assertThat(spoken).as(p.text()).doesNotContain("below").doesNotContain("as follows")
                    .doesNotContain("Request:").doesNotContain("Done since:")
                    .doesNotContainPattern("(?<![Yy]ou, )\\bThe (Ambassador|Governor|Mayor|Consul)\\b")
                    .doesNotContain("H.E."); // read aloud, the abbreviation is "His Excellency"
            assertThat(p.text()).as(p.text()).doesNotContain("Request:").doesNotContain("Done since:");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theLegendSpeaksOfReadingsOnlyAboveATableThatHasThem(String province) {
        for (String lang : List.of("vi", "en")) {
            String xhtml = service.xhtml(service.assemble(BriefRequest.forVisit(DemoPacks.id(province), lang, null, null)));
            Labels l = new Labels(lang);
            boolean column = xhtml.contains("<th>" + l.get("col.reading") + "</th>") || xhtml.contains(">" + l.get("col.reading") + "<");
            assertThat(text(xhtml).contains(l.get("delegation.people.legend.readings"))).as(province + " " + lang)
                    .isEqualTo(column);
        }
    }

    @Test
    void aPostTakenFromTheRecordsCitesTheRecordNotTheVisit() {
        BriefModel m = service.assemble(BriefRequest.forVisit(DemoPacks.id("quang-ninh"), "vi", null, null));
        // [1] is the visit as typed when the pack was made; SUZUKI Naomichi's post was read in a meeting's article.
        assertThat(m.visit().leader().title().replace('\u00A0', ' ')).contains("tính đến");
        assertThat(m.visit().leader().sources()).isNotEmpty().doesNotContain(1);
    }
}

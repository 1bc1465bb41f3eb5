package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * Issue 19: talking points read aloud as they stand. No two points open or close with the same sentence; a
 * title after "ký" is a document; a promise of ours is said as ours, not asked of the guest; every person in the
 * front brief's delegation table has a form of address. Checked on short records of this test and on every demo
 * pair and the first-meeting pair, in both languages.
 */
class SpokenPointsTest {
    @TempDir
    static Path dir;
    static DemoPacks demo;
    static BriefService service;

    /** Sentences and clauses of a point's spoken part (the English pack's lines below it are record text). */
    static final Pattern BETWEEN = Pattern.compile("(?<=[;.])\\s+(?=\\p{L})");
    /** What a Vietnamese reader takes as a document after "ký" (general administrative words). */
    static final Pattern DOCUMENT = Pattern.compile("(?iu)(biên bản|bản ghi nhớ|thỏa thuận|thoả thuận|hiệp định|"
            + "văn bản|hợp đồng|ý định thư|kế hoạch|chương trình)\\b.*");

    @BeforeAll
    static void open() {
        // The demo pairs and a city receiving JICA for the first time.
        List<DemoPacks.Pair> pairs = new ArrayList<>(DemoPacks.PAIRS);
        pairs.add(new DemoPacks.Pair("ho-chi-minh", "jica", null, null));
        demo = new DemoPacks(dir, store -> { }, pairs, DemoPacks::people);
        service = demo.service;
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    static Stream<Arguments> packs() {
        return demo.provinces().stream().flatMap(p -> Stream.of(Arguments.of(p, "vi"), Arguments.of(p, "en")));
    }

    static BriefModel model(String province, String lang) {
        return service.assemble(BriefRequest.forVisit(DemoPacks.id(province), lang, null, null));
    }

    static List<String> sentences(String point) {
        String spoken = point.split("\n")[0];
        List<String> out = new ArrayList<>();
        for (String s : BETWEEN.split(spoken)) {
            out.add(Text.fold(s).toLowerCase(java.util.Locale.ROOT).replaceAll("[.;,\\s]+$", ""));
        }
        return out;
    }

    static void noSharedOpeningOrClosing(List<TalkingPoint> points) {
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                List<String> a = sentences(points.get(i).text());
                List<String> b = sentences(points.get(j).text());
                assertThat(b.get(0)).as("points %d and %d open alike:%n%s%n%s", i + 1, j + 1, points.get(i).text(),
                        points.get(j).text()).isNotEqualTo(a.get(0));
                assertThat(b.get(b.size() - 1)).as("points %d and %d close alike:%n%s%n%s", i + 1, j + 1,
                        points.get(i).text(), points.get(j).text()).isNotEqualTo(a.get(a.size() - 1));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("packs")
    void noTwoPointsShareAnOpeningOrClosingSentence(String province, String lang) {
        noSharedOpeningOrClosing(model(province, lang).talkingPoints());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("packs")
    void whatIsSignedIsSaidAsADocument(String province, String lang) {
        Pattern signed = Pattern.compile("(?:đã ký|ký kết|năm ký) (.+)");
        List<String> said = new ArrayList<>();
        BriefModel m = model(province, lang);
        m.talkingPoints().forEach(p -> said.add(p.text().split("\n")[0]));
        m.glance().anniversaries().forEach(a -> said.add(a.toString()));
        for (String s : said) {
            Matcher x = signed.matcher(s);
            while (x.find()) {
                assertThat(x.group(1)).as(s).matches(DOCUMENT);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("packs")
    void everyPersonInTheDelegationTableHasAFormOfAddress(String province, String lang) {
        BriefModel m = model(province, lang);
        List<PersonItem> people = new ArrayList<>(m.visit().hosts());
        if (m.visit().leader() != null) {
            people.add(m.visit().leader());
        }
        people.addAll(m.visit().members());
        assertThat(people).isNotEmpty();
        for (PersonItem p : people) {
            assertThat(p.address()).as(p.name()).isNotBlank();
            if (!p.japanese()) {
                assertThat(p.address()).as("our side is not called Ngài / H.E.").doesNotStartWith("Ngài")
                        .doesNotStartWith("H.E.");
            }
        }
        // And the table prints it: no row of a person with an empty third cell.
        String html = service.xhtml(m);
        String table = html.substring(html.indexOf("class=\"delegations\""));
        table = table.substring(0, table.indexOf("</table>"));
        Matcher row = Pattern.compile("<tr><td>(?!<b>[^<]*</b></td></tr>)(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>")
                .matcher(table);
        int rows = 0;
        Labels l = new Labels(lang);
        while (row.find()) {
            // "Head of the delegation not yet known" stands for no one: not a person's row.
            if (row.group(1).contains(Html.escape(l.get("empty.leader")))
                    || row.group(1).contains(Html.escape(l.get("cover.unset")))) {
                continue;
            }
            rows++;
            assertThat(row.group(3)).as("form of address of " + row.group(1)).isNotBlank();
        }
        assertThat(rows).isEqualTo(people.size());
    }

    @Test
    void aCityIsWelcomedToWithItsUnitAndAProvinceByItsName() {
        assertThat(model("ho-chi-minh", "vi").talkingPoints().get(0).text()).contains("tại Thành phố Hồ Chí Minh")
                .doesNotContain("tại Hồ Chí Minh");
        assertThat(model("gia-lai", "vi").talkingPoints().get(0).text()).contains("tại Gia Lai");
    }

    @Test
    void ourSideIsAddressedAsTheRecordsSayNeverBlank() {
        Addressing vi = new Addressing("vi");
        assertThat(vi.ours("Bà", "Lê Thị Hoa", "Phó Chủ tịch UBND tỉnh")).isEqualTo("Bà Lê Thị Hoa");
        assertThat(vi.ours("ông", "Lê Văn Nam", null)).isEqualTo("Ông Lê Văn Nam");
        // Nothing said of gender: the neutral form, never a guess.
        assertThat(vi.ours("đồng chí", "Lê Văn Nam", "Chủ tịch UBND tỉnh")).isEqualTo("Đồng chí Lê Văn Nam");
        assertThat(vi.ours(null, "Lê Văn Nam", null)).isEqualTo("Đồng chí Lê Văn Nam");
        Addressing en = new Addressing("en");
        assertThat(en.ours("Bà", "Lê Thị Hoa", null)).isEqualTo("Ms Le Thi Hoa");
        assertThat(en.ours("đồng chí", "Lê Văn Nam", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh"))
                .isEqualTo("Vice-Chair Le Van Nam");
        assertThat(en.ours(null, "Lê Văn Nam", null)).isEqualTo("Le Van Nam");
    }

    @Test
    void aTitleAfterKyIsADocument() {
        assertThat(AgreementTitles.asDocument("Thiết lập quan hệ hữu nghị hợp tác")).isEqualTo(
                "văn bản thiết lập quan hệ hữu nghị hợp tác");
        assertThat(AgreementTitles.asDocument("Hợp tác về giáo dục")).isEqualTo("văn bản hợp tác về giáo dục");
        assertThat(AgreementTitles.asDocument("Quan hệ đối tác chiến lược")).isEqualTo(
                "văn bản về quan hệ đối tác chiến lược");
        assertThat(AgreementTitles.asDocument("Biên bản ghi nhớ về nông nghiệp")).isEqualTo(
                "Biên bản ghi nhớ về nông nghiệp");
        assertThat(AgreementTitles.asDocument("Thoả thuận hợp tác")).isEqualTo("Thoả thuận hợp tác");
        assertThat(AgreementTitles.asDocument("Thu hút đầu tư")).isEqualTo("văn bản về thu hút đầu tư");
    }

    /** Short records of this test: two signings, two unanswered asks of theirs, one promise of ours stored as asked. */
    static List<TalkingPoint> derived(String lang) {
        return derived(lang, List.of(
                request("r1", Direction.JP_TO_VN, "Hỗ trợ thủ tục cho doanh nghiệp"),
                request("r2", Direction.JP_TO_VN, "Giới thiệu lao động kỹ thuật"),
                request("r3", Direction.VN_TO_JP, "Các doanh nghiệp sẽ mở rộng sản xuất, tỉnh sẽ hoàn thành quy hoạch"),
                request("r4", Direction.VN_TO_JP, "Tỉnh sẽ cải thiện môi trường đầu tư"),
                request("r5", Direction.VN_TO_JP, "Tiếp tục hỗ trợ đào tạo điều dưỡng")));
    }

    static List<TalkingPoint> derived(String lang, List<RequestItem> requests) {
        Labels l = new Labels(lang);
        Addressing addressing = new Addressing(lang);
        var points = new TalkingPoints(l, new FirstPerson(lang, addressing));
        List<AgreementItem> agreements = List.of(
                agreement("a1", "Biên bản ghi nhớ về đào tạo", "2025-10-27"),
                agreement("a2", "Thiết lập quan hệ hữu nghị và hợp tác", "2024-05-01"));
        return points.derive(new TalkingPoints.Guest("Ngài Thị trưởng A-ca", "Ngài Thị trưởng", "thành phố Aka"),
                new TalkingPoints.Host("tỉnh Lam", "Lam"), List.of(1), List.of(), List.of(), agreements, requests);
    }

    static AgreementItem agreement(String id, String title, String day) {
        return new AgreementItem(id, title, "mou", PartialDate.of(day), null, null, null, null, "Aka", true,
                List.of(2), "signed");
    }

    static RequestItem request(String id, Direction d, String text) {
        return new RequestItem(id, d, List.of(), text, RequestStatus.OPEN, PartialDate.of("2025-10-27"),
                PartialDate.of("2025-10-27"), 1, null, PartialDate.UNKNOWN, List.of(2));
    }

    @Test
    void pointsFromShortRecordsAreSaidOnceAndAsTheSignerWouldSayThem() {
        for (String lang : List.of("vi", "en")) {
            noSharedOpeningOrClosing(derived(lang));
        }
        List<String> vi = derived("vi").stream().map(TalkingPoint::text).toList();
        assertThat(vi).anySatisfy(p -> assertThat(p).startsWith("Hai bên đã ký văn bản thiết lập quan hệ hữu nghị"));
        assertThat(vi).noneSatisfy(p -> assertThat(p).contains("đã ký Thiết lập"));
        // The hope to implement together is said once.
        assertThat(vi.stream().filter(p -> p.contains("tiếp tục phối hợp triển khai")).count()).isEqualTo(1);
        // Our own promise is never asked of the guest.
        assertThat(vi).noneSatisfy(p -> assertThat(p).containsPattern("đề nghị .*(tỉnh|chúng tôi) sẽ"));
        assertThat(vi).anySatisfy(p -> assertThat(p).isEqualTo("Về phần mình, chúng tôi sẽ cải thiện môi trường đầu tư."));
        assertThat(vi).anySatisfy(p -> assertThat(p).contains("chúng tôi sẽ hoàn thành quy hoạch"));
        assertThat(vi).anySatisfy(p -> assertThat(p).contains("đề nghị Ngài Thị trưởng tiếp tục hỗ trợ đào tạo điều dưỡng"));
        // In English the sentence is the same for two asks of ours: said once, both records below it, none lost.
        List<TalkingPoint> en = derived("en", List.of(
                request("r1", Direction.JP_TO_VN, "Hỗ trợ thủ tục cho doanh nghiệp"),
                request("r2", Direction.JP_TO_VN, "Giới thiệu lao động kỹ thuật"),
                request("r5", Direction.VN_TO_JP, "Tiếp tục hỗ trợ đào tạo điều dưỡng"),
                request("r6", Direction.VN_TO_JP, "Kết nối doanh nghiệp hai bên")));
        noSharedOpeningOrClosing(en);
        for (String asked : List.of("Tiếp tục hỗ trợ đào tạo điều dưỡng", "Kết nối doanh nghiệp hai bên",
                "Hỗ trợ thủ tục cho doanh nghiệp", "Giới thiệu lao động kỹ thuật")) {
            assertThat(en).anySatisfy(p -> assertThat(p.text()).contains(asked));
        }
        assertThat(en.stream().flatMap(p -> p.recordIds().stream()).toList()).contains("r1", "r2", "r5", "r6");
        // Their two unanswered asks share one line to take, said once.
        assertThat(vi.stream().filter(p -> p.contains("chúng tôi ghi nhận")).count()).isEqualTo(1);
        assertThat(vi).anySatisfy(p -> assertThat(p).contains("“Hỗ trợ thủ tục cho doanh nghiệp” hoặc “Giới thiệu lao động kỹ thuật”"));
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The facts of grammar the statement model weighs (st13): the subject of the clause, whom an ask addresses, where
 * the sentence stands, reported speech and quotation, the past and an earlier visit; the labels a sentence gets from
 * an annotated gist; and that a model blind to the rules' drafts does not see them.
 */
class StatementFeaturesTest extends BareStoreTest {
    private static final String OPENING = StatementModelTest.OPENING;

    @AfterEach
    void rulesAloneAgain() {
        service.readStatementsWith(StatementReading.Use.rulesAlone());
    }

    private static Map<String, List<String>> featuresOf(String body) {
        return StatementModelTest.featuresOf(body);
    }

    private static List<String> grammarOf(Map<String, List<String>> all, String sentence) {
        assertThat(all).containsKey(sentence);
        return all.get(sentence).stream().filter(f -> f.startsWith("s:")).toList();
    }

    @Test
    void anAskByOurSideNamesWhomItAddressesAndWhereItStands() {
        String ask = "Chủ tịch Hoàng Nam đề nghị phía Nhật Bản hỗ trợ tỉnh đào tạo nguồn nhân lực ngành điều dưỡng.";
        String agreed = "Hai bên thống nhất sẽ ký kết biên bản ghi nhớ về nông nghiệp trong thời gian tới.";
        Map<String, List<String>> all = featuresOf(ask + "\n" + agreed + "\n");
        assertThat(grammarOf(all, ask)).contains("s:subject=vn", "s:ask_to=jp", "s:ask_by=vn", "s:cue=request")
                .doesNotContain("s:past", "s:quoted", "s:undrafted");
        assertThat(grammarOf(all, agreed)).contains("s:subject=both", "s:future", "s:position=last", "s:cue=agreement_verb");
        assertThat(grammarOf(all, OPENING.strip())).contains("s:position=first", "s:opens_paragraph");
    }

    @Test
    void reportedSpeechQuotationAndAnEarlierVisitAreSeen() {
        String recalled = "Ông Mori Taro nhớ lại chuyến thăm năm 2019 của đoàn, khi hai tỉnh đã trao đổi về du lịch.";
        String quoted = "Ông Mori Taro cho biết: “Tỉnh Tottori luôn coi Quảng Trị là người bạn thân thiết”.";
        String plain = "Tỉnh Quảng Trị có diện tích hơn 4.700 km2 với nhiều bãi biển đẹp.";
        Map<String, List<String>> all = featuresOf(recalled + "\n" + quoted + "\n" + plain + "\n");
        assertThat(grammarOf(all, recalled)).contains("s:past", "s:earlier_visit", "s:cue=recalled");
        assertThat(grammarOf(all, quoted)).contains("s:quoted", "s:reported_speech", "s:subject=jp");
        assertThat(grammarOf(all, plain)).contains("s:undrafted", "s:no_cue_verb", "s:position=last")
                .doesNotContain("s:quoted", "s:reported_speech", "s:past", "s:earlier_visit", "s:future");
    }

    @Test
    void aGistHeldInOrderLabelsItsSentenceNotOneThatOnlyHoldsItsWords() {
        List<String> sentences = List.of(
                "Các dự án của đối tác đã góp phần ứng phó với biến đổi khí hậu tại tỉnh.",
                "Tỉnh mong muốn đối tác tiếp tục hỗ trợ ứng phó biến đổi khí hậu và phòng chống thiên tai.",
                "Hai bên trao đổi về du lịch.");
        Map<String, String> row = new TreeMap<>(Map.of("kind", "request", "by", "VN", "to", "JP",
                "gist", "ứng phó biến đổi khí hậu"));
        assertThat(StatementTraining.labels(sentences, List.of(row))).containsExactly(StatementModel.Label.NONE,
                StatementModel.Label.REQUEST_VN, StatementModel.Label.NONE);
        // No sentence holds it in order: every one holding 70 % of its words does, as the judging script credits.
        row.put("gist", "biến đổi khí hậu ứng phó");
        assertThat(StatementTraining.labels(sentences, List.of(row))).containsExactly(StatementModel.Label.REQUEST_VN,
                StatementModel.Label.REQUEST_VN, StatementModel.Label.NONE);
    }

    @Test
    void aModelBlindToTheRulesWeighsNoneOfTheirDrafts() {
        List<StatementTraining.Example> examples = new java.util.ArrayList<>();
        for (String article : List.of("a/1", "a/2", "b/1", "b/2")) {
            examples.add(new StatementTraining.Example(article.substring(0, 1), article,
                    List.of("w:nghi", "s:verb=request", "s:drafted=request_vn_to_jp"), StatementModel.Label.REQUEST_VN));
            examples.add(new StatementTraining.Example(article.substring(0, 1), article,
                    List.of("w:ngay", "s:undrafted", "s:no_cue_verb"), StatementModel.Label.NONE));
        }
        String blind = StatementTraining.fit(examples, List.of("a", "b"), false, true).write();
        assertThat(blind).contains("s:verb=request\t", "w:nghi\t").doesNotContain("s:drafted", "s:undrafted");
        assertThat(StatementTraining.fit(examples, List.of("a", "b"), false, false).write()).contains("s:drafted=request_vn_to_jp\t");
    }

    @Test
    void aModelThatOnlyAddsNeverTurnsTheRulesDirectionRound() {
        // A model sure that every sentence is an ask by the Japanese side.
        double[] jp = {0, 0, 9, 0, 0, 0};
        StatementModel sure = new StatementModel(Map.of(), jp, "");
        String body = "Chủ tịch Hoàng Nam đề nghị tỉnh Tottori hỗ trợ tỉnh đào tạo nguồn nhân lực ngành điều dưỡng.\n";
        service.readStatementsWith(new StatementReading.Use(sure, null, 1.1, 1.1));
        assertThat(draftOf(OPENING + body, "only-adds.txt").requests()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
        service.readStatementsWith(new StatementReading.Use(sure, null, 0.6, 1.1));
        assertThat(draftOf(OPENING + body, "turned.txt").requests()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.direction()).isEqualTo("jp_to_vn"));
    }
}

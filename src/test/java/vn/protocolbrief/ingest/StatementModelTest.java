package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The learned statement model: the shipped file reads each kind, training is repeatable, words of one article go. */
class StatementModelTest extends BareStoreTest {
    static final String OPENING = "Ngày 8/4/2025, Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam tiếp ông Mori Taro, "
            + "Thống đốc tỉnh Tottori (Nhật Bản).\n";

    @AfterEach
    void shippedModelAgain() {
        service.readStatementsWith(StatementReading.Use.rulesAlone());
    }

    /** Each body sentence's features, as the importer computes them for the model (StatementFeaturesTest too). */
    static Map<String, List<String>> featuresOf(String body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        service.readStatementsWith(StatementReading.Use.rulesAlone().observing(out::put));
        draftOf(OPENING + body, "model.txt");
        return out;
    }

    @Test
    void theShippedModelReadsEachKind() {
        StatementModel model = StatementModel.bundled();
        assertThat(model).isNotNull();
        assertThat(model.features()).isGreaterThan(50);
        Map<String, StatementModel.Label> want = new LinkedHashMap<>();
        want.put("Chủ tịch Hoàng Nam đề nghị tỉnh Tottori hỗ trợ tỉnh đào tạo nguồn nhân lực ngành điều dưỡng.",
                StatementModel.Label.REQUEST_VN);
        want.put("Thống đốc Mori Taro cảm ơn lãnh đạo tỉnh Quảng Trị đã dành cho đoàn sự đón tiếp trọng thị.",
                StatementModel.Label.THANKS);
        want.put("Hai bên thống nhất sẽ ký kết biên bản ghi nhớ hợp tác về nông nghiệp trong thời gian tới.",
                StatementModel.Label.AGREEMENT);
        want.put("Ông Hoàng Nam khẳng định tỉnh Quảng Trị cam kết sẽ tạo mọi điều kiện thuận lợi cho các doanh nghiệp Nhật Bản.",
                StatementModel.Label.COMMITMENT);
        want.put("Ông Mori Taro bày tỏ mong muốn quan hệ hữu nghị giữa hai địa phương ngày càng phát triển tốt đẹp.",
                StatementModel.Label.NONE);
        Map<String, List<String>> features = featuresOf(String.join("\n", want.keySet()) + "\n");
        Map<String, StatementModel.Label> read = new LinkedHashMap<>();
        want.keySet().forEach(sentence -> read.put(sentence, model.classify(features.get(sentence))));
        assertThat(read).isEqualTo(want);
    }

    @Test
    void theSameExamplesGiveTheSameFileToTheByte() {
        List<StatementTraining.Example> examples = examples();
        String first = StatementTraining.fit(examples, List.of("a", "b")).write();
        String second = StatementTraining.fit(new ArrayList<>(examples), List.of("a", "b")).write();
        assertThat(first).isEqualTo(second).contains("w:nghi\t");
    }

    @Test
    void aWordOfOneArticleIsNotAFeature() {
        List<StatementTraining.Example> examples = examples();
        java.util.Set<String> kept = StatementTraining.general(examples);
        assertThat(kept).contains("w:nghi", "s:verb=request").doesNotContain("w:metan");
        StatementModel model = StatementTraining.fit(examples, List.of("a", "b"));
        assertThat(model.write()).doesNotContain("w:metan").contains("w:nghi");
    }

    @Test
    void aModelFileReadsBackAsWritten() throws Exception {
        StatementModel model = StatementTraining.fit(examples(), List.of("a", "b"));
        StatementModel again = StatementModel.read(new BufferedReader(new StringReader(model.write())));
        assertThat(again.write()).isEqualTo(model.write());
        assertThat(again.classify(List.of("w:nghi", "s:verb=request"))).isEqualTo(StatementModel.Label.REQUEST_VN);
    }

    /** Four articles in two sets; "metan" is in one article only, "nghi" in all of them. */
    private static List<StatementTraining.Example> examples() {
        List<StatementTraining.Example> out = new ArrayList<>();
        String[][] articles = {{"a", "a/1"}, {"a", "a/2"}, {"b", "b/1"}, {"b", "b/2"}};
        for (String[] a : articles) {
            List<String> ask = new ArrayList<>(List.of("w:nghi", "s:verb=request"));
            if (a[1].equals("a/1")) {
                ask.add("w:metan");
            }
            out.add(new StatementTraining.Example(a[0], a[1], ask, StatementModel.Label.REQUEST_VN));
            out.add(new StatementTraining.Example(a[0], a[1], List.of("w:cam", "w:on", "s:verb=thanks"),
                    StatementModel.Label.THANKS));
            out.add(new StatementTraining.Example(a[0], a[1], List.of("w:ngay", "s:no_cue_verb"), StatementModel.Label.NONE));
        }
        return out;
    }
}

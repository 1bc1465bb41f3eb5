package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.EnglishRenderingService;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * Issue 19: the composer's visit form takes the English of the venue, purpose, issuing office and programme items
 * (what `visit edit --venue-en --purpose-en --office-en --programme-en` sets), keeps them through the same service,
 * shows them again with the visit, and the English pack (PDF's XHTML and Word) prints them.
 */
class VisitEnglishInComposerFxTest extends WindowFixture {
    String visitId;

    @Start
    void start(Stage stage) throws Exception {
        begin(stage);
    }

    @Override
    Locale locale() {
        return Locale.forLanguageTag("vi-VN");
    }

    @Override
    void prepare(Store store) {
        visitId = VisitService.newId();
        // Texts the phrasebook does not know, so only the officer's English can put them into English.
        new VisitService(store).save(new Visit(visitId, "phu-tho", "embassy-of-japan", PartialDate.of("2026-12-03"),
                "09:00", "Nhà khách Hùng Vương", "Bàn kế hoạch lễ hội mùa xuân", new Visit.Attendee("ito-naoki", null,
                null), List.of(), List.of(new Visit.Attendee("tran-duy-dong", null, null)), null,
                List.of(new Visit.ProgrammeItem("09:00", "Thăm làng gốm Hương Canh")), "Văn phòng Đoàn đại biểu",
                null, null, List.of()));
    }

    @Test
    void theOfficerTypesTheEnglishAndTheEnglishPackShowsIt(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn("#tab-composer");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#record-outcome").tryQuery()
                .map(Node::isDisabled).orElse(true) == false);
        type(robot, "#visit-venue-en", "Hung Vuong Guest House");
        type(robot, "#visit-purpose-en", "Planning the spring festival");
        type(robot, "#programme-en-0", "Visit to Huong Canh pottery village");
        type(robot, "#visit-office-en", "Office of the Delegation");
        scrollTo(robot, "#save-visit");
        robot.clickOn("#save-visit");
        EnglishRenderingService english = new EnglishRenderingService(store);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> english.get(EnglishRendering.VISIT_OFFICE, visitId, 0)
                .isPresent());
        assertThat(english.get(EnglishRendering.VISIT_VENUE, visitId, 0)).hasValueSatisfying(r -> assertThat(r.text())
                .isEqualTo("Hung Vuong Guest House"));
        assertThat(english.get(EnglishRendering.VISIT_PURPOSE, visitId, 0)).isPresent();
        assertThat(english.get(EnglishRendering.VISIT_PROGRAMME, visitId, 0)).hasValueSatisfying(r ->
                assertThat(r.text()).isEqualTo("Visit to Huong Canh pottery village"));
        assertThat(dialogs.shown).noneMatch(s -> s.startsWith("error:"));

        // Shown again with the visit: the form reads them back from the store.
        var form = window.composer().form();
        robot.interact(() -> form.venueEnProperty().set(""));
        robot.interact(() -> window.composer().choose(new VisitService(store).list("phu-tho", "embassy-of-japan")
                .stream().filter(v -> v.id().equals(visitId)).findFirst().orElseThrow()));
        assertThat(form.venueEnProperty().get()).isEqualTo("Hung Vuong Guest House");

        BriefService packs = new BriefService(store, Clock.systemUTC());
        var model = packs.assemble(BriefRequest.forVisit(visitId, "en", null, null));
        String xhtml = packs.xhtml(model).replace('\u00A0', ' ');
        String word;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(packs.docx(model)));
             var text = new XWPFWordExtractor(doc)) {
            word = text.getText().replace('\u00A0', ' ');
        }
        for (String pack : List.of(xhtml, word)) {
            // (The cover sets the office in capitals.)
            assertThat(pack.toLowerCase(Locale.ROOT)).contains("hung vuong guest house", "planning the spring festival",
                    "visit to huong canh pottery village", "office of the delegation")
                    .doesNotContain("nhà khách hùng vương", "thăm làng gốm", "văn phòng đoàn");
        }
    }
}

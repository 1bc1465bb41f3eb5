package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.domain.VisitOutcome;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitOutcomeService;
import vn.protocolbrief.service.VisitService;

/**
 * Issues 18/19: an agreement is said as its record has it. Agreed in words ("thống nhất") is never printed as
 * signed ("đã ký"), in the talking points, the letter or the changes since the last meeting; a signed one still is.
 */
class AgreementStatusWordsTest {
    private static final String AGREED = "tăng cường giao lưu thanh niên giữa hai địa phương";
    private static final String SIGNED = "Biên bản ghi nhớ về đào tạo điều dưỡng";

    @TempDir
    Path dir;

    @Test
    void theTalkingPointsSayAgreedOrSignedAsTheRecordSays() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            RecordService records = new RecordService(store);
            // Recorded as a sentence, with its full stop: the point goes on after it ("…; chúng tôi mong …").
            records.saveAgreement(agreement("agr-words", AGREED + ".", "agreed"));
            records.saveAgreement(agreement("agr-paper", SIGNED, "signed"));
            new VisitService(store).save(visit("v-words"));
            BriefService service = new BriefService(store, Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"),
                    ZoneId.of("Asia/Ho_Chi_Minh")));

            List<String> vi = points(service, "vi");
            assertThat(vi).anySatisfy(p -> assertThat(p).contains("hai bên đã thống nhất: " + AGREED));
            assertThat(vi).noneSatisfy(p -> assertThat(p).contains("đã ký " + AGREED));
            assertThat(vi).noneSatisfy(p -> assertThat(p).contains(".;"));
            assertThat(vi).anySatisfy(p -> assertThat(p).startsWith("Hai bên đã ký " + SIGNED));

            List<String> en = points(service, "en");
            // No English rendering: the point does not point "below" at the Vietnamese original it shows (issue 19).
            assertThat(en).anySatisfy(p -> assertThat(p).contains("reached an agreement").contains(AGREED)
                    .doesNotContain("signed"));
            assertThat(en).anySatisfy(p -> assertThat(p).contains("signed an agreement").contains(SIGNED));
        }
    }

    @Test
    void theLetterListsAPointAgreedInWordsWithoutSayingItWasSigned() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            new VisitService(store).save(visit("v-letter"));
            VisitOutcomeService outcomes = new VisitOutcomeService(store);
            String meeting = outcomes.record(new VisitOutcome("v-letter", List.of(), List.of(), List.of(AGREED),
                    List.of(), null), LocalDate.of(2026, 12, 4));
            RecordService records = new RecordService(store);
            Agreement saved = store.reads(r -> r.agreements("phu-tho", "embassy-of-japan").stream()
                    .filter(a -> meeting.equals(a.meetingId())).findFirst().orElseThrow());
            records.saveAgreement(new Agreement(saved.id(), saved.meetingId(), saved.provinceId(),
                    saved.provinceAsWritten(), saved.partnerId(), saved.kind(), saved.title(), saved.signedOn(),
                    saved.parties(), saved.fields(), "agreed", saved.sourceId()));

            String vi = new ThankYouLetters(store).draft("v-letter", "vi").plainText();
            assertThat(vi).contains("hai bên đã thống nhất").contains(AGREED).doesNotContain("Ký kết " + AGREED);
            String en = new ThankYouLetters(store).draft("v-letter", "en").plainText();
            assertThat(en).contains("A point agreed").doesNotContain("The signing of");
        }
    }

    @Test
    void eachStatusHasItsOwnWords() {
        assertThat(AgreementWords.of("agreed")).isEqualTo(AgreementWords.AGREED);
        assertThat(AgreementWords.of("proposed")).isEqualTo(AgreementWords.PROPOSED);
        assertThat(List.of("signed", "in_effect", "expired")).allMatch(s -> AgreementWords.of(s) == AgreementWords.SIGNED);
    }

    private static List<String> points(BriefService service, String lang) {
        return service.assemble(BriefRequest.forVisit("v-words", lang, null, null)).talkingPoints().stream()
                .map(BriefModel.TalkingPoint::text).toList();
    }

    private static Agreement agreement(String id, String title, String status) {
        return new Agreement(id, null, "phu-tho", "Phú Thọ", "embassy-of-japan", "agreement", title,
                PartialDate.of("2026-10-20"), null, null, status, null);
    }

    private static Visit visit(String id) {
        return new Visit(id, "phu-tho", "embassy-of-japan", PartialDate.of("2026-12-03"), "09:30", null, null,
                new Visit.Attendee("ito-naoki", null, null), List.of(),
                List.of(new Visit.Attendee("tran-duy-dong", null, null)), null, List.of(), null, null, null, List.of());
    }
}

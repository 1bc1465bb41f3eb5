package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.domain.VisitOutcome;
import vn.protocolbrief.service.CommitmentService;
import vn.protocolbrief.service.EnglishRenderingService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitOutcomeService;
import vn.protocolbrief.service.VisitService;

/**
 * Issue 21 with issue 19: the English thank-you letter names the agreed points and next steps in the officer's English
 * renderings; a point without one is quoted as the Vietnamese original, marked, in a paragraph of its own.
 */
class EnglishLetterTest {
    static final Pattern VIETNAMESE = Packs.VIETNAMESE;

    @TempDir
    Path dir;

    @Test
    void theEnglishLetterNamesTheAgreedPointsInEnglishAndTheVietnameseLetterIsUnchanged() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            new VisitService(store).save(new Visit("v-letter", "gia-lai", "ashikaga", PartialDate.of("2026-11-20"),
                    "09:00", null, null, new Visit.Attendee("hayakawa-naohide", null, null), List.of(),
                    List.of(new Visit.Attendee("nguyen-tuan-thanh", null, null)), null, List.of(), null, null, null,
                    List.of()));
            String meeting = new VisitOutcomeService(store).record(new VisitOutcome("v-letter", List.of(),
                    List.of(new VisitOutcome.Promise(Side.JP, "Cử đoàn doanh nghiệp khảo sát vùng trồng cà phê",
                            PartialDate.of("2027-01-15"), null)),
                    List.of("Biên bản ghi nhớ về đào tạo nhân lực"), List.of(),
                    "Hai bên thống nhất tăng cường giao lưu thanh niên."), LocalDate.of(2026, 11, 21));
            ThankYouLetters letters = new ThankYouLetters(store);
            String vietnameseBefore = letters.draft("v-letter", "vi").plainText();
            List<ThankYouLetter.Paragraph> before = letters.draft("v-letter", "en").paragraphs();
            // Without renderings: each point is the original, marked, never inside an English sentence.
            assertThat(before).filteredOn(p -> VIETNAMESE.matcher(p.text()).find())
                    .extracting(ThankYouLetter.Paragraph::text).hasSize(3).allMatch(t -> t.startsWith("[VI] "));

            EnglishRenderingService english = new EnglishRenderingService(store);
            Commitment promised = new CommitmentService(store).ofMeeting(meeting).get(0);
            english.set("commitment", promised.id(), 0, "send a business delegation to survey the coffee-growing areas");
            english.set("outcome", meeting, 0, "The two sides agreed to strengthen youth exchanges.");
            String agreement = store.reads(r -> r.agreements("gia-lai", "ashikaga").stream()
                    .filter(a -> meeting.equals(a.meetingId())).findFirst().orElseThrow().id());
            english.set("agreement", agreement, 0, "the Memorandum of Understanding on Human Resources Training");

            ThankYouLetter letter = letters.draft("v-letter", "en");
            String body = String.join("\n", letter.paragraphs().stream().map(ThankYouLetter.Paragraph::text).toList());
            assertThat(body).contains("The two sides agreed to strengthen youth exchanges.",
                    "The signing of the Memorandum of Understanding on Human Resources Training.",
                    "send a business delegation to survey the coffee-growing areas (by 15 January 2027)");
            assertThat(body).doesNotContainPattern(VIETNAMESE).doesNotContain("[VI]");
            assertThat(letters.draft("v-letter", "vi").plainText()).isEqualTo(vietnameseBefore);

            // The Word and PDF files say the same.
            Path docx = letters.write(letter, dir.resolve("letter-en.docx"));
            Path pdf = letters.write(letter, dir.resolve("letter-en.pdf"));
            for (Path file : List.of(docx, pdf)) {
                String text = LetterFiles.text(file).replaceAll("\\s+", " ");
                assertThat(text).as(file.toString()).contains("strengthen youth exchanges",
                        "Memorandum of Understanding on Human Resources Training", "survey the coffee")
                        .doesNotContain("Biên bản", "Hai bên thống nhất", "Cử đoàn").doesNotContainPattern(VIETNAMESE);
            }
        }
    }
}

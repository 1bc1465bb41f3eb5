package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Issue 21: the letter's closing ("Yours sincerely," / "Trân trọng./") is never left alone above a signature moved
 * to the next page, and a letter of a few points is one page, in either language.
 */
class LetterPagesTest {
    @TempDir
    Path dir;

    @Test
    void aLetterOfAFewPointsIsOnePage() throws IOException {
        try (Store store = Store.open(dir.resolve("letter.db"))) {
            ThankYouLetters letters = letters(store, "v-three", 3);
            for (String lang : List.of("en", "vi")) {
                Path pdf = letters.write(letters.draft("v-three", lang), dir.resolve("letter-" + lang + ".pdf"));
                try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                    assertThat(d.getNumberOfPages()).as(lang + " pages").isEqualTo(1);
                }
            }
        }
    }

    @Test
    void whateverItsLengthTheClosingIsOnThePageOfTheSignature() throws IOException {
        try (Store store = Store.open(dir.resolve("letter.db"))) {
            for (int points = 1; points <= 10; points++) {
                ThankYouLetters letters = letters(store, "v-" + points, points);
                for (String lang : List.of("en", "vi")) {
                    ThankYouLetter letter = letters.draft("v-" + points, lang);
                    Path pdf = letters.write(letter, dir.resolve("letter-" + points + "-" + lang + ".pdf"));
                    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                        int closing = pageHolding(d, letter.regards());
                        int signature = pageHolding(d, letter.signerPost().get(0));
                        assertThat(closing).as(points + " points, " + lang + ": the page of \"" + letter.regards()
                                + "\" (" + d.getNumberOfPages() + " pages)").isPositive().isEqualTo(signature);
                    }
                }
            }
        }
    }

    @Test
    void theWordLetterKeepsItsLastWordsAndClosingWithTheSignatureWhichNeverSplits() throws IOException {
        try (Store store = Store.open(dir.resolve("letter.db"))) {
            ThankYouLetters letters = letters(store, "v-word", 3);
            for (String lang : List.of("en", "vi")) {
                ThankYouLetter letter = letters.draft("v-word", lang);
                Path docx = letters.write(letter, dir.resolve("letter-" + lang + ".docx"));
                try (var in = java.nio.file.Files.newInputStream(docx);
                     var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                    var body = d.getParagraphs();
                    int closing = -1;
                    for (int i = 0; i < body.size(); i++) {
                        if (body.get(i).getText().equals(letter.regards())) {
                            closing = i;
                        }
                    }
                    assertThat(closing).as(lang + ": the closing").isPositive();
                    assertThat(body.get(closing).isKeepNext()).as(lang + ": the closing keeps with the signature").isTrue();
                    assertThat(body.get(closing - 1).isKeepNext()).as(lang + ": the last words keep with the closing")
                            .isTrue();
                    var signature = d.getTables().get(d.getTables().size() - 1).getRow(0);
                    assertThat(signature.getCell(1).getText()).contains(letter.signerPost().get(0));
                    assertThat(signature.isCantSplitRow()).as(lang + ": the signature block never splits").isTrue();
                }
            }
        }
    }

    private static int pageHolding(PDDocument d, String text) throws IOException {
        String wanted = text.replaceAll("\\s+", " ").strip();
        for (int page = 1; page <= d.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(d).replaceAll("\\s+", " ").contains(wanted)) {
                return page;
            }
        }
        return -1;
    }

    /** A visit done with {@code points} agreed points and next steps, each rendered in English. */
    private static ThankYouLetters letters(Store store, String visitId, int points) {
        new VisitService(store).save(new Visit(visitId, "gia-lai", "ashikaga", PartialDate.of("2026-11-20"),
                "09:00", null, null, new Visit.Attendee("hayakawa-naohide", null, null), List.of(),
                List.of(new Visit.Attendee("nguyen-tuan-thanh", null, null)), null, List.of(), null, null, null,
                List.of()));
        List<VisitOutcome.Promise> promises = new java.util.ArrayList<>();
        List<String> signed = new java.util.ArrayList<>();
        for (int i = 1; i <= points; i++) {
            promises.add(new VisitOutcome.Promise(i % 2 == 0 ? Side.VN : Side.JP,
                    "Phối hợp xây dựng kế hoạch trao đổi đoàn lần thứ " + i + " trong lĩnh vực nông nghiệp và du lịch",
                    PartialDate.of("2027-0" + (1 + i % 9) + "-15"), null));
            signed.add("Biên bản ghi nhớ hợp tác số " + i + " về đào tạo nguồn nhân lực");
        }
        String meeting = new VisitOutcomeService(store).record(new VisitOutcome(visitId, List.of(), promises, signed,
                List.of(), "Hai bên thống nhất tăng cường giao lưu thanh niên và hợp tác địa phương."),
                LocalDate.of(2026, 11, 21));
        EnglishRenderingService english = new EnglishRenderingService(store);
        int n = 0;
        for (Commitment c : new CommitmentService(store).ofMeeting(meeting)) {
            english.set("commitment", c.id(), 0, "work together on exchange plan number " + (++n)
                    + " for agriculture and tourism");
        }
        english.set("outcome", meeting, 0, "The two sides agreed to strengthen youth exchanges and local cooperation.");
        n = 0;
        for (var a : store.reads(r -> r.agreements("gia-lai", "ashikaga"))) {
            if (meeting.equals(a.meetingId())) {
                english.set("agreement", a.id(), 0, "the Memorandum of Understanding number " + (++n)
                        + " on human resources training");
            }
        }
        return new ThankYouLetters(store);
    }
}

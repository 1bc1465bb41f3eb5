package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.domain.VisitOutcome;
import vn.protocolbrief.service.VisitOutcomeService;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * The thank-you letter names where the meeting took place as its record has it: one place in the thanks sentence,
 * several as a list under it; in English in the officer's or the phrasebook's English, else the original marked on a
 * line of its own. In the Word and PDF files too.
 */
class LetterPlacesTest {
    @TempDir
    Path dir;

    private static String visit(Store store, String id, String venue) {
        new VisitService(store).save(new Visit(id, "gia-lai", "ashikaga", PartialDate.of("2026-11-20"), "09:00", venue,
                null, new Visit.Attendee("hayakawa-naohide", null, null), List.of(),
                List.of(new Visit.Attendee("nguyen-tuan-thanh", null, null)), null, List.of(), null, null, null,
                List.of()));
        return new VisitOutcomeService(store).record(new VisitOutcome(id, List.of(), List.of(), List.of(), List.of(),
                "Hai bên thống nhất tăng cường hợp tác."), LocalDate.of(2026, 11, 21));
    }

    private static String body(ThankYouLetter letter) {
        return String.join("\n", letter.paragraphs().stream().map(p -> (p.item() ? "- " : "") + p.text()).toList());
    }

    @Test
    void onePlaceIsSaidInTheThanksAndSeveralAreListed() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            visit(store, "v-one", "Trụ sở UBND tỉnh");
            visit(store, "v-two", "Trụ sở UBND tỉnh; Nhà máy chế biến cà phê Ia Grai");
            visit(store, "v-none", null);
            ThankYouLetters letters = new ThankYouLetters(store);

            assertThat(letters.draft("v-one", "vi").paragraphs().get(0).text())
                    .contains("đã đến thăm và làm việc với tỉnh Gia Lai").endsWith(" tại Trụ sở UBND tỉnh.");
            assertThat(letters.draft("v-one", "en").paragraphs().get(0).text())
                    .endsWith(" at Provincial People's Committee headquarters.");

            String vi = body(letters.draft("v-two", "vi"));
            assertThat(vi).contains("Đoàn đã đến thăm và làm việc tại:\n- Trụ sở UBND tỉnh;\n"
                    + "- Nhà máy chế biến cà phê Ia Grai.");
            assertThat(letters.draft("v-two", "vi").paragraphs().get(0).text()).doesNotContain(" tại ");
            // In English: the phrasebook's English of the first; the second only in Vietnamese, marked, on its own line.
            String en = body(letters.draft("v-two", "en"));
            assertThat(en).contains("as recorded in Vietnamese only:\n- Provincial People's Committee headquarters;\n"
                    + "- [VI] Nhà máy chế biến cà phê Ia Grai");
            assertThat(en.lines().filter(l -> !l.contains("[VI]"))).noneMatch(l -> Packs.VIETNAMESE.matcher(l).find());

            // No venue recorded: no place is made up.
            assertThat(body(letters.draft("v-none", "vi"))).doesNotContain(" tại ", "đến thăm và làm việc tại:");

            for (String file : List.of("two.docx", "two.pdf")) {
                Path out = letters.write(letters.draft("v-two", "vi"), dir.resolve(file));
                assertThat(LetterFiles.text(out).replaceAll("\\s+", " ")).as(file)
                        .contains("Trụ sở UBND tỉnh", "Nhà máy chế biến cà phê Ia Grai");
            }
        }
    }
}

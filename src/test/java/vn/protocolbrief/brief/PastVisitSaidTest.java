package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * Issue 19: a visit whose day was already past when the pack was made was printed as coming ("Thời gian 01/11/2026"),
 * only the officer's screen warned. The pack is still made (an office files it after the day) and says the day is
 * past where it prints the day, in PDF and Word; a coming visit has no such mark.
 */
class PastVisitSaidTest {
    @TempDir
    Path dir;

    @Test
    void aPastDayIsMarkedPastOnTheCoverAndTheProgramme() throws Exception {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            BriefService service = Packs.service(store); // made on 22/11/2026
            save(store, "v-past", "2026-11-01");
            save(store, "v-coming", "2026-12-03");
            for (String lang : List.of("vi", "en")) {
                String mark = lang.equals("vi") ? "01/11/2026, 09:30 (đã qua)" : "1 November 2026, 09:30 (past)";
                BriefRequest past = BriefRequest.forVisit("v-past", lang, null, null);
                String xhtml = service.xhtml(service.assemble(past)).replace('\u00A0', ' ')
                        .replaceAll("<[^>]+>", ""); // names held by no-break spaces and spans
                assertThat(xhtml.split(java.util.regex.Pattern.quote(mark), -1).length - 1).as("cover and programme")
                        .isGreaterThanOrEqualTo(2);
                Path word = dir.resolve(lang + ".docx");
                service.generate(past, word, BriefService.Format.DOCX);
                assertThat(LetterFiles.text(word).replace('\u00A0', ' ')).contains(mark);
                String coming = service.xhtml(service.assemble(BriefRequest.forVisit("v-coming", lang, null, null)));
                assertThat(coming).doesNotContain("(đã qua)").doesNotContain("(past)");
            }
        }
    }

    private static void save(Store store, String id, String date) {
        new VisitService(store).save(new Visit(id, "phu-tho", "embassy-of-japan", PartialDate.of(date), "09:30", null,
                null, new Visit.Attendee("ito-naoki", null, null), List.of(),
                List.of(new Visit.Attendee("tran-duy-dong", null, null)), null, List.of(), null, null, null, List.of()));
    }
}

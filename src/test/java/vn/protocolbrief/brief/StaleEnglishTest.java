package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.EnglishRenderingService;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * Stale English: a rendering keeps the Vietnamese it was written for; when the record's Vietnamese (a visit's
 * purpose, a meeting's outcome) is edited afterwards, the English pack quotes the new Vietnamese as the original with a
 * note for the officer, never the old English, and the service (`english --stale`) lists it until the English is set
 * again.
 */
class StaleEnglishTest {
    @TempDir
    Path dir;

    private static Visit visit(String purpose) {
        return new Visit("v-stale", "gia-lai", "ashikaga", PartialDate.of("2026-12-03"), "09:00", null, purpose,
                new Visit.Attendee("hayakawa-naohide", null, null), List.of(),
                List.of(new Visit.Attendee("nguyen-tuan-thanh", null, null)), null, List.of(), null, null, null,
                List.of());
    }

    private static String englishPack(Store store) {
        BriefService packs = new BriefService(store, Clock.systemUTC());
        return packs.xhtml(packs.assemble(BriefRequest.forVisit("v-stale", "en", null, null))).replace('\u00A0', ' ');
    }

    @Test
    void anEditedVietnameseTextIsQuotedWithANoteUntilItsEnglishIsWrittenAgain() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            VisitService visits = new VisitService(store);
            visits.save(visit("Bàn kế hoạch lễ hội mùa xuân"));
            EnglishRenderingService english = new EnglishRenderingService(store);
            english.set(EnglishRendering.VISIT_PURPOSE, "v-stale", 0, "Planning the spring festival");
            RecordService records = new RecordService(store);
            Meeting m = store.reads(r -> r.history("gia-lai", null)).stream()
                    .filter(x -> "ashikaga".equals(x.partnerId()) && x.outcome() != null).findFirst().orElseThrow();
            english.set(EnglishRendering.OUTCOME, m.id(), 0, "Outcome as the officer rendered it");
            assertThat(englishPack(store)).contains("Planning the spring festival", "Outcome as the officer rendered it")
                    .doesNotContain("out of date");
            assertThat(english.stale()).isEmpty();

            // The Vietnamese is edited after the English was written.
            visits.save(visit("Bàn kế hoạch lễ hội mùa thu"));
            records.saveMeeting(new Meeting(m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), m.venue(),
                    m.partnerId(), m.title(), m.summary(), "Hai bên thống nhất mở văn phòng đại diện.", m.sourceIds(),
                    m.participants(), m.requests(), m.gifts()));
            String pack = englishPack(store);
            assertThat(pack).doesNotContain("Planning the spring festival", "Outcome as the officer rendered it")
                    .contains("Bàn kế hoạch lễ hội mùa thu (English out of date",
                            "Hai bên thống nhất mở văn phòng đại diện.</span> <span class=\"orig\">(English out of date");
            // The Word file says the same, on the original's own line.
            BriefService words = new BriefService(store, Clock.systemUTC());
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                    words.docx(words.assemble(BriefRequest.forVisit("v-stale", "en", null, null)))));
                 var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
                assertThat(text.getText().replace('\u00A0', ' ')).doesNotContain("Planning the spring festival")
                        .contains("[VI] Hai bên thống nhất mở văn phòng đại diện. (English out of date",
                                "[VI] Bàn kế hoạch lễ hội mùa thu (English out of date");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(english.stale()).extracting(s -> s.rendering().kind() + ": " + s.rendered() + " -> "
                    + s.original()).containsExactlyInAnyOrder(
                    "visit_purpose: Bàn kế hoạch lễ hội mùa xuân -> Bàn kế hoạch lễ hội mùa thu",
                    "outcome: " + m.outcome() + " -> Hai bên thống nhất mở văn phòng đại diện.");
            // The Vietnamese pack is as it always was.
            BriefService packs = new BriefService(store, Clock.systemUTC());
            assertThat(packs.xhtml(packs.assemble(BriefRequest.forVisit("v-stale", "vi", null, null))))
                    .doesNotContain("bản tiếng Anh đã cũ");

            // Written again: current.
            english.set(EnglishRendering.VISIT_PURPOSE, "v-stale", 0, "Planning the autumn festival");
            english.set(EnglishRendering.OUTCOME, m.id(), 0, "The two sides agreed to open a representative office.");
            assertThat(englishPack(store)).contains("Planning the autumn festival",
                    "The two sides agreed to open a representative office.").doesNotContain("out of date");
            assertThat(english.stale()).isEmpty();
        }
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.EnglishRenderingService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitService;

/**
 * Issue 19: with the officer's English renderings of a pair's records, the English pack (XHTML laid out as the PDF,
 * and the Word file) shows them instead of the Vietnamese; no word with Vietnamese diacritics stands outside text
 * marked as the original; the Vietnamese pack is unchanged.
 */
class EnglishRenderingPackTest {
    @TempDir
    Path dir;

    @Test
    void theEnglishPackShowsTheRenderingsAndTheVietnamesePackIsUnchanged() throws Exception {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            BriefService service = Packs.service(store);
            new VisitService(store).save(new Visit("v-en", "phu-tho", "embassy-of-japan", PartialDate.of("2026-12-03"),
                    "09:30", null, null, new Visit.Attendee("ito-naoki", null, null), List.of(),
                    List.of(new Visit.Attendee("tran-duy-dong", null, null)), null, List.of(), null, null, null,
                    List.of()));
            // The demo store ships English renderings of its records: taken away first, so that this test adds its own.
            EnglishRenderingService demoEnglish = new EnglishRenderingService(store);
            for (Meeting m : store.reads(r -> r.history("phu-tho", "embassy-of-japan"))) {
                Map<String, String> texts = new LinkedHashMap<>();
                texts.put("outcome", m.outcome());
                texts.put("summary", m.summary());
                texts.put("title", m.title());
                texts.put("venue", m.venue());
                texts.forEach((kind, text) -> {
                    if (text != null) {
                        demoEnglish.set(kind, m.id(), 0, null);
                    }
                });
                for (var r : m.requests()) {
                    demoEnglish.set("request", r.id(), 0, null);
                    for (int f = 0; f < r.followUps().size(); f++) {
                        demoEnglish.set("note", r.id(), f, null);
                    }
                }
            }
            for (var a : store.reads(r -> r.agreements("phu-tho", "embassy-of-japan"))) {
                demoEnglish.set("agreement", a.id(), 0, null);
            }
            BriefRequest en = BriefRequest.forVisit("v-en", "en", null, null);
            BriefRequest vi = BriefRequest.forVisit("v-en", "vi", null, null);
            String englishBefore = service.xhtml(service.assemble(en));
            String vietnameseBefore = service.xhtml(service.assemble(vi));

            // Every request, note, outcome, summary, title, venue, agreement and commitment of the pair gets a rendering.
            Map<String, String> rendered = new LinkedHashMap<>();
            EnglishRenderingService english = new EnglishRenderingService(store);
            int n = 0;
            List<Meeting> meetings = store.reads(r -> r.history("phu-tho", "embassy-of-japan"));
            for (Meeting m : meetings) {
                for (var r : m.requests()) {
                    n = render(english, rendered, "request", r.id(), 0, r.text(), n);
                    for (int f = 0; f < r.followUps().size(); f++) {
                        n = render(english, rendered, "note", r.id(), f, r.followUps().get(f).note(), n);
                    }
                }
                n = render(english, rendered, "outcome", m.id(), 0, m.outcome(), n);
                n = render(english, rendered, "summary", m.id(), 0, m.summary(), n);
                n = render(english, rendered, "title", m.id(), 0, m.title(), n);
                n = render(english, rendered, "venue", m.id(), 0, m.venue(), n);
            }
            for (var a : store.reads(r -> r.agreements("phu-tho", "embassy-of-japan"))) {
                n = render(english, rendered, "agreement", a.id(), 0, a.title(), n);
            }
            for (var c : store.reads(r -> r.commitments("phu-tho", "embassy-of-japan"))) {
                n = render(english, rendered, "commitment", c.id(), 0, c.text(), n);
            }

            BriefModel model = service.assemble(en);
            String englishAfter = service.xhtml(model);
            int shownBefore = 0;
            for (var e : rendered.entrySet()) {
                String original = Html.escape(SpeechText.quoted(e.getKey()));
                if (englishBefore.contains(original)) {
                    shownBefore++;
                    assertThat(englishAfter).as("the original of a rendered text").doesNotContain(original);
                    assertThat(englishAfter).as("its rendering").contains(SpeechText.quoted(e.getValue()));
                }
            }
            assertThat(shownBefore).as("rendered texts the English pack quoted as the original").isGreaterThanOrEqualTo(3);
            assertThat(marks(englishAfter)).as("[VI] marks").isLessThan(marks(englishBefore));
            assertThat(Packs.vietnameseOutsideOriginals(englishAfter)).isEmpty();
            assertThat(service.xhtml(service.assemble(vi))).isEqualTo(vietnameseBefore);

            Path word = dir.resolve("en.docx");
            service.generate(en, word, BriefService.Format.DOCX);
            String docx = LetterFiles.text(word);
            assertThat(rendered.values().stream().filter(docx::contains).count()).isGreaterThanOrEqualTo(shownBefore);
            try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(word)))) {
                List<String> runs = Packs.vietnameseRunsOutsideOriginals(d);
                assertThat(runs).as("Vietnamese runs outside [VI] in Word").isEmpty();
            }
        }
    }

    private static int render(EnglishRenderingService english, Map<String, String> rendered, String kind, String id,
                              int note, String original, int n) {
        if (original == null || original.isBlank() || rendered.containsKey(original)) {
            return n;
        }
        String text = "English rendering number " + (n + 1) + " of a " + kind + ".";
        english.set(kind, id, note, text);
        rendered.put(original, text);
        return n + 1;
    }

    private static int marks(String xhtml) {
        return xhtml.split(Pattern.quote("<span class=\"orig\">"), -1).length - 1;
    }
}

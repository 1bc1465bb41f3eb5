package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.PartnerRepository;

/**
 * What a tester would not sign in packs of imported articles (rd13, issue 19), on short records of our own: a partner
 * with no English name said in English sentences, a post half English and half Vietnamese, a pack of reviewed records
 * saying "first meeting" while an unreviewed one exists, a handover said as an agreement, names and dates broken.
 */
class RealArticlePacksTest extends PackStoreTest {
    static final String NO_EN = "Liên hiệp Doanh nghiệp vùng Kita";
    static final String UNI = "Trường Đại học Kita";

    @BeforeAll
    static void saveRecords() {
        store.write(h -> {
            new PartnerRepository().upsert(h, new Partner("x12-lien-hiep", PartnerKind.ASSOCIATION, NO_EN, null, null,
                    null, null, List.of()));
            new PartnerRepository().upsert(h, new Partner("x12-dai-hoc", PartnerKind.UNIVERSITY, UNI, "Kita University",
                    null, null, null, List.of()));
            return null;
        });
        RecordService records = new RecordService(store);
        records.savePerson(new Person("x12-higashi", "HIGASHIKUNINOMIYA", "Masatoshi", null, Nationality.JP, "Ông",
                null, List.of(new Position("x12-higashi-p", "Hiệu trưởng trường Đại học Kita", UNI, "x12-dai-hoc",
                        null, PartialDate.of("2026-06"), PartialDate.UNKNOWN, null))));
        // The federation's last meeting handed two projects over.
        records.saveMeeting(new Meeting("x12-m1", PartialDate.of("2026-03-10"), "cao-bang", null, "TP. Cao Bằng",
                "x12-lien-hiep", "Lễ bàn giao dự án X12", null,
                "bàn giao 02 dự án X12 do phía Bạn tài trợ (trường A; cầu B)", List.of(), List.of(), List.of(),
                List.of()));
        // The university's only meeting nobody has reviewed.
        records.saveMeeting(new Meeting("x12-m2", PartialDate.of("2026-04-02"), "cao-bang", null, null, "x12-dai-hoc",
                "Làm việc với Đại học Kita", null, null, List.of(), List.of(), List.of(), List.of()));
        store.write(h -> h.execute("DELETE FROM meeting_review WHERE meeting_id = ?", "x12-m2"));
    }

    static Packs.Pack pack(String partner, String leader, String lang, boolean reviewedOnly) throws IOException {
        return pack(new BriefRequest("cao-bang", partner, leader, LocalDate.of(2026, 12, 3), lang, null, null, null,
                reviewedOnly), "x12-" + partner + "-" + lang + (reviewedOnly ? "-reviewed" : ""));
    }

    @Test
    void aPartnerWithNoEnglishNameIsNeverSaidInVietnameseInsideAnEnglishSentence() throws IOException {
        Packs.Pack p = pack("x12-lien-hiep", null, "en", false);
        for (String text : List.of(p.pdfText(), p.docxText().replace('\u00A0', ' ').replace("\u2060", ""))) {
            // Every time the name stands, it stands as the marked original, never inside an English sentence.
            assertThat(text).contains("[VI] " + NO_EN);
            assertThat(text.replace("[VI] " + NO_EN, "").lines().filter(line -> line.contains("vùng Kita")).toList())
                    .isEmpty();
        }
        // Printed once, marked, under the title; the officer is told how to give it an English name.
        assertThat(p.pdfText().lines().filter(line -> line.contains(NO_EN)).count()).isLessThanOrEqualTo(2);
        assertThat(OfficerNotes.of(p.model(), LocalDate.of(2026, 11, 22), "en"))
                .anySatisfy(n -> assertThat(n).contains("no English name", "import-json"));
    }

    @Test
    void aPostEndingWithThePartnersNameIsWholeEnglish() throws IOException {
        Packs.Pack p = pack("x12-dai-hoc", "x12-higashi", "en", false);
        for (String text : List.of(p.pdfText(), p.docxText())) {
            text = text.replace("\u2060", "").replaceAll("[\\s\u00A0]+", " ");
            assertThat(text).contains("President, Kita University").doesNotContain("[VI] trường", "President [VI]");
        }
    }

    @Test
    void reviewedRecordsWithoutAMeetingSayNotThatThereWasNone() throws IOException {
        Packs.Pack p = pack("x12-dai-hoc", null, "vi", true);
        Labels l = new Labels("vi");
        for (String text : List.of(p.pdfText().replaceAll("\\s+", " "), p.docxText().replaceAll("\\s+", " "))) {
            assertThat(text).doesNotContain(l.get("front.first"), l.get("front.purpose.first"))
                    .contains(l.format("front.noneReviewed", 1));
        }
        // Without the option the unreviewed meeting is there, and the pack says so as before.
        assertThat(pack("x12-dai-hoc", null, "vi", false).pdfText()).doesNotContain(l.get("front.first"));
    }

    @Test
    void aHandoverIsSaidAsWhatWasHandedOverNotAsAnAgreement() throws IOException {
        String vi = pack("x12-lien-hiep", null, "vi", false).pdfText().replaceAll("\\s+", " ");
        assertThat(vi).contains("đã diễn ra việc bàn giao 02 dự án X12").doesNotContain("thống nhất");
        String en = pack("x12-lien-hiep", null, "en", false).pdfText().replaceAll("\\s+", " ");
        assertThat(en).contains("handed over").doesNotContain("what our two sides agreed");
    }

    @Test
    void readingsDatesSourceNumbersAndAbbreviatedCitiesAreNotBroken() throws IOException {
        for (String lang : List.of("vi", "en")) {
            Packs.Pack p = pack("x12-dai-hoc", "x12-higashi", lang, false);
            List<String> lines = p.pdfText().lines().map(String::strip).toList();
            assertThat(lines).as(lang).noneMatch(line -> line.matches(".*\\p{L}-$"))
                    .noneMatch(line -> line.matches("^/\\d{4}.*"))
                    .noneMatch(line -> line.matches(".*\\[\\d+$") || line.startsWith("]"))
                    .noneMatch(line -> line.endsWith("TP.") || line.endsWith(" dẫn"));
        }
    }
}

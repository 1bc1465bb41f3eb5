package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.protocolbrief.brief.Packs.Pack;

/**
 * Issue 19, pk11: a reply of theirs recorded over a year before the visit is never said as today's ("đến tháng
 * 11/2025, chúng tôi đã chỉ đạo …" for a visit on 3/12/2026): the leader says the province will review the progress
 * and inform the partner; the dated record and "confirm the current status" go to the officer, never into the pack.
 */
class StaleRepliesTest {
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    @Test
    void theVietnamesePackSaysTheReviewAndTheOfficerGetsTheDatedRecord() throws Exception {
        Pack p = demo.packs().pack("phu-tho", "vi");
        for (String text : new String[] {flat(p.pdfText()), flat(p.docxText())}) {
            assertThat(text).doesNotContain("trả lời: đến tháng", "đến tháng 11/2025")
                    .contains("trả lời: tháng 11/2025, chúng tôi đã chỉ đạo")
                    .contains("; chúng tôi tiếp tục theo dõi và sẽ thông tin thêm tới Quý vị.").doesNotContain("để phía Bạn nắm")
                    .doesNotContain("xác nhận tình hình hiện tại");
        }
        assertThat(OfficerNotes.of(p.model(), LocalDate.of(2026, 11, 22), "vi"))
                .anySatisfy(n -> assertThat(n).contains("hồ sơ ghi nhận gần nhất (25/11/2025) là “Tỉnh đã chỉ đạo")
                        .endsWith("xác nhận tình hình hiện tại trước buổi làm việc."));
    }

    @Test
    void theEnglishPackSaysItToo() throws Exception {
        Pack p = demo.packs().pack("phu-tho", "en");
        for (String text : new String[] {flat(p.pdfText()), flat(p.docxText())}) {
            // Said to the guests as the Vietnamese says it ("tháng 11/2025, chúng tôi đã …": "As of November 2025,
            // we …"), not a formula about records (rd19a: "As our records of November 2025 show" twice on one page).
            assertThat(text).doesNotContain("answer that as of", "answer that as of 11/2025")
                    .doesNotContain("records of November").contains("“As of November 2025, we")
                    .contains("we keep following your request up and will keep you informed.”")
                    .doesNotContain("confirm the current status");
        }
        assertThat(OfficerNotes.of(p.model(), LocalDate.of(2026, 11, 22), "en"))
                .anySatisfy(n -> assertThat(n).contains("the latest record (25 November 2025) says “Tỉnh đã chỉ đạo")
                        .endsWith("confirm the current status before the meeting."));
    }

    /** One line, the no-break spaces and joiners that hold a date or a name together read as the spaces they are. */
    private static String flat(String text) {
        return text.replace('\u00A0', ' ').replace("\u2060", "").replaceAll("\\s+", " ");
    }
}

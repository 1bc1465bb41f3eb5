package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.Packs.Pack;
import vn.protocolbrief.domain.Visit;

/**
 * Issue 19: packs built from imported articles, not only from the demo's hand-made records, are in English in an
 * English pack. The records are what the importer makes of two short articles of our own, saved without a headline:
 * a province as written of a merged predecessor (Hà Nam, now Ninh Bình), a host with a chain of posts ("Phó Bí thư
 * Tỉnh uỷ, Chủ tịch UBND tỉnh, Trưởng đoàn ĐBQH tỉnh …"), a gift from a body to a delegation, a centrally-run city
 * written "TPHCM" with its council's chairman. Vietnamese may stand only in text marked as the original, in the PDF
 * (its XHTML) and in the Word file; nothing is passed off as English by losing its diacritics.
 */
class ImportedPacksInEnglishTest extends PackStoreTest {
    static final String MERGED = "Chiều 14/5/2024, tại trụ sở UBND tỉnh, ông Lê Văn Hùng, Phó Bí thư Tỉnh uỷ, Chủ tịch "
            + "UBND tỉnh, Trưởng đoàn ĐBQH tỉnh Hà Nam đã tiếp Đoàn công tác tỉnh Tottori (Nhật Bản) do ông Hirai Shinji, "
            + "Thống đốc tỉnh Tottori làm trưởng đoàn.\n\nTại buổi tiếp, Thống đốc Hirai Shinji đề nghị tỉnh Hà Nam tiếp "
            + "tục tạo điều kiện cho doanh nghiệp Tottori tìm hiểu cơ hội đầu tư.\n\nUBND tỉnh Hà Nam tặng Đoàn công tác "
            + "tỉnh Tottori quà lưu niệm.\n";
    static final String CITY = "Sáng 9/10/2024, Chủ tịch HĐND TPHCM Phan Văn Tâm đã tiếp và làm việc với Đoàn đại biểu "
            + "tỉnh Kagawa (Nhật Bản) do ông Ikeda Toyohito, Thống đốc tỉnh Kagawa dẫn đầu.\n\nThống đốc Ikeda Toyohito "
            + "mong muốn TP.HCM hỗ trợ kết nối doanh nghiệp hai bên trong lĩnh vực nông nghiệp công nghệ cao.\n\nChủ tịch "
            + "HĐND TPHCM Phan Văn Tâm tặng Thống đốc Ikeda Toyohito quà lưu niệm.\n";

    @BeforeAll
    static void importAndPlan() {
        imported(MERGED, CITY);
        Visit.ProgrammeItem[] programme = {new Visit.ProgrammeItem("09:30", "Đón đoàn"),
                new Visit.ProgrammeItem("10:00", "Hội đàm")};
        courtesyCall("v-merged", "ninh-binh", "pref-tottori", "hirai-shinji", "le-van-hung", "Trụ sở UBND tỉnh",
                programme);
        courtesyCall("v-city", "ho-chi-minh", "pref-kagawa", "ikeda-toyohito", "phan-van-tam", "Trụ sở HĐND Thành phố",
                programme);
    }

    @Test
    void theEnglishPackOfImportedRecordsHasVietnameseOnlyInMarkedOriginals() throws IOException {
        for (String visit : List.of("v-merged", "v-city")) {
            Pack p = pack(BriefRequest.forVisit(visit, "en", null, null), visit + "-en");
            assertThat(Packs.vietnameseOutsideOriginals(p.xhtml())).as(visit + ": Vietnamese outside [VI]").isEmpty();
            assertThat(Packs.strippedOutsideOriginals(Packs.outsideOriginals(p.xhtml())))
                    .as(visit + ": Vietnamese without its marks outside [VI]").isEmpty();
            assertThat(OriginalsOnTheirOwnLineTest.marksInsideLines(p.xhtml(), new Labels("en").get("original.legend")))
                    .as(visit + ": [VI] inside an English line").isEmpty();
            assertThat(Packs.vietnameseRunsOutsideOriginals(p.docx())).as(visit + ": Vietnamese outside [VI] in Word")
                    .isEmpty();
            assertThat(Packs.strippedOutsideOriginals(Packs.wordOutsideOriginals(p.docx())))
                    .as(visit + ": Vietnamese without its marks in Word").isEmpty();
        }
    }

    @Test
    void aCentrallyRunCityIsACityInItsGiftAndItsName() throws IOException {
        BriefModel en = service.assemble(BriefRequest.forVisit("v-city", "en", null, null));
        BriefModel vi = service.assemble(BriefRequest.forVisit("v-city", "vi", null, null));
        assertThat(en.glance().giftAdvice().idea()).doesNotContainIgnoringCase("province");
        assertThat(vi.glance().giftAdvice().idea()).doesNotContain("tỉnh");
        assertThat(vi.talkingPoints().get(0).text()).contains("tại Thành phố Hồ Chí Minh")
                .doesNotContain("tại Hồ Chí Minh");
        BriefModel merged = service.assemble(BriefRequest.forVisit("v-merged", "en", null, null));
        assertThat(merged.glance().giftAdvice().idea()).doesNotContainIgnoringCase("city");
    }
}

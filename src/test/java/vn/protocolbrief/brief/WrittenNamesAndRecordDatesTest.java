package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.Packs.Pack;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;

/**
 * What the readers of packs built from imported articles found (issue 19): the cover wrote the guest's name as its
 * Vietnamese reading ("Ngài Thống đốc Hi-rai …"), which is for saying it aloud, not for a title; a post read in an
 * article pasted as text (no publication date) was shown as held now however old the meeting; and a province the
 * 2025 reform left as it was was said to have been "merged" from itself.
 */
class WrittenNamesAndRecordDatesTest extends PackStoreTest {
    static final String ARTICLE = "Chiều 14/5/2024, tại trụ sở UBND tỉnh, ông Lê Văn Hùng, Chủ tịch UBND tỉnh Thanh Hóa "
            + "đã tiếp Đoàn công tác tỉnh Tottori (Nhật Bản) do ông Hirai Shinji, Thống đốc tỉnh Tottori làm trưởng đoàn."
            + "\n\nTại buổi tiếp, Thống đốc Hirai Shinji đề nghị tỉnh Thanh Hóa tiếp tục tạo điều kiện cho doanh nghiệp "
            + "Tottori tìm hiểu cơ hội đầu tư.\n";

    @BeforeAll
    static void importAndPlan() {
        imported(ARTICLE);
        courtesyCall("v-late", "thanh-hoa", "pref-tottori", "hirai-shinji", "le-van-hung", "Trụ sở UBND tỉnh");
    }

    @Test
    void theCoverWritesTheGuestsNameAndTheSpeechSaysItsReading() throws IOException {
        Pack vi = pack(BriefRequest.forVisit("v-late", "vi", null, null), "late-vi");
        var leader = vi.model().visit().leader();
        assertThat(leader.reading()).as("a Japanese guest has a reading").isNotBlank();
        assertThat(leader.address()).contains(leader.reading());
        assertThat(leader.writtenAddress()).contains("HIRAI Shinji").doesNotContain(leader.reading());
        String title = squeezed("do " + leader.writtenAddress() + " dẫn đầu");
        assertThat(squeezed(vi.pages().get(0))).contains(title);
        assertThat(squeezed(vi.docxText())).contains(title);
    }

    @Test
    void aPostReadInAnUndatedArticleIsDatedByItsMeeting() {
        BriefRequest request = BriefRequest.forVisit("v-late", "vi", null, null);
        assertThat(service.stalePosts(request)).extracting(StalePost::asOf).contains(PartialDate.of("2024-05"));
        assertThat(service.assemble(request).visit().leader().title().replace('\u00A0', ' ')).endsWith("(tính đến 05/2024)");
    }

    @Test
    void aProvinceTheReformLeftAsItWasIsNotSaidToBeMerged() throws IOException {
        Pack vi = pack(BriefRequest.forVisit("v-late", "vi", null, null), "province-vi");
        assertThat(vi.model().province().unchanged()).isTrue();
        assertThat(vi.pdfText().replaceAll("\\s+", " ")).contains(new Labels("vi").get("province.unchanged"));
        assertThat(vi.docxText()).contains(new Labels("vi").get("province.unchanged"));
        assertThat(new BriefModel.ProvincePart("Ninh Bình", List.of("Ninh Bình", "Hà Nam", "Nam Định"), List.of(),
                List.of(), List.of()).unchanged()).isFalse();
    }

    @Test
    void aPrefectureIsNotSaidToBelongToItselfAndACityIsToItsPrefecture() {
        VisitService visits = new VisitService(store);
        visits.save(new Visit("v-pref", "quang-ninh", "pref-hokkaido", PartialDate.of("2026-12-03"), "09:30",
                "Trụ sở UBND tỉnh", "Chào xã giao", null, List.of(), List.of(), null, List.of(), null, null, null,
                List.of()));
        assertThat(service.assemble(BriefRequest.forVisit("v-pref", "vi", null, null)).delegation().prefecture())
                .isNull();
        assertThat(service.assemble(BriefRequest.forVisit("v-late", "vi", null, null)).delegation().prefecture())
                .as("Tottori is itself a prefecture").isNull();
        visits.save(new Visit("v-city", "gia-lai", "ashikaga", PartialDate.of("2026-12-03"), "09:30",
                "Trụ sở UBND tỉnh", "Chào xã giao", null, List.of(), List.of(), null, List.of(), null, null, null,
                List.of()));
        assertThat(service.assemble(BriefRequest.forVisit("v-city", "vi", null, null)).delegation().prefecture())
                .startsWith("Tỉnh Tochigi");
    }

    /** Text without its spaces, the no-break ones included: lines wrap differently in PDF and Word. */
    static String squeezed(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", "");
    }
}

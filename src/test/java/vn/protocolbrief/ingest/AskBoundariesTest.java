package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where an ask ends and what belongs to it (texts written for this test, general Vietnamese grammar): a purpose
 * clause and a quoted name are inside one ask, and a year after the asking word is a deadline of the ask, not the
 * time it was made.
 */
class AskBoundariesTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn An tiếp ông Sato Ken, "
            + "Thống đốc tỉnh Shimane (Nhật Bản).\n";

    @Test
    void aPurposeClauseIsNotASecondAct() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An đề nghị tỉnh Shimane giới thiệu thêm nhà đầu tư để góp phần phát triển và mở rộng \
                ngành chế biến gỗ của tỉnh Hà Tĩnh.
                """, "purpose.txt");
        assertThat(d.requests()).hasSize(1);
    }

    @Test
    void aQuotedNameIsOneNoun() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An đề nghị tỉnh Shimane hỗ trợ vốn cho dự án “Cải tạo kênh tiêu thoát nước phía Bắc và \
                xây dựng trạm bơm cho thị xã Kỳ Anh”.
                """, "quoted.txt");
        assertThat(d.requests()).hasSize(1);
    }

    @Test
    void coordinatedActsOutsidePurposeAndQuotesAreStillCut() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An đề nghị tỉnh Shimane hỗ trợ đào tạo điều dưỡng viên cho bệnh viện tỉnh và giới \
                thiệu doanh nghiệp đầu tư vào khu công nghiệp của tỉnh.
                """, "two-acts.txt");
        assertThat(d.requests()).hasSize(2);
    }

    @Test
    void aYearAfterTheAskingWordIsADeadline() {
        Draft d = draftOf(OPENING + """
                Tại buổi làm việc, tỉnh Hà Tĩnh đã đề nghị tỉnh Shimane gia hạn chương trình hỗ trợ kỹ thuật cho \
                ngành thủy sản đến năm 2028.
                """, "deadline.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }

    @Test
    void aYearBeforeTheAskingWordStillSetsItEarlier() {
        Draft d = draftOf(OPENING + """
                Năm 2021, tỉnh Hà Tĩnh đã đề nghị tỉnh Shimane gia hạn chương trình hỗ trợ kỹ thuật cho ngành thủy sản.
                """, "earlier.txt");
        assertThat(d.requests()).isEmpty();
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Cụ thể, …" after an ask spells out its items; but when the specifics are a clause of their own, with a subject
 * before its own asking verb, that clause says who asks whom (texts written for this test).
 */
class SpelledOutClauseTest extends BareStoreTest {
    @Test
    void specificsWithTheirOwnAskingSubjectAreReadAsTheirOwnAsk() {
        Draft d = draftOf("Ngày 12/3/2025, Phó Chủ tịch UBND TP Hồ Chí Minh Lê Văn Nam tiếp ông Ito Ken, Thị trưởng TP "
                + "Nagoya (Nhật Bản).\n" + """
                Bên cạnh đó, ông Lê Văn Nam mong muốn đẩy mạnh hợp tác giao thông. Cụ thể, TP Hồ Chí Minh mong muốn \
                TP Nagoya có thể giúp TP xây dựng hệ thống xe buýt điện.
                """, "own-clause.txt");
        assertThat(d.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
        assertThat(d.requests()).anySatisfy(r -> assertThat(r.text()).contains("xe buýt điện")
                .doesNotContain("mong muốn"));
    }
    /**
     * "Cụ thể, …" spells out the ask right before it: an earlier ask of the same sentence that names no field (an
     * invitation to attend) is an ask of its own, not part of the umbrella.
     */
    @Test
    void anEarlierAskOfTheSentenceStandsBesideTheSpelledOutUmbrella() {
        Draft d = draftOf("Ngày 12/3/2025, Chủ tịch UBND tỉnh Nam Định Lê Văn Tâm làm việc với ông Sato Ken, Tổng Lãnh sự "
                + "Nhật Bản tại TP Hồ Chí Minh.\n" + """
                Chủ tịch UBND tỉnh trân trọng mời Ngài Tổng Lãnh sự tham dự và phát biểu tại lễ khai mạc của sự kiện, đồng \
                thời mong muốn Tổng Lãnh sự quán tích cực hỗ trợ tỉnh tổ chức sự kiện. Cụ thể là hỗ trợ tỉnh mời các \
                hiệp hội doanh nghiệp tham gia; hỗ trợ tỉnh giới thiệu sự kiện trên các kênh thông tin của Tổng Lãnh sự quán.
                """, "invitation-beside-umbrella.txt");
        assertThat(d.requests()).allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"))
                .extracting(Draft.RequestDraft::text)
                .anySatisfy(t -> assertThat(t).contains("lễ khai mạc"))
                .anySatisfy(t -> assertThat(t).contains("hiệp hội doanh nghiệp"))
                .anySatisfy(t -> assertThat(t).contains("kênh thông tin"))
                .noneSatisfy(t -> assertThat(t).contains("tổ chức sự kiện"));
    }
}

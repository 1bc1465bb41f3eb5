package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who a statement is said by, from the sentence's structure: the subject of a second predicate ("… và mong muốn …")
 * is the sentence's subject, not the side named in the first predicate's object; an ask told as a noun ("đề nghị
 * của lãnh đạo tỉnh trong việc …") is that side's; a wish that the other side "sẽ" act is asked of them; background
 * and a hope for a state of both sides ask nothing (texts written for this test).
 */
class WhoSpeaksTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Chủ tịch UBND tỉnh Nam Định Lê Văn Tâm tiếp ông Sato Ken, "
            + "Trưởng đại diện JETRO tại Hà Nội.\n";

    @Test
    void aSecondPredicateIsSaidByTheSentencesSubjectNotBySideInTheObject() {
        Draft d = draftOf(OPENING + """
                Tại buổi làm việc, ông Sato Ken đánh giá cao sự hỗ trợ của tỉnh Nam Định đối với các doanh nghiệp Nhật Bản.
                Ngoài ra, ông cũng ghi nhận ý kiến của lãnh đạo tỉnh Nam Định và mong muốn nhận được thêm số liệu chi tiết \
                về các khu công nghiệp đang mời gọi đầu tư.
                """, "second-predicate.txt");
        assertThat(d.requests()).hasSize(1);
        assertThat(d.requests().get(0).direction()).isEqualTo("jp_to_vn");
        assertThat(d.requests().get(0).text()).contains("số liệu chi tiết");
    }

    @Test
    void anAskToldAsANounIsTheAskOfTheSideNamedAfterIt() {
        Draft d = draftOf(OPENING + """
                Ông Sato Ken cho biết JETRO sẽ xem xét đề nghị của lãnh đạo tỉnh trong việc tổ chức hội nghị xúc tiến \
                đầu tư tại Osaka vào năm tới.
                """, "noun-ask.txt");
        assertThat(d.requests()).anySatisfy(r -> {
            assertThat(r.direction()).isEqualTo("vn_to_jp");
            assertThat(r.text()).contains("hội nghị xúc tiến");
        });
    }

    @Test
    void theOtherSideWillInsideAWishIsAskedOfThemNotTheirPromise() {
        Draft d = draftOf(OPENING + """
                Ông Sato Ken mong muốn trong bối cảnh các doanh nghiệp Nhật Bản đang mở rộng sản xuất, tỉnh Nam Định sẽ \
                tiếp tục lắng nghe ý kiến của doanh nghiệp qua các buổi đối thoại định kỳ.
                """, "other-side-will.txt");
        assertThat(d.commitments()).isEmpty();
        assertThat(d.requests()).hasSize(1);
        assertThat(d.requests().get(0).direction()).isEqualTo("jp_to_vn");
        assertThat(d.requests().get(0).text()).contains("lắng nghe").doesNotContain("bối cảnh");
    }

    @Test
    void aHopeThatBothSidesWillHaveMoreChancesAsksNothing() {
        Draft d = draftOf(OPENING + """
                Ông Sato Ken mong muốn hai bên sẽ tiếp tục có thêm nhiều cơ hội hợp tác mới, nhất là trong những lĩnh vực \
                tỉnh Nam Định có thế mạnh.
                Chủ tịch Lê Văn Tâm mong muốn hai bên tiếp tục có sự phối hợp chặt chẽ, tăng cường tổ chức các đoàn doanh \
                nghiệp Nhật Bản đến tìm hiểu cơ hội đầu tư tại tỉnh.
                """, "state-hope.txt");
        assertThat(d.requests()).hasSize(1);
        assertThat(d.requests().get(0).direction()).isEqualTo("vn_to_jp");
        assertThat(d.requests().get(0).text()).contains("đoàn doanh nghiệp");
    }

    @Test
    void actsJoinedByCungNhuAreAskedOneByOneButANounListStaysWhole() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn Tâm đề nghị JETRO hỗ trợ tổ chức hội chợ nông sản tại Osaka cũng như giới thiệu doanh \
                nghiệp chế biến thực phẩm đầu tư vào tỉnh Nam Định.
                Chủ tịch Lê Văn Tâm mong muốn JETRO thúc đẩy hợp tác kinh tế, đầu tư trong lĩnh vực cơ khí chính xác.
                """, "coordinated.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::text).hasSize(3)
                .anySatisfy(t -> assertThat(t).contains("hội chợ").doesNotContain("chế biến"))
                .anySatisfy(t -> assertThat(t).contains("chế biến thực phẩm").doesNotContain("hội chợ"))
                .anySatisfy(t -> assertThat(t).contains("kinh tế, đầu tư"));
    }
}

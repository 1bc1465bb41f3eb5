package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Statements read from grammar rather than from words of one article (texts written for this test): the items of an
 * ask told one sentence each ("Thứ nhất, …", "Hai là, …"), valuing a deed ("trân trọng những đóng góp …") as thanks, a side that "luôn"
 * does something for the other as a standing promise, a reported "cho biết sẽ …" after an assent as a promise of its
 * own, and an offer of what one's own side "sẽ" do, put to someone named after "với", as a promise, not an ask.
 */
class StatementGrammarTest extends BareStoreTest {
    private static final String OPENING = "Ngày 5/6/2025, Chủ tịch UBND tỉnh Hà Nam Trần Văn Bình tiếp ông Mori Taro, "
            + "Thống đốc tỉnh Tottori (Nhật Bản).\n";

    @Test
    void eachOrdinalSentenceAfterAnAskIsAnItemOfIt() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Văn Bình đề nghị tỉnh Tottori quan tâm một số nội dung.
                Thứ nhất, hỗ trợ tỉnh đào tạo điều dưỡng viên.
                Thứ hai, tiếp nhận thêm thực tập sinh của Hà Nam.
                Thứ ba, giới thiệu doanh nghiệp Tottori đầu tư vào khu công nghiệp của tỉnh.
                """, "ordinal.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::text)
                .anyMatch(t -> t.contains("điều dưỡng viên"))
                .anyMatch(t -> t.contains("thực tập sinh"))
                .anyMatch(t -> t.contains("khu công nghiệp"))
                .noneMatch(t -> t.contains("một số nội dung"));
        assertThat(d.requests()).allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
    }

    @Test
    void valuingWhatTheOtherSideDidIsThanks() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Văn Bình trân trọng những đóng góp của tỉnh Tottori, đã tiếp nhận hơn 300 thực tập sinh của Hà Nam.
                """, "acknowledged.txt");
        assertThat(d.thanks()).extracting(Draft.ThanksDraft::by).containsExactly("vn");
        assertThat(d.requests()).isEmpty();
    }

    @Test
    void aSideThatAlwaysDoesSomethingForTheOtherPromisesIt() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Văn Bình khẳng định tỉnh luôn tạo điều kiện thuận lợi nhất cho doanh nghiệp Tottori đầu tư.
                Quan hệ giữa hai tỉnh luôn phát triển tốt đẹp.
                """, "always.txt");
        assertThat(d.commitments()).extracting(Draft.CommitmentDraft::side).containsExactly("vn");
        assertThat(d.commitments().get(0).text()).contains("tạo điều kiện");
    }

    @Test
    void anAssentThatSaysItWillActIsAPromiseOfThatSide() {
        Draft d = draftOf(OPENING + """
                Thống đốc Mori Taro nhất trí với đề xuất của tỉnh và cho biết sẽ chỉ đạo các cơ quan liên quan nghiên cứu \
                mở lớp tiếng Nhật tại Hà Nam.
                Hai bên nhất trí tổ chức tuần văn hóa Tottori tại Hà Nam và cho biết sẽ giao các sở xây dựng kế hoạch.
                """, "assent.txt");
        assertThat(d.commitments()).extracting(Draft.CommitmentDraft::side).containsExactly("jp");
        assertThat(d.commitments().get(0).text()).contains("chỉ đạo");
        assertThat(d.agreements()).extracting(Draft.AgreementDraft::title)
                .containsExactly("Tổ chức tuần văn hóa Tottori tại Hà Nam.");
        assertThat(d.requests()).isEmpty();
    }

    @Test
    void anOfferOfWhatOnesOwnSideWillDoIsAPromiseNotAnAsk() {
        Draft d = draftOf(OPENING + """
                Về phía Nhật Bản, ông Mori Taro đề xuất với lãnh đạo tỉnh Hà Nam, trước mắt tỉnh Tottori sẽ hỗ trợ \
                trang thiết bị y tế cho bệnh viện tỉnh.
                """, "offer.txt");
        assertThat(d.requests()).isEmpty();
        assertThat(d.commitments()).extracting(Draft.CommitmentDraft::side).containsExactly("jp");
    }

    @Test
    void whoeverAsksSomeoneToBeABridgeIsTheAskerNotTheOneNamedAfter() {
        Draft d = draftOf(OPENING + """
                Ông Mori Taro giới thiệu về tiềm năng của tỉnh Tottori.
                Dịp này, Ban chỉ đạo vùng cũng mong muốn ông Mori Taro làm cầu nối mời gọi doanh nghiệp Nhật Bản \
                đầu tư vào nông nghiệp của tỉnh.
                """, "bridge.txt");
        assertThat(d.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
    }
}

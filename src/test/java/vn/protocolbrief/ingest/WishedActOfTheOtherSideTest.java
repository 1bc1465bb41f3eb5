package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * "[we] mong muốn [the other side] sẽ [act]": the "sẽ" belongs to the wish's complement, whose subject is the other
 * side; the act is asked of that side, never our own promise. The complement's subject may follow a fronted adverbial
 * ("qua chuyến thăm lần này, Đại sứ … sẽ …") or come before a parenthetical ("ông X, trong nhiệm kỳ công tác, sẽ …"): a
 * prepositional phrase set off by commas is no subject. A side that wishes to "nhận được" (receive) help is who
 * receives it, not whom the help is asked of. Texts written for this test.
 */
class WishedActOfTheOtherSideTest extends BareStoreTest {
    private static final String OPENING = "Ngày 5/6/2025, Chủ tịch UBND tỉnh Hà Nam Trần Văn Bình tiếp ông Mori Taro, "
            + "Thống đốc tỉnh Tottori (Nhật Bản).\n";

    @Test
    void anOccasionFrontedBeforeTheOtherSideIsNoHopeForTheOccasion() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Văn Bình mong muốn qua chuyến thăm lần này, Thống đốc Mori Taro sẽ tiếp tục là cầu nối, \
                giới thiệu doanh nghiệp Tottori đến đầu tư tại khu công nghiệp của tỉnh.
                """, "fronted.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::text).anyMatch(t -> t.contains("giới thiệu doanh nghiệp"));
        assertThat(d.requests()).allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
        assertThat(d.commitments()).isEmpty();
    }

    @Test
    void aParentheticalAfterTheOtherSideLeavesItTheSubjectOfTheWishedAct() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Văn Bình mong muốn Thống đốc Mori Taro, trong nhiệm kỳ công tác, sẽ giới thiệu doanh nghiệp \
                Tottori đến đầu tư tại khu công nghiệp của tỉnh.
                """, "parenthetical.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::text)
                .anyMatch(t -> t.contains("giới thiệu doanh nghiệp"))
                .noneMatch(t -> t.strip().endsWith("trong nhiệm kỳ công tác."));
        assertThat(d.requests()).allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
        assertThat(d.commitments()).isEmpty();
    }

    @Test
    void aWishWhoseSpeakerIsCarriedFromTheSentenceBeforeAsksTheSideNamedInIt() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Văn Bình giới thiệu tình hình phát triển của tỉnh.
                Hiện hạ tầng khu công nghiệp đã hoàn thiện, mong muốn trong nhiệm kỳ công tác, Thống đốc Mori Taro sẽ \
                giới thiệu doanh nghiệp Tottori đến đầu tư tại tỉnh.
                """, "carried.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
        assertThat(d.commitments()).isEmpty();
    }

    @Test
    void ourOwnSideThatWillActAfterAnOccasionStaysOurPromise() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Văn Bình khẳng định, qua chuyến thăm lần này, tỉnh sẽ tạo mọi điều kiện thuận lợi cho \
                doanh nghiệp Tottori đầu tư.
                """, "own.txt");
        assertThat(d.requests()).isEmpty();
        assertThat(d.commitments()).extracting(Draft.CommitmentDraft::side).containsExactly("vn");
    }

    @Test
    void anyForeignPartnerIsTheOtherSideWhenStatementsAreMeasured() {
        String text = """
                Sáng 5/3, Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An tiếp Đại sứ Hàn Quốc tại Việt Nam.
                Chủ tịch UBND tỉnh Bắc Kạn mong muốn Đại sứ Hàn Quốc sẽ tiếp tục là cầu nối, giới thiệu các doanh nghiệp \
                Hàn Quốc đến đầu tư tại tỉnh.
                """;
        Draft d = service.statementsWithAnyPartner(new ArticleReader().read(text.getBytes(StandardCharsets.UTF_8), "korea.txt"));
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }

    @Test
    void theSideThatWillReceiveHelpIsTheAskerNotTheOneAsked() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Văn Bình giới thiệu tình hình phát triển của tỉnh.
                Đồng thời cảm ơn tỉnh Tottori đã hỗ trợ đào tạo điều dưỡng viên cho Hà Nam, và mong muốn trong thời gian                 tới tỉnh tiếp tục nhận được sự giúp đỡ từ tỉnh Tottori trong đào tạo nhân lực y tế.
                """, "receive.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who speaks when the sentence does not open on its subject, and what counts as a request (texts written for this
 * test): a fronted participle clause whose subject follows the comma, "TP" as the host
 * city, a wish whose content is only that both sides cooperate, and "Cụ thể, …" items spelling out the ask before them.
 */
class SpeakerAndAskShapeTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Phó Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn An tiếp ông Sato Ken, "
            + "Thống đốc tỉnh Shimane (Nhật Bản).\n";

    @Test
    void aFrontedParticipleClauseIsSaidByTheSubjectAfterItsComma() {
        Draft d = draftOf(OPENING + """
                Bày tỏ vui mừng và cảm ơn Phó Chủ tịch Lê Văn An đã dành thời gian tiếp đoàn, Thống đốc Sato Ken \
                khẳng định tỉnh Shimane coi trọng quan hệ với Hà Tĩnh.
                """, "fronted.txt");
        assertThat(d.thanks()).extracting(Draft.ThanksDraft::by).containsExactly("jp");
    }

    @Test
    void theCityOrTpAsSubjectIsTheHostCity() {
        Draft d = draftOf("""
                Ngày 12/3/2025, Chủ tịch UBND TP Hải Phòng Lê Văn An tiếp ông Sato Ken, Thống đốc tỉnh Shimane (Nhật Bản).
                Thống đốc Sato Ken giới thiệu về tỉnh Shimane.
                Bên cạnh đó, TP cũng mong muốn tỉnh Shimane hỗ trợ đào tạo nguồn nhân lực ngành cảng biển.
                """, "tp.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }

    @Test
    void aWishThatBothSidesCooperateAsksNothing() {
        Draft d = draftOf(OPENING + """
                Thống đốc Sato Ken hy vọng, hai bên sẽ tiếp tục triển khai nhiều hoạt động hợp tác ý nghĩa.
                Phó Chủ tịch Lê Văn An mong muốn hai địa phương tăng cường hợp tác, đầu tư hơn nữa.
                Phó Chủ tịch Lê Văn An đề nghị tỉnh Shimane tiếp nhận điều dưỡng viên của Hà Tĩnh sang học tập.
                """, "both-cooperate.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::text).singleElement()
                .satisfies(t -> assertThat(t).contains("điều dưỡng viên"));
    }

    @Test
    void itemsAfterCuTheAreTheRequestsNotTheUmbrella() {
        Draft d = draftOf(OPENING + """
                Phó Chủ tịch Lê Văn An đề xuất tỉnh Shimane nghiên cứu hỗ trợ Hà Tĩnh khai thác hiệu quả tiềm năng.
                Cụ thể, tỉnh Shimane hỗ trợ Hà Tĩnh chuyển giao kỹ thuật trồng hoa trong nhà kính; chuyển giao công nghệ \
                chế biến gỗ cho doanh nghiệp của tỉnh; giới thiệu đơn vị tiếp nhận thực tập sinh của Hà Tĩnh.
                """, "cu-the.txt");
        assertThat(d.requests()).hasSize(3).allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
        assertThat(d.requests()).extracting(Draft.RequestDraft::text).noneMatch(t -> t.contains("tiềm năng"));
    }

    /** "Cụ thể, …" spells out one ask of the sentence before; an ask of another field in it stands. */
    @Test
    void cuTheReplacesOnlyTheAskItSpellsOut() {
        Draft d = draftOf(OPENING + """
                Phó Chủ tịch Lê Văn An đề nghị tỉnh Shimane hỗ trợ Hà Tĩnh đào tạo nguồn nhân lực, đồng thời kêu gọi                 doanh nghiệp Shimane đầu tư vào khu kinh tế Vũng Áng.
                Cụ thể, tỉnh mong muốn Shimane tiếp nhận thực tập sinh điều dưỡng của Hà Tĩnh.
                """, "cu-the-one.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::text)
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("đầu tư"))
                .anySatisfy(t -> assertThat(t).contains("điều dưỡng"));
    }

    /** A wish to receive the partner's support asks the partner to give it: the ask is said as the partner's act. */
    @Test
    void aWishToReceiveSupportIsAskedAsThePartnersAct() {
        assertThat(RequestFinder.actedByTheAsked("tiếp tục nhận được sự quan tâm, hỗ trợ hơn nữa từ phía tỉnh Shimane"))
                .isEqualTo("tiếp tục quan tâm, hỗ trợ hơn nữa");
        Draft d = draftOf(OPENING + """
                Phó Chủ tịch Lê Văn An mong muốn tiếp tục nhận được sự quan tâm, hỗ trợ của tỉnh Shimane trong đào tạo                 nguồn nhân lực y tế cho Hà Tĩnh.
                """, "receive.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::text).singleElement()
                .satisfies(t -> assertThat(t).doesNotContain("nhận được").contains("quan tâm"));
    }

    /** A caption and the body telling the same promise: one commitment. */
    @Test
    void aPromiseToldInACaptionAndTheBodyIsOne() {
        Draft d = draftOf(OPENING + """
                Thống đốc Sato Ken: Tỉnh Shimane sẽ tiếp tục hỗ trợ Hà Tĩnh đào tạo điều dưỡng viên.
                Tại buổi làm việc, Thống đốc Sato Ken khẳng định tỉnh Shimane sẽ tiếp tục hỗ trợ Hà Tĩnh đào tạo điều                 dưỡng viên trong những năm tới.
                """, "promise-twice.txt");
        assertThat(d.commitments()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void gratitudeIsThanks() {
        Draft d = draftOf(OPENING + """
                Phó Chủ tịch Lê Văn An bày tỏ sự biết ơn những hỗ trợ về thiết bị y tế của tỉnh Shimane trong mùa dịch.
                Thống đốc Sato Ken bày tỏ lòng biết ơn đối với sự đón tiếp chu đáo của tỉnh Hà Tĩnh.
                """, "gratitude.txt");
        assertThat(d.thanks()).extracting(Draft.ThanksDraft::by).containsExactly("vn", "jp");
    }
}

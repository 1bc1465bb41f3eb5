package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who speaks, what they ask, promise or agree, read from the sentence's structure (texts written for this test):
 * a pronoun subject is the person speaking, "sẽ" before an ask is the speaker's own act, a hope for the visit
 * itself asks nothing, a promise to cherish the relationship promises nothing, and what both sides agree at the
 * meeting is an agreement of the meeting.
 */
class StatementStructureTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Phó Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn An tiếp ông Sato Ken, "
            + "Thống đốc tỉnh Shimane (Nhật Bản).\n";

    @Test
    void aPronounSubjectIsThePersonSpeakingAndWillCallOnIsAPromise() {
        Draft d = draftOf(OPENING + """
                Thống đốc Sato Ken cho biết tỉnh Shimane coi trọng đào tạo nhân lực.
                Với tư cách Chủ tịch Hiệp hội các Tỉnh trưởng vùng Chugoku, ông sẽ kêu gọi các doanh nghiệp của vùng \
                tìm hiểu cơ hội đầu tư tại Hà Tĩnh.
                Nhân dịp này, ông cũng mong chính quyền tỉnh tạo điều kiện cấp phép nhanh cho các dự án của doanh nghiệp Shimane.
                """, "pronoun.txt");
        assertThat(d.commitments()).extracting(Draft.CommitmentDraft::side).containsExactly("jp");
        assertThat(d.commitments().get(0).text()).contains("doanh nghiệp của vùng");
        assertThat(d.requests()).hasSize(1);
        assertThat(d.requests().get(0).direction()).isEqualTo("jp_to_vn");
        assertThat(d.requests().get(0).text()).contains("cấp phép nhanh");
    }

    @Test
    void aPronounAfterTheSentencesOwnSubjectIsThatSubjectNotTheSpeakerBefore() {
        Draft d = draftOf(OPENING + """
                Phó Chủ tịch Lê Văn An đề nghị tỉnh Shimane tiếp nhận thêm điều dưỡng viên của Hà Tĩnh sang học tập.
                Thống đốc Sato Ken cho biết với tư cách Chủ tịch Hiệp hội các Tỉnh trưởng vùng Chugoku, ông sẽ kêu gọi \
                các doanh nghiệp trong vùng tìm hiểu cơ hội đầu tư tại Hà Tĩnh.
                """, "pronoun-after-subject.txt");
        assertThat(d.commitments()).extracting(Draft.CommitmentDraft::side).containsExactly("jp");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }

    @Test
    void aHopeForTheVisitAndAPromiseToCherishTheRelationshipAreNothingWhileConcreteAsksStay() {
        Draft d = draftOf(OPENING + """
                Phó Chủ tịch Lê Văn An hy vọng chuyến thăm lần này sẽ là dịp để lãnh đạo hai tỉnh trao đổi, thắt chặt \
                thêm mối quan hệ hợp tác hữu nghị giữa hai địa phương.
                Thống đốc Sato Ken khẳng định tỉnh Shimane sẽ tiếp tục nỗ lực tăng cường hơn nữa mối quan hệ hữu nghị, \
                hợp tác giữa hai tỉnh.
                Phó Chủ tịch Lê Văn An đề nghị tỉnh Shimane tiếp nhận thêm điều dưỡng viên của Hà Tĩnh sang học tập, \
                làm việc; hỗ trợ tỉnh xây dựng trạm quan trắc môi trường biển.
                """, "vague.txt");
        assertThat(d.requests()).hasSize(2).allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
        assertThat(d.requests()).extracting(Draft.RequestDraft::text).noneMatch(t -> t.contains("chuyến thăm"));
        assertThat(d.commitments()).isEmpty();
    }

    @Test
    void whatBothSidesAgreedAtTheMeetingIsAnAgreementAndAnEarlierOneIsNot() {
        Draft d = draftOf(OPENING + """
                Hai bên thống nhất sẽ thành lập nhóm công tác chung về phòng chống thiên tai.
                Tỉnh Shimane và tỉnh Hà Tĩnh nhất trí tổ chức tuần lễ ẩm thực Shimane tại thành phố Hà Tĩnh vào mùa thu.
                Năm 2022, hai bên đã thống nhất trao đổi đoàn học sinh hằng năm.
                Thống đốc Sato Ken nhất trí với đề xuất của Phó Chủ tịch Lê Văn An về việc mở lớp tiếng Nhật tại Hà Tĩnh.
                """, "agreed.txt");
        assertThat(d.requests()).isEmpty();
        assertThat(d.agreements()).extracting(Draft.AgreementDraft::title)
                .containsExactly("Thành lập nhóm công tác chung về phòng chống thiên tai.",
                        "Tổ chức tuần lễ ẩm thực Shimane tại thành phố Hà Tĩnh vào mùa thu.");
        assertThat(d.agreements()).allSatisfy(a -> assertThat(a.signedAtMeeting()).isTrue());
    }
}

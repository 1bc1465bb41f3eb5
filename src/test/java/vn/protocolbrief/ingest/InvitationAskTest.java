package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "mời" (invite) read as a verb with its addressee, not as a list of "mời ngài / mời ông / mời đoàn …" phrases (texts
 * written for this test): an invitation of the other side to come is asked of it; "lời mời", "khách mời", "được mời"
 * are a noun or a passive and ask nothing.
 */
class InvitationAskTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn An tiếp ông Sato Ken, "
            + "Thống đốc tỉnh Shimane (Nhật Bản).\n";

    @Test
    void invitingTheOtherSideByItsTitleAsksIt() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An mời Thống đốc Sato Ken sang dự Lễ hội Biển Hà Tĩnh vào tháng 6 năm 2026.
                """, "invite-title.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }

    @Test
    void invitingTheDelegationAsksIt() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An trân trọng mời đoàn doanh nghiệp tỉnh Shimane sang khảo sát khu kinh tế Vũng Áng.
                """, "invite-delegation.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }

    @Test
    void anInvitationAsANounOrAPassiveAsksNothing() {
        Draft d = draftOf(OPENING + """
                Đoàn sang thăm tỉnh theo lời mời của Chủ tịch Lê Văn An, cùng các khách mời là doanh nghiệp tỉnh Shimane.
                Các chuyên gia được mời Thống đốc Sato Ken giới thiệu đã sang làm việc tại bệnh viện tỉnh.
                """, "invite-noun.txt");
        assertThat(d.requests()).isEmpty();
    }

    @Test
    void aRespectfulAskIsStillAnAsk() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Lê Văn An trân trọng đề nghị tỉnh Shimane hỗ trợ tỉnh đào tạo điều dưỡng viên cho bệnh viện.
                """, "respectful.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("vn_to_jp");
    }
}

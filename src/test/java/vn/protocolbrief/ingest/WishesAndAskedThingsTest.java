package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A wish addressed to the other side is a request to them, not their promise; an item asked for is the thing asked,
 * without the asking verb that introduced it nor the addressee standing alone before it (texts written for this test).
 */
class WishesAndAskedThingsTest extends BareStoreTest {
    private static final String OPENING = "Ngày 4/6/2025, Chủ tịch UBND tỉnh Quảng Bình Trần Minh Hải tiếp ông Ito Jun, "
            + "Thống đốc tỉnh Gifu (Nhật Bản).\n";

    @Test
    void aWishThatTheOtherSidesLeaderWillActIsARequestToThem() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Minh Hải mong muốn: các doanh nghiệp tỉnh Gifu tiếp tục tìm hiểu, đầu tư vào khu kinh tế \
                Hòn La; mong muốn ngài Thống đốc sẽ tiếp tục là người kết nối doanh nghiệp hai tỉnh trong lĩnh vực chế \
                biến nông sản.
                """, "wish-to-leader.txt");
        assertThat(d.commitments()).isEmpty();
        assertThat(d.requests()).hasSize(2).allSatisfy(r -> {
            assertThat(r.direction()).isEqualTo("vn_to_jp");
            assertThat(r.text()).doesNotStartWith("Mong muốn").doesNotStartWith(":");
        });
    }

    @Test
    void theSpeakersOwnSideWillIsStillACommitment() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Minh Hải khẳng định tỉnh Quảng Bình sẽ tạo điều kiện thuận lợi cho doanh nghiệp Gifu \
                đầu tư vào khu kinh tế Hòn La.
                """, "own-promise.txt");
        assertThat(d.requests()).isEmpty();
        assertThat(d.commitments()).extracting(Draft.CommitmentDraft::side).containsExactly("vn");
    }

    @Test
    void anItemListedAfterAnAskingVerbIsTheThingAskedWithoutTheVerb() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Minh Hải đề nghị tỉnh Gifu quan tâm, hỗ trợ: mong muốn Gifu đào tạo điều dưỡng viên \
                cho bệnh viện của Quảng Bình.
                """, "cue-inside-item.txt");
        assertThat(d.requests()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.direction()).isEqualTo("vn_to_jp");
            assertThat(r.text()).doesNotContainIgnoringCase("mong muốn").doesNotContainIgnoringCase("đề nghị");
        });
        assertThat(d.requests()).extracting(Draft.RequestDraft::text).anyMatch(t -> t.startsWith("Đào tạo điều dưỡng viên"));
    }

    @Test
    void theAddresseeAloneBeforeTheAskedActGoesAndALongerSubjectStays() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Minh Hải đề nghị tỉnh Gifu sẽ phối hợp tổ chức lớp tiếng Nhật cho cán bộ của Quảng Bình.
                Chủ tịch Trần Minh Hải mong muốn các doanh nghiệp tỉnh Gifu mở rộng đầu tư vào khu kinh tế Hòn La.
                """, "addressee.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::text).containsExactly(
                "Phối hợp tổ chức lớp tiếng Nhật cho cán bộ của Quảng Bình.",
                "Các doanh nghiệp tỉnh Gifu mở rộng đầu tư vào khu kinh tế Hòn La.");
    }

    @Test
    void aGuestsHopeToCooperateWithNothingNamedAsksNothing() {
        Draft d = draftOf(OPENING + """
                Ông Ito Jun mong muốn sẽ được hợp tác với tỉnh trong thời gian sớm nhất.
                Thống đốc Ito Jun hy vọng được tiếp tục hợp tác với Quảng Bình.
                Thống đốc Ito Jun mong rằng 2 bên tiếp tục có sự gắn bó chặt chẽ trong giáo dục.
                """, "own-hope.txt");
        assertThat(d.requests()).isEmpty();
    }

    @Test
    void theProvinceHopingForItsOwnProspectsAsksNothing() {
        Draft d = draftOf(OPENING + """
                Chủ tịch Trần Minh Hải mong muốn trong thời gian tới, Quảng Bình có thể đón thêm nhiều du khách đến từ tỉnh Gifu.
                """, "own-prospects.txt");
        assertThat(d.requests()).isEmpty();
    }

    @Test
    void theProvinceDescribingItselfUnderItsFormerNameAsksNothing() {
        // Hưng Yên took in Thái Bình in 2025: the old name is still our side's.
        Draft d = draftOf("Ngày 2/9/2025, Chủ tịch UBND tỉnh Hưng Yên Phạm Văn An tiếp ông Sato Ken, Thống đốc tỉnh "
                + "Ibaraki (Nhật Bản).\n" + """
                Ông Phạm Văn An mong muốn thời gian tới, Thái Bình có thể thu hút thêm lao động trẻ về các khu công nghiệp.
                """, "former-name.txt");
        assertThat(d.requests()).isEmpty();
    }
}

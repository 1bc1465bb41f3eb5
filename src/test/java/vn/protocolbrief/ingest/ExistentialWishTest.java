package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A wish told as "there will be" ("sẽ có những / nhiều / thêm …"): the partner hoping there will be more ties or more
 * of its own people coming asks the province nothing; our side hoping there will be more Japanese investors asks Japan.
 * Texts written for this test.
 */
class ExistentialWishTest extends BareStoreTest {
    private static final String OPENING = "Ngày 12/3/2025, Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn An tiếp ông Sato Ken, "
            + "Thống đốc tỉnh Shimane (Nhật Bản).\n";

    private static java.util.List<String> directions(String body, String name) {
        return draftOf(OPENING + body, name).requests().stream().map(Draft.RequestDraft::direction).toList();
    }

    @Test
    void thePartnerHopingThereWillBeTiesAsksNoOne() {
        assertThat(directions("""
                Ông Sato Ken cũng bày tỏ hy vọng trong thời gian tới, sẽ có những dự án hợp tác cụ thể hơn nữa giữa \
                hai tỉnh Shimane và Hà Tĩnh.
                """, "jp-se-co-nhung.txt")).isEmpty();
    }

    @Test
    void ourSideHopingThereWillBeInvestorsAsksThePartner() {
        assertThat(directions("""
                Chủ tịch Lê Văn An hy vọng trong thời gian tới sẽ có những doanh nghiệp Nhật Bản đến đầu tư tại \
                khu kinh tế Vũng Áng.
                """, "vn-se-co-nhung.txt")).containsExactly("vn_to_jp");
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One request per concrete ask, its direction from who asked, its categories from the words of the ask; courtesy
 * with nothing concrete in it is not a request (texts written for this test).
 */
class RequestsTest extends BareStoreTest {
    @Test
    void concreteAsksOfEachSideAndNoPledgeOfGoodConditions() {
        Draft d = draftOf("""
                Ngày 4/9/2025, Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Ngọc tiếp ông Kato Ryo, Hiệu trưởng Đại học Okayama.
                Ông Kato Ryo bày tỏ mong muốn được hợp tác với tỉnh trong lĩnh vực y tế, đào tạo điều dưỡng.
                Về phía tỉnh, đồng chí Phạm Quang Ngọc kiến nghị nhà trường hỗ trợ chuyển giao kỹ thuật mổ nội soi cho bệnh viện tỉnh.
                Tỉnh cam kết tạo mọi điều kiện thuận lợi để hai bên hợp tác hiệu quả.
                Hai bên mong muốn quan hệ hữu nghị ngày càng phát triển tốt đẹp.
                """, "requests.txt");
        assertThat(d.requests()).extracting(Draft.RequestDraft::direction).containsExactly("jp_to_vn", "vn_to_jp");
        assertThat(d.requests().get(0).categories()).contains("health_social");
        assertThat(d.requests().get(1).categories()).contains("health_social");
        assertThat(d.requests()).noneSatisfy(r -> assertThat(r.text()).contains("mọi điều kiện"));
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title ends where the rest of the sentence begins: a verb, a preposition, a clause of time or occasion. */
class TitleEndsTest extends BareStoreTest {
    private static Draft.PersonRef host(Draft d, String name) {
        return d.hosts().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aTitleFollowedByWhatThePersonSaidEndsBeforeIt() {
        Draft d = draftOf("""
                Ngày 12/3/2025, Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái tiếp đoàn công tác tỉnh Nagano (Nhật Bản).
                Ông Abe Shuichi, Thống đốc tỉnh Nagano về 4 tiềm năng hợp tác giữa hai địa phương.
                """, "ve.txt");
        assertThat(d.leader().title()).isEqualTo("Thống đốc tỉnh Nagano");
    }

    @Test
    void aClauseOfOccasionIsNoPartOfATitle() {
        Draft d = draftOf("""
                Ngày 12/3/2025, ông Trần Hồng Thái, Chủ tịch UBND tỉnh Lâm Đồng đã tiếp ông Abe Shuichi, Thống đốc tỉnh Nagano trong chuyến thăm tỉnh.
                Cùng dự có bà Phạm Thị Lan, Giám đốc Sở Ngoại vụ tỉnh Lâm Đồng trong buổi làm việc.
                Phó Chủ tịch UBND tỉnh Lê Văn Minh nhân dịp này giới thiệu tiềm năng du lịch của tỉnh.
                """, "trong.txt");
        assertThat(d.leader().title()).isEqualTo("Thống đốc tỉnh Nagano");
        assertThat(host(d, "Phạm Thị Lan").title()).isEqualTo("Giám đốc Sở Ngoại vụ tỉnh Lâm Đồng");
        assertThat(host(d, "Lê Văn Minh").title()).isEqualTo("Phó Chủ tịch UBND tỉnh");
    }

    @Test
    void anAdverbAfterATitleIsNoPartOfIt() {
        for (String adverb : new String[]{"cũng", "sẽ", "vẫn", "luôn"}) {
            Draft d = draftOf("""
                    Ngày 12/3/2025, Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái tiếp đoàn công tác tỉnh Nagano (Nhật Bản).
                    Ông Abe Shuichi, Thống đốc tỉnh Nagano %s mong hai tỉnh mở rộng giao lưu.
                    """.formatted(adverb), adverb + ".txt");
            assertThat(d.leader().title()).as(adverb).isEqualTo("Thống đốc tỉnh Nagano");
        }
    }
}

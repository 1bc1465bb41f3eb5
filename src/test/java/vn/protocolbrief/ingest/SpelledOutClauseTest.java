package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Cụ thể, …" after an ask spells out its items; but when the specifics are a clause of their own, with a subject
 * before its own asking verb, that clause says who asks whom (texts written for this test).
 */
class SpelledOutClauseTest extends BareStoreTest {
    @Test
    void specificsWithTheirOwnAskingSubjectAreReadAsTheirOwnAsk() {
        Draft d = draftOf("Ngày 12/3/2025, Phó Chủ tịch UBND TP Hồ Chí Minh Lê Văn Nam tiếp ông Ito Ken, Thị trưởng TP "
                + "Nagoya (Nhật Bản).\n" + """
                Bên cạnh đó, ông Lê Văn Nam mong muốn đẩy mạnh hợp tác giao thông. Cụ thể, TP Hồ Chí Minh mong muốn \
                TP Nagoya có thể giúp TP xây dựng hệ thống xe buýt điện.
                """, "own-clause.txt");
        assertThat(d.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.direction()).isEqualTo("vn_to_jp"));
        assertThat(d.requests()).anySatisfy(r -> assertThat(r.text()).contains("xe buýt điện")
                .doesNotContain("mong muốn"));
    }
}

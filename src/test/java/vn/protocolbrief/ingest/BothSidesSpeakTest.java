package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An article that reports both sides speaking to each other reports a meeting, though it names no reception. */
class BothSidesSpeakTest extends BareStoreTest {
    @Test
    void aGuestWhoAsksAndAnOfficialWhoRepliesMet() {
        Draft d = draftOf("""
                Ngày 10/4/2024, hợp tác giữa tỉnh Nam Định và Nhật Bản tiếp tục phát triển.
                Phó Đại sứ Nhật Bản Yamada Hiroshi đánh giá cao môi trường đầu tư của tỉnh Nam Định.
                Phó Chủ tịch UBND tỉnh Nam Định Trần Văn Minh khẳng định tỉnh luôn tạo điều kiện cho doanh nghiệp Nhật Bản.
                """, "exchange.txt");
        assertThat(d.partner().kind()).isEqualTo("embassy");
        assertThat(d.leader().familyName()).isEqualTo("Yamada");
    }

    @Test
    void onlyOneSideSpeakingIsNoMeeting() {
        assertThatThrownBy(() -> draftOf("""
                Ngày 10/4/2024, hợp tác giữa tỉnh Nam Định và Nhật Bản tiếp tục phát triển.
                Phó Đại sứ Nhật Bản Yamada Hiroshi đánh giá cao môi trường đầu tư của Việt Nam.
                Theo số liệu của tỉnh Nam Định, vốn đầu tư của Nhật Bản tăng mạnh.
                """, "one-side.txt")).isInstanceOf(ImportException.class);
    }
}

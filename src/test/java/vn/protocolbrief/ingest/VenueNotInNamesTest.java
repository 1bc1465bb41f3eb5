package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place in a body's name or a guest's posting is not where the meeting took place. */
class VenueNotInNamesTest extends BareStoreTest {
    @Test
    void theCityOfAConsulGeneralsPostingIsNoVenue() {
        Draft d = draftOf("""
                Ngày 5/6/2024, Chủ tịch UBND tỉnh Quảng Trị Lê Văn Hùng tiếp Tổng Lãnh sự Nhật Bản Sato Kenji.
                Ông Sato Kenji vui mừng bắt đầu nhiệm kỳ tại thành phố Đà Nẵng và mong muốn hợp tác với tỉnh.
                """, "posting.txt");
        assertThat(d.venue()).isNull();
    }

    @Test
    void aPlaceAfterABodysNameIsNoVenue() {
        Draft d = draftOf("""
                Ngày 5/6/2024, Chủ tịch UBND tỉnh Quảng Trị Lê Văn Hùng tiếp ông Sato Kenji, Trưởng đại diện JETRO tại Hà Nội.
                Ông Sato Kenji mong muốn tỉnh hỗ trợ doanh nghiệp Nhật Bản.
                """, "seat.txt");
        assertThat(d.venue()).isNull();
    }
}

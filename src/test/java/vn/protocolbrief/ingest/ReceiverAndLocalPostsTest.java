package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who receives whom decides the roles (issue 18, rd15): a Japanese governor who "tiếp và làm việc với Đoàn" of a
 * province led by its chair receives that delegation, whose head is no host. A local unit's word ("xã", "huyện") is
 * followed by the unit's name, never by a person; places in brackets after it do not hide the person's title. A post's
 * fields joined by "và" after "phụ trách" stay in the title.
 */
class ReceiverAndLocalPostsTest extends BareStoreTest {
    @Test
    void aGovernorWhoReceivesAndWorksWithOurDelegationIsItsHost() {
        Draft d = draftOf("""
                Trong chuyến công tác tại Nhật Bản, chiều 9/4/2024, Đoàn đại biểu tỉnh Bến Tre do Chủ tịch UBND tỉnh Trần Ngọc Tam làm Trưởng đoàn đã có buổi làm việc với Thống đốc tỉnh Gifu.
                Thống đốc tỉnh Gifu - Hajime Furuta tiếp và làm việc với Đoàn đại biểu tỉnh Bến Tre.
                """, "received-abroad.txt");
        assertThat(d.leader().name()).isEqualTo("FURUTA Hajime");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).containsExactly("Trần Ngọc Tam");
        assertThat(d.hosts()).extracting(Draft.PersonRef::role).containsExactly("leader");
    }

    @Test
    void ourChairWhoReceivesAndWorksWithTheirDelegationStaysTheHost() {
        Draft d = draftOf("""
                Chiều 9/4/2024, Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam tiếp và làm việc với Đoàn công tác tỉnh Gifu do ông Hajime Furuta, Thống đốc tỉnh Gifu làm trưởng đoàn.
                """, "received-at-home.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::role).containsExactly("host");
    }

    @Test
    void aCommunesNameAfterItsChairsPostIsNoPerson() {
        Draft d = draftOf("""
                Chiều 20/12/2024, tại Hà Nội, Đại sứ Nhật Bản tại Việt Nam Ito Naoki và Chủ tịch UBND xã Tân Phước (Gò Công, Tiền Giang) Lê Văn Hùng đã ký kết hợp đồng viện trợ không hoàn lại cho dự án "Xây dựng Trường Tiểu học xã Tân Phước".
                """, "commune.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).containsExactly("Lê Văn Hùng");
        assertThat(d.hosts()).extracting(Draft.PersonRef::title).containsExactly("Chủ tịch UBND xã Tân Phước");
    }

    @Test
    void theFieldsOfAPostJoinedByVaStayInTheTitle() {
        Draft d = draftOf("""
                Ngày 14/10/2025, Trường Đại học Cần Thơ tiếp ông Kato Ken - Lãnh sự phụ trách kinh tế và văn hóa, Tổng Lãnh sự quán Nhật Bản tại TP. Hồ Chí Minh.
                Tại buổi làm việc, ông Phạm Văn Long, Phó Giám đốc Sở Ngoại vụ phụ trách lễ tân và lãnh sự, giới thiệu chương trình giao lưu.
                """, "fields.txt");
        assertThat(d.leader().title())
                .isEqualTo("Lãnh sự phụ trách kinh tế và văn hóa, Tổng Lãnh sự quán Nhật Bản tại TP. Hồ Chí Minh");
        assertThat(d.hosts()).extracting(Draft.PersonRef::title)
                .contains("Phó Giám đốc Sở Ngoại vụ phụ trách lễ tân và lãnh sự");
    }
}

package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who met whom (issue 18, rd13): the province's body that holds the event is its host, a district's chair who only
 * attended is not; when our delegation goes to the partner, our people are our delegation and the partner receives;
 * a name of two parts joined by a dash ("Việt Nam – Nhật Bản", "Văn hóa – Xã hội") stays in the title; a page's date
 * glued to the word before it is still the page's date.
 */
class WhoMetWhomTest extends BareStoreTest {
    @Test
    void theChairOfTheOrganisingFriendshipBodyIsTheHostNotADistrictChair() {
        Draft d = draftOf("""
                Ngày 5/10/2022, Liên hiệp các tổ chức hữu nghị tỉnh Sóc Trăng phối hợp với Tổng Lãnh sự quán Nhật Bản tại TP.HCM tổ chức lễ bàn giao trường học.
                Ông Suzuki Kenta, Tổng Lãnh sự Nhật Bản tại TP.HCM – Ông Thạch Sô Phal, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Sóc Trăng – Ông Lâm Văn Tài, Chủ tịch UBND huyện Mỹ Xuyên cắt băng khánh thành.
                """, "organiser.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).contains("Thạch Sô Phal", "Lâm Văn Tài");
        assertThat(d.hosts().get(0).name()).isEqualTo("Thạch Sô Phal");
        assertThat(d.hosts().get(0).role()).isEqualTo("host");
        assertThat(d.hosts()).filteredOn(h -> h.name().equals("Lâm Văn Tài"))
                .extracting(Draft.PersonRef::role).containsExactly("participant");
    }

    @Test
    void aDashBetweenTwoNamesOfAPairStaysInTheTitle() {
        Draft d = draftOf("""
                Chiều 14/6, ông Đỗ Minh Khoa - Trưởng ban Văn hóa – Xã hội HĐND tỉnh Quảng Nam đã tiếp ông Yamada Ichiro, Chủ tịch Hội đồng thành phố Sakai.
                Cùng dự có ông Phan Văn Lộc, Chủ tịch Hội hữu nghị Việt Nam – Nhật Bản tỉnh Quảng Nam.
                """, "pair.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::title).contains(
                "Trưởng ban Văn hóa – Xã hội HĐND tỉnh Quảng Nam",
                "Chủ tịch Hội hữu nghị Việt Nam – Nhật Bản tỉnh Quảng Nam");
    }

    @Test
    void aDashBeforeAnotherPersonStillEndsTheTitle() {
        Draft d = draftOf("""
                Sáng 3/4, ông Sato Jun, Thống đốc tỉnh Gifu – Ông Trần Văn Hải, Chủ tịch UBND tỉnh Hà Nam – Ông Lê Minh Tâm, Phó Chủ tịch UBND tỉnh Hà Nam hội đàm tại trụ sở UBND tỉnh.
                """, "dash-people.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::title)
                .containsExactly("Chủ tịch UBND tỉnh Hà Nam", "Phó Chủ tịch UBND tỉnh Hà Nam");
    }

    @Test
    void ourLeaderAbroadHeadsOurDelegationAndIsNoHost() {
        Draft d = draftOf("""
                Ngày 12/5/2024, đoàn công tác tỉnh Bến Tre do Phó Chủ tịch UBND tỉnh - Trần Ngọc Tam làm trưởng đoàn đã đến chào xã giao chính quyền tỉnh Shizuoka, Nhật Bản. Tiếp đoàn có ngài Kawakatsu Heita - Thống đốc tỉnh Shizuoka.
                Cùng đi có ông Lê Văn Bình, Giám đốc Sở Ngoại vụ.
                Phó Chủ tịch UBND tỉnh Bến Tre - Trần Ngọc Tam cảm ơn ngài Kawakatsu Heita đã dành thời gian tiếp đoàn.
                """, "abroad.txt");
        assertThat(d.leader().name()).isEqualTo("KAWAKATSU Heita");
        assertThat(d.hosts()).extracting(Draft.PersonRef::name).containsExactly("Trần Ngọc Tam", "Lê Văn Bình");
        assertThat(d.hosts()).extracting(Draft.PersonRef::role).containsExactly("leader", "member");
    }

    @Test
    void thePartnersPlaceReceivingOurDelegationIsTheVenue() {
        Draft d = draftOf("""
                Trong chuyến công tác tại Nhật Bản, chiều 12/5/2024, đoàn công tác tỉnh Bến Tre do Phó Chủ tịch UBND tỉnh - Trần Ngọc Tam làm trưởng đoàn đã đến chào xã giao Thống đốc tỉnh Shizuoka. Tiếp đoàn có ngài Kawakatsu Heita, Thống đốc tỉnh Shizuoka.
                """, "abroad-venue.txt");
        assertThat(d.venue()).isEqualTo("tỉnh Shizuoka, Nhật Bản");
    }

    @Test
    void ourOfficialReceivingAGuestWhoLeadsHisDelegationStaysTheHost() {
        Draft d = draftOf("""
                Chiều 8/9, Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam tiếp đoàn công tác tỉnh Shizuoka do ông Kawakatsu Heita, Thống đốc tỉnh Shizuoka làm trưởng đoàn.
                """, "at-home.txt");
        assertThat(d.hosts()).extracting(Draft.PersonRef::role).containsExactly("host");
    }

    @Test
    void aPageDateGluedToTheWordBeforeItGivesTheYear() {
        Draft d = draftOf("""
                Lãnh đạo tỉnh Bến Tre chào xã giao tỉnh Shizuoka
                Thời sựThời sự12/05/2024
                Ngày 11/5, đoàn công tác tỉnh Bến Tre do Chủ tịch UBND tỉnh Trần Ngọc Tam dẫn đầu đã đến chào xã giao tỉnh Shizuoka, Nhật Bản. Tiếp đoàn có ngài Kawakatsu Heita, Thống đốc tỉnh Shizuoka.
                """, "glued.txt");
        assertThat(d.date()).isEqualTo("2024-05-11");
    }

    @Test
    void aDateGluedToAWordInsideProseIsNoPageDate() {
        Draft d = draftOf("""
                Bến Tre tiếp Thống đốc tỉnh Shizuoka
                Ngày 11/5, Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam tiếp ngài Kawakatsu Heita, Thống đốc tỉnh Shizuoka, tại trụ sở UBND tỉnh; hai bên nhắc lại chuyến thăm theo kế hoạch số12/05/2023 của tỉnh và trao đổi về hợp tác đào tạo nhân lực.
                """, "prose.txt");
        assertThat(d.date()).isNull();
    }
}

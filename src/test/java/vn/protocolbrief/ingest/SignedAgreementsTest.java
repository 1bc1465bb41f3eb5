package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What counts as signed at the meeting, in the ways reports say it (texts written for this test): a memorandum
 * named without "bản", a grant signed at a ceremony, a generic "ký kết hợp tác" only when no document is named,
 * and a signing the article recalls from an earlier visit, which is history, not this meeting's agreement.
 */
class SignedAgreementsTest extends BareStoreTest {

    private static Draft draft(String text) {
        return draftOf(text, "test.txt");
    }

    @Test
    void memorandumWithoutTheWordBanIsSigned() {
        Draft d = draft("""
                Chiều 14/9/2025, Chủ tịch UBND tỉnh Quảng Trị Lê Văn Hòa tiếp Thống đốc tỉnh Tottori Hirai Shinji.
                Tại buổi làm việc, hai bên đã ký kết ghi nhớ hợp tác về nông nghiệp và du lịch.
                """);
        assertThat(d.agreements()).extracting(Draft.AgreementDraft::title).containsExactly("Ghi nhớ hợp tác về nông nghiệp và du lịch");
        assertThat(d.earlierAgreements()).isEmpty();
    }

    @Test
    void grantSignedAtACeremonyIsAnAgreement() {
        Draft d = draft("""
                Ngày 2/10/2025, Tổng Lãnh sự Nhật Bản tại Đà Nẵng Moriya Hiroshi và đại diện tỉnh Quảng Ngãi
                dự lễ ký kết tài trợ Dự án xây dựng trường tiểu học tại xã Ba Tơ.
                """);
        assertThat(d.agreements()).hasSize(1);
        assertThat(d.agreements().get(0).title()).startsWith("Tài trợ Dự án xây dựng trường tiểu học");
    }

    @Test
    void genericSigningCountsOnlyWhenNoDocumentIsNamed() {
        Draft generic = draft("""
                Sáng 3/6/2025, UBND tỉnh Nghệ An và tỉnh Gifu (Nhật Bản) ký kết hợp tác trong lĩnh vực giáo dục.
                Phó Thống đốc tỉnh Gifu Otsubo Makoto dẫn đầu đoàn.
                """);
        assertThat(generic.agreements()).extracting(Draft.AgreementDraft::title)
                .containsExactly("Hợp tác trong lĩnh vực giáo dục");
        Draft named = draft("""
                Sáng 3/6/2025, UBND tỉnh Nghệ An và tỉnh Gifu (Nhật Bản) ký kết hợp tác trong lĩnh vực giáo dục.
                Phó Thống đốc tỉnh Gifu Otsubo Makoto dẫn đầu đoàn. Hai bên đã ký thỏa thuận hợp tác giáo dục.
                """);
        assertThat(named.agreements()).extracting(Draft.AgreementDraft::title)
                .containsExactly("Thỏa thuận hợp tác giáo dục");
    }

    @Test
    void aSigningRecalledFromAnEarlierVisitIsHistoryNotThisMeeting() {
        Draft d = draft("""
                Ngày 20/11/2025, Phó Chủ tịch UBND tỉnh An Giang Trần Văn Lâu làm việc với Hiệu trưởng Đại học Kagoshima Ono Hiroshi.
                Hai bên nhắc lại chuyến thăm của đoàn tỉnh vào tháng 3/2023. Khi đó, Sở Giáo dục tỉnh đã ký kết biên bản \
                ghi nhớ với Đại học Kagoshima về trao đổi sinh viên.
                Kể từ khi ký kết thỏa thuận hợp tác năm 2019, hai bên đã trao đổi hơn 100 sinh viên.
                """);
        assertThat(d.agreements()).isEmpty();
        assertThat(d.earlierAgreements()).extracting(Draft.AgreementDraft::signedAtMeeting).containsOnly(false);
        assertThat(d.earlierAgreements()).filteredOn(a -> "2019".equals(a.date())).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Thỏa thuận hợp tác")); // the year is the date, not the title
        assertThat(d.earlierAgreements()).hasSize(2);
    }

    @Test
    void aSigningProposedIsARequestNotAnAgreement() {
        Draft d = draftOf("""
                Ngày 2/12/2025, Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường tiếp Thị trưởng thành phố Kiryu Ogiwara Kenji.
                Thị trưởng Ogiwara Kenji đề xuất hai bên ký kết thỏa thuận hữu nghị vào năm 2026.
                Theo đề nghị của tỉnh, hai bên đã ký kết biên bản ghi nhớ về đào tạo nghề.
                """, "proposal.txt");
        assertThat(d.agreements()).extracting(Draft.AgreementDraft::title).containsExactly("Biên bản ghi nhớ về đào tạo nghề");
        assertThat(d.requests()).anySatisfy(r -> {
            assertThat(r.direction()).isEqualTo("jp_to_vn");
            assertThat(r.categories()).contains("local_partnership");
        });
    }


    @Test
    void anAgreementInWordsIsSavedAsAgreedNotSigned() {
        Draft d = draftOf("""
                Sáng 5/11/2025, Chủ tịch UBND tỉnh Thái Bình Nguyễn Khắc Thận tiếp Thống đốc tỉnh Fukui Sugimoto Tatsuji.
                Hai bên thống nhất thành lập nhóm công tác chung về đào tạo điều dưỡng.
                Hai bên đã ký kết biên bản ghi nhớ về hợp tác nông nghiệp.
                """, "agreed-in-words.txt");
        assertThat(d.agreements()).filteredOn(Draft.AgreementDraft::inWords).singleElement()
                .satisfies(a -> assertThat(a.title()).contains("nhóm công tác chung"));
        assertThat(d.agreements()).filteredOn(a -> !a.inWords()).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Biên bản ghi nhớ về hợp tác nông nghiệp"));
        String meetingId = service.save(d, false).meetingId();
        var statuses = store.read(h -> h.createQuery("SELECT title || '=' || status FROM agreement WHERE meeting_id = :m")
                .bind("m", meetingId).mapTo(String.class).list());
        assertThat(statuses).anySatisfy(x -> assertThat(x).contains("nhóm công tác chung").endsWith("=agreed"))
                .anySatisfy(x -> assertThat(x).startsWith("Biên bản ghi nhớ").endsWith("=signed"));
    }
}

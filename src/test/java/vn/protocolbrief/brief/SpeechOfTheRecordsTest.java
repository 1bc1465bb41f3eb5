package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;

/**
 * Issue 19, read aloud by the signer: the subject of what was agreed is said once ("hai bên đã thống nhất: thúc đẩy
 * …", "our two sides agreed to promote …"); a contact told in a source without anyone named is not counted as a
 * meeting; a spoken point holds no brackets and no "…"; the promises each side made are said (the guests' thanked
 * for, ours said as ours).
 */
class SpeechOfTheRecordsTest {
    static final String OUTCOME = "Ký kết Biên bản ghi nhớ về du lịch; hai bên sẽ thúc đẩy trao đổi đoàn doanh nghiệp; "
            + "Trường Cao đẳng Lam và Đại học Aka ký thỏa thuận đào tạo điều dưỡng";
    static final String OUTCOME_EN = "Signing of the Memorandum of Understanding on tourism; the two sides will "
            + "promote exchanges of business delegations; Lam College and Aka University signed an agreement on nurse "
            + "training";
    static final String THEIRS = "Sẽ cử chuyên gia sang giúp tỉnh lập quy hoạch cảng cá.";
    static final String OURS = "Sẽ dành đất cho khu nhà ở của tu nghiệp sinh.";
    static final String NOTE = "Đã giao Sở Xây dựng chọn địa điểm.";
    static final String THEIRS_TOO = "Sẽ tiếp nhận hai cán bộ của tỉnh sang thực tập.";
    static final String ASK_NAMING = "Thị trưởng quan tâm mở đường bay thẳng tới tỉnh.";
    static final String ASK = "Giới thiệu nông sản của tỉnh (cam sành, gạo tám...) tới các siêu thị của thành phố.";

    static PersonItem host() {
        return new PersonItem("p1", "Lê Văn Hòa", null, "Chủ tịch UBND tỉnh", false, null, null, false, List.of(2));
    }

    static List<TalkingPoint> points(String lang, Map<String, String> english) {
        Labels l = new Labels(lang, english);
        var points = new TalkingPoints(l, new FirstPerson(lang, new Addressing(lang)), Map.of());
        MeetingItem last = new MeetingItem("m2", PartialDate.of("2025-05-06"), "Lam", "Aka", null, "Hội đàm", null,
                List.of(), List.of(host()), null, OUTCOME, 1, List.of(2));
        // A signing told in a source: nobody is named as having met.
        MeetingItem told = new MeetingItem("m1", PartialDate.of("2023"), "TP Mai (tỉnh Đào cũ)", "Aka", null,
                "Ký kết", null, List.of(), List.of(), null, null, 0, List.of(3));
        List<AgreementItem> agreements = List.of(new AgreementItem("a1", "Biên bản ghi nhớ về du lịch", "mou",
                PartialDate.of("2025-05-06"), null, null, null, "Lam", "Aka", true, List.of(2), "signed"));
        List<RequestItem> requests = List.of(new RequestItem("r1", Direction.VN_TO_JP, List.of(), ASK,
                RequestStatus.OPEN, PartialDate.of("2025-05-06"), PartialDate.of("2025-05-06"), 1, null,
                PartialDate.UNKNOWN, List.of(2)), new RequestItem("r2", Direction.VN_TO_JP, List.of(), ASK_NAMING,
                RequestStatus.OPEN, PartialDate.of("2025-05-06"), PartialDate.of("2025-05-06"), 1, null,
                PartialDate.UNKNOWN, List.of(2)));
        return points.withPromises(List.of(
                        new TalkingPoints.Promise("k1", false, THEIRS, RequestStatus.OPEN, null, List.of(2)),
                        new TalkingPoints.Promise("k4", false, THEIRS_TOO, RequestStatus.OPEN, null, List.of(2)),
                        new TalkingPoints.Promise("k2", true, OURS, RequestStatus.IN_PROGRESS, NOTE, List.of(2)),
                        new TalkingPoints.Promise("k3", false, "Sẽ tiếp tục phối.", RequestStatus.OPEN, null, List.of(2))))
                .derive("vi".equals(lang) ? new TalkingPoints.Guest("Ngài Thị trưởng Xai-tô", "Ngài Thị trưởng",
                                "thành phố Aka") : new TalkingPoints.Guest("Mayor SATO Ken", "Mayor SATO", "Aka City"),
                        "vi".equals(lang) ? new TalkingPoints.Host("tỉnh Lam", "Lam")
                                : new TalkingPoints.Host("Lam Province", "Lam"), List.of(1), List.of(last, told), List.of(),
                        agreements, requests);
    }

    static List<String> spoken(List<TalkingPoint> points) {
        return points.stream().map(p -> SpokenOnce.spoken(p.text())).toList();
    }

    @Test
    void whatWasAgreedNamesTheTwoSidesOnce() {
        List<String> vi = spoken(points("vi", Map.of()));
        // One meeting, one point, each fact once (sp10): the signing and the rest agreed in one sentence, the two
        // sides and the meeting named once ("Hai bên cũng đã thống nhất … Cũng tại buổi làm việc này" said them again).
        assertThat(vi).anySatisfy(p -> assertThat(p).contains("hai bên đã ký Biên bản ghi nhớ về du lịch và thống nhất:"
                + " thúc đẩy trao đổi đoàn doanh nghiệp. Trường Cao đẳng Lam và Đại học Aka ký thỏa thuận"));
        assertThat(vi).noneSatisfy(p -> assertThat(p).containsAnyOf("Hai bên cũng", "Cũng tại buổi làm việc này"));
        assertThat(vi).noneSatisfy(p -> assertThat(p).containsIgnoringCase("thống nhất: hai bên"));
        assertThat(EnglishSpeech.agreed("the two sides will promote trade")).isEqualTo("to promote trade");
        List<String> en = spoken(points("en", Map.of(EnglishRendering.key(OUTCOME), OUTCOME_EN)));
        assertThat(en).anySatisfy(p -> assertThat(p).contains("and agreed to promote exchanges of business "
                + "delegations. Lam College and Aka University signed"));
        assertThat(en).noneSatisfy(p -> assertThat(p).containsAnyOf("Our two sides also", "At the same meeting"));
        assertThat(en).noneSatisfy(p -> assertThat(p).contains("agreed that the two sides"));
    }

    @Test
    void aContactToldInASourceIsNotCountedAsAMeeting() {
        assertThat(spoken(points("vi", Map.of()))).anySatisfy(p -> assertThat(p)
                .contains("qua các buổi làm việc và hoạt động giao lưu từ năm 2023 đến nay"))
                .noneSatisfy(p -> assertThat(p).containsPattern("\\d (?:cuộc|buổi) làm việc|\\d hoạt động"));
        assertThat(spoken(points("en", Map.of()))).anySatisfy(p -> assertThat(p)
                .contains("through our meetings and exchanges since 2023"))
                .noneSatisfy(p -> assertThat(p).contains("2 meetings"));
    }

    @Test
    void aSpokenPointHasNoBracketsNorEllipsis() {
        List<String> vi = spoken(points("vi", Map.of()));
        assertThat(vi).anySatisfy(p -> assertThat(p).contains("nông sản của tỉnh tới các siêu thị"));
        assertThat(vi).allSatisfy(p -> assertThat(p).doesNotContain("(").doesNotContain(")").doesNotContain("...")
                .doesNotContain("…"));
        assertThat(SpeechText.aloud("Thành phố Mai (tỉnh Đào cũ) và thành phố Aka đã ký văn bản."))
                .isEqualTo("Thành phố Mai thuộc tỉnh Đào cũ và thành phố Aka đã ký văn bản.");
        assertThat(SpeechText.aloud("Mai City (former Dao Province) and Aka City signed it."))
                .isEqualTo("Mai City, former Dao Province, and Aka City signed it.");
        // Lines below the spoken sentence (originals for an English reader) are kept as written.
        assertThat(SpeechText.aloud("We ask it.\n[VI] Hỗ trợ (a, b...)")).isEqualTo("We ask it.\n[VI] Hỗ trợ (a, b...)");
    }

    @Test
    void thePromisesOfBothSidesAreSaid() {
        List<String> vi = spoken(points("vi", Map.of()));
        assertThat(vi).anySatisfy(p -> assertThat(p).isEqualTo("Chúng tôi trân trọng cảm ơn phía thành phố Aka đã cam "
                + "kết cử chuyên gia sang giúp tỉnh lập quy hoạch cảng cá và tiếp nhận hai cán bộ của tỉnh sang thực tập; "
                + "chúng tôi sẵn sàng phối hợp để sớm triển khai."));
        assertThat(vi).anySatisfy(p -> assertThat(p).isEqualTo("Thực hiện cam kết dành đất cho khu nhà ở của tu nghiệp "
                + "sinh, chúng tôi đã giao Sở Xây dựng chọn địa điểm."));
        // A promise too short to say what will be done is not read out.
        assertThat(vi).noneSatisfy(p -> assertThat(p).contains("cam kết tiếp tục phối"));
        // A request that names the guest as its subject is asked of him once; our requests of one meeting are
        // followed up together, as made at it, never asked again as new.
        assertThat(vi).contains("Tại buổi làm việc ngày 06/05/2025, chúng tôi đã đề nghị Ngài Thị trưởng giới thiệu nông "
                + "sản của tỉnh tới các siêu thị của thành phố và quan tâm mở đường bay thẳng tới tỉnh. Chúng tôi mong Ngài "
                + "Thị trưởng tiếp tục quan tâm, hỗ trợ.");
        assertThat(vi).noneSatisfy(p -> assertThat(p).startsWith("Chúng tôi đề nghị"));
        List<TalkingPoint> en = points("en", Map.of(EnglishRendering.key(THEIRS), "Will send experts to help the "
                + "province plan its fishing port.", EnglishRendering.key(THEIRS_TOO), "Will take two of the "
                + "province's officials on placements."));
        assertThat(spoken(en)).anySatisfy(p -> assertThat(p).isEqualTo("We sincerely thank Aka City for undertaking to "
                + "send experts to help the province plan its fishing port and to take two of the province's officials "
                + "on placements; we stand ready to work together on it."));
        // Ours has no English yet: said around, the original once on its own line, marked.
        assertThat(en).anySatisfy(p -> assertThat(p.text()).startsWith("For our part, we are following up")
                .contains("\n[VI] " + OURS));
    }

    @Test
    void theGuestsOfferAndOurPromiseAreNotSaidAsAgreed() {
        String outcome = "Thị trưởng sẵn sàng hỗ trợ kết nối doanh nghiệp; tỉnh cam kết tạo điều kiện cho nhà đầu tư";
        String english = "The Mayor is ready to help connect businesses; the province committed to facilitating "
                + "investors";
        for (String lang : List.of("vi", "en")) {
            var points = new TalkingPoints(new Labels(lang, Map.of(EnglishRendering.key(outcome), english)),
                    new FirstPerson(lang, new Addressing(lang)), Map.of());
            MeetingItem last = new MeetingItem("m1", PartialDate.of("2025-05-06"), "Lam", "Aka", null, "Hội đàm", null,
                    List.of(), List.of(host()), null, outcome, 0, List.of(2));
            List<String> said = spoken(points.derive("vi".equals(lang) ? new TalkingPoints.Guest("Ngài Thị trưởng "
                            + "Xai-tô", "Ngài Thị trưởng", "thành phố Aka") : new TalkingPoints.Guest("Mayor SATO Ken",
                            "Mayor SATO", "Aka City"), new TalkingPoints.Host("Lam", "Lam"), List.of(1),
                    List.of(last), List.of(), List.of(), List.of()));
            assertThat(said).contains("vi".equals(lang)
                    ? "Tại buổi làm việc gần nhất ngày 06/05/2025, chúng tôi trân trọng việc Ngài Thị trưởng sẵn sàng hỗ "
                    + "trợ kết nối doanh nghiệp. Về phần mình, chúng tôi cam kết tạo điều kiện cho nhà đầu tư."
                    : "At our last meeting on 6 May 2025, we were glad that you are ready to help connect "
                    + "businesses. For our part, we committed to facilitating investors.");
        }
    }
}

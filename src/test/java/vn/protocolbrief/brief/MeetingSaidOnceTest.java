package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.PartialDate;

/**
 * An agreement signed at the last meeting, and what else that meeting agreed: one point names the meeting once
 * (issue 19: the signers heard "the meeting of 11/2023" in two points in a row). Short texts written for this test.
 */
class MeetingSaidOnceTest {
    static List<TalkingPoint> derive(String lang, String signedOn) {
        Labels l = new Labels(lang);
        MeetingItem last = new MeetingItem("m1", PartialDate.of("2025-05"), "Lam", "Aka", null, "Hội đàm", null,
                List.of(), List.of(SpeechOfTheRecordsTest.host()), null,
                "Ký biên bản ghi nhớ về du lịch; mở đường bay thẳng giữa hai địa phương", 0, List.of(2));
        AgreementItem mou = new AgreementItem("a1", "Biên bản ghi nhớ về du lịch", "mou", PartialDate.of(signedOn), null,
                null, null, null, "Aka", true, List.of(3), "signed");
        return new TalkingPoints(l, new FirstPerson(lang, new Addressing(lang))).derive(
                new TalkingPoints.Guest("Ngài Thị trưởng Xai-tô", "Ngài Thị trưởng", "thành phố Aka"),
                new TalkingPoints.Host("tỉnh Lam", "Lam"), List.of(1), List.of(last), List.of(), List.of(mou),
                List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theSigningAndTheRestOfTheMeetingAreOnePointNamingTheMeetingOnce(String lang) {
        List<TalkingPoint> points = derive(lang, "2025-05");
        String meeting = "vi".equals(lang) ? "buổi làm việc" : "meeting";
        List<TalkingPoint> naming = points.stream().filter(p -> p.text().contains(meeting)).toList();
        assertThat(naming).as(points.toString()).hasSize(1);
        assertThat(naming.get(0).recordIds()).containsExactly("a1", "m1");
        assertThat(naming.get(0).sources()).containsExactly(2, 3);
        String said = SpokenOnce.spoken(naming.get(0).text());
        assertThat(said.split(java.util.regex.Pattern.quote("vi".equals(lang) ? "5/2025" : "May 2025"), -1)).as(said).hasSize(2);
        if ("vi".equals(lang)) {
            assertThat(said).contains("đã ký Biên bản ghi nhớ về du lịch").contains("và thống nhất: mở đường bay");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void anAgreementSignedAnotherTimeKeepsItsOwnPoint(String lang) {
        List<TalkingPoint> points = derive(lang, "2024-03-02");
        assertThat(points.stream().filter(p -> p.recordIds().equals(List.of("a1")))).hasSize(1);
        assertThat(points.stream().filter(p -> p.recordIds().equals(List.of("m1")))).hasSize(1);
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;

/**
 * Issue 19: a Vietnamese speech says who signed (a city of the province before a merger is not "hai bên"), gives a
 * record's note without a subject one ("trả lời: chúng tôi đã ký …"), says the guest's own part to his face
 * ("Ngài Đại sứ sẵn sàng …", never "Đại sứ sẵn sàng …" of him) and never says "chưa rõ"; the city's former province
 * is said aloud, not in brackets ("thuộc tỉnh Đào cũ").
 */
class SaidToTheGuestTest {
    static List<TalkingPoint> points(String lang) {
        Labels l = new Labels(lang);
        var points = new TalkingPoints(l, new FirstPerson(lang, new Addressing(lang)), Map.of());
        MeetingItem last = new MeetingItem("m1", PartialDate.UNKNOWN, "Lam", "Aka", null, "Hội đàm", null, List.of(),
                List.of(), null, "Đại sứ sẵn sàng làm cầu nối giữa hai bên; tỉnh cam kết tạo điều kiện cho doanh nghiệp",
                0, List.of(2));
        List<AgreementItem> agreements = List.of(new AgreementItem("a1", "Thiết lập quan hệ hữu nghị về du lịch", "mou",
                PartialDate.of("2024"), null, null, null, l.locality("TP Mai (tỉnh Đào cũ)"), "Aka", true, List.of(2), "signed"),
                new AgreementItem("a2", "Biên bản ghi nhớ về đào tạo", "mou", PartialDate.UNKNOWN, null, null, null,
                        "Lam", "Aka", true, List.of(2), "signed"));
        List<RequestItem> requests = List.of(new RequestItem("r1", Direction.JP_TO_VN, List.of(),
                "Hợp tác phát triển nguồn nhân lực", RequestStatus.IN_PROGRESS, PartialDate.UNKNOWN, PartialDate.UNKNOWN,
                1, "Đã ký bản ghi nhớ hợp tác đào tạo.", PartialDate.UNKNOWN, List.of(2)));
        return points.derive(new TalkingPoints.Guest("Ngài Đại sứ Xai-tô", "Ngài Đại sứ", "Đại sứ quán Aka"),
                new TalkingPoints.Host("tỉnh Lam", "Lam"), List.of(1), List.of(last), List.of(), agreements, requests);
    }

    @Test
    void theSpeechSaysWhoSignedWhoAnswersAndSpeaksToTheGuest() {
        List<String> vi = points("vi").stream().map(TalkingPoint::text).toList();
        assertThat(vi).anySatisfy(p -> assertThat(p).startsWith(
                "Thành phố Mai thuộc tỉnh Đào cũ và Đại sứ quán Aka đã ký văn bản thiết lập quan hệ hữu nghị"));
        // The province's own agreement is still said by the two sides.
        assertThat(vi).anySatisfy(p -> assertThat(p).startsWith("Hai bên đã ký Biên bản ghi nhớ về đào tạo"));
        assertThat(vi).anySatisfy(p -> assertThat(p).contains("trả lời: chúng tôi đã ký bản ghi nhớ hợp tác đào tạo."));
        // The guest's offer is his, our promise ours: neither is said as something the two sides agreed.
        assertThat(vi).anySatisfy(p -> assertThat(p).contains("chúng tôi trân trọng việc Ngài Đại sứ sẵn sàng làm cầu "
                + "nối").contains("Về phần mình, chúng tôi cam kết").doesNotContain("thống nhất"));
        assertThat(vi).noneSatisfy(p -> assertThat(p).containsPattern("(?i)(: |\\. )Đại sứ sẵn sàng"));
        assertThat(vi).noneSatisfy(p -> assertThat(p).containsIgnoringCase("chưa rõ"));
        List<String> en = points("en").stream().map(TalkingPoint::text).toList();
        assertThat(en).anySatisfy(p -> assertThat(p).startsWith("Mai City, former Dao Province, and Đại sứ quán Aka")
                .doesNotContain("Our two sides"));
        assertThat(en).noneSatisfy(p -> assertThat(p).containsIgnoringCase("unknown"));
    }
}

package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.brief.BriefModel.LinkItem;
import vn.protocolbrief.brief.PlaceNames.MeetingPlace;
import vn.protocolbrief.domain.PartialDate;

/**
 * Where a meeting was is said as one place (issue 19, Annex 1: "Phú Thọ · Tỉnh Quảng Ninh…" read as two places): the
 * venue, else the locality the record names, else the province; and where it was recorded under a province since merged
 * into the pack's, which one. Partners linked to the province alike are one row of the links table, the note said once.
 */
class MeetingPlaceTest {
    final Labels vi = new Labels("vi");
    final Labels en = new Labels("en");

    @Test
    void theVenueAloneWhenTheMeetingIsRecordedUnderThePacksProvince() {
        assertThat(PlaceNames.meetingPlace("Hòa Bình", "Nhà khách tỉnh Lạng Sơn", "Hòa Bình", List.of("Sơn La"), vi))
                .isEqualTo(new MeetingPlace(null, "Nhà khách tỉnh Lạng Sơn", true, null));
        assertThat(PlaceNames.meetingPlace("tỉnh Hòa Bình", null, "Hòa Bình", List.of(), vi))
                .isEqualTo(new MeetingPlace(null, "Hòa Bình", false, null));
    }

    @Test
    void aMergedProvinceIsSaidAfterThePlace() {
        // Recorded under Sơn La, merged into Hòa Bình (the names are an example, not the 2025 map).
        MeetingPlace p = PlaceNames.meetingPlace("Sơn La", null, "Hòa Bình", List.of("Hòa Bình", "Sơn La"), vi);
        assertThat(p).isEqualTo(new MeetingPlace(null, "Hòa Bình", false, "Sơn La"));
        assertThat(p.place() + " " + vi.format("place.then", p.then())).isEqualTo("Hòa Bình (Sơn La cũ)");
        MeetingPlace town = PlaceNames.meetingPlace("Sơn La (TP Mộc Châu)", null, "Hòa Bình", List.of("Sơn La"), vi);
        assertThat(town).isEqualTo(new MeetingPlace(null, "TP Mộc Châu", false, "Sơn La"));
        MeetingPlace english = PlaceNames.meetingPlace("Son La Province", null, "Hoa Binh", List.of("Sơn La"), en);
        assertThat(english.place() + " " + en.format("place.then", english.then())).isEqualTo("Hoa Binh (then Son La)");
        // A venue that names the former province already says it.
        assertThat(PlaceNames.meetingPlace("Sơn La", "Hội trường tỉnh Sơn La", "Hòa Bình", List.of("Sơn La"), vi).then())
                .isNull();
        // A venue abroad is no former province: "tỉnh Nagano, Nhật Bản (Sơn La cũ)" read as the venue's old name.
        assertThat(PlaceNames.meetingPlace("Sơn La", "tỉnh Nagano, Nhật Bản", "Hòa Bình", List.of("Sơn La"), vi).then())
                .isNull();
    }

    @Test
    void aPlaceInsideTheProvinceSaysWhichProvinceItLayInThenNotThatItIsTheFormerProvince() {
        // rd18: "Hải Phòng (Hải Dương cũ)" for a meeting of Thị xã Kinh Môn; the names are an example.
        MeetingPlace town = PlaceNames.meetingPlace("tỉnh Sơn La (Thị xã Mộc Châu)", null, "Hòa Bình",
                List.of("Sơn La"), vi);
        assertThat(town.place() + town.thenSaid(vi, "Hòa Bình")).isEqualTo("Thị xã Mộc Châu (khi đó thuộc Sơn La)");
        MeetingPlace english = PlaceNames.meetingPlace("Son La Province (Moc Chau Town)", null, "Hoa Binh",
                List.of("Sơn La"), en);
        assertThat(english.place() + english.thenSaid(en, "Hoa Binh")).isEqualTo("Moc Chau Town (then in Son La)");
        MeetingPlace province = PlaceNames.meetingPlace("Sơn La", null, "Hòa Bình", List.of("Sơn La"), vi);
        assertThat(province.place() + province.thenSaid(vi, "Hòa Bình")).isEqualTo("Hòa Bình (Sơn La cũ)");
    }

    @Test
    void aMeetingRecordedUnderAnotherProvinceIsGivenAsRecorded() {
        assertThat(PlaceNames.meetingPlace("Lạng Sơn", "Nhà khách", "Hòa Bình", List.of("Sơn La"), vi))
                .isEqualTo(new MeetingPlace("Lạng Sơn", "Nhà khách", true, null));
        assertThat(PlaceNames.meetingPlace("Lạng Sơn", "TP Lạng Sơn", "Hòa Bình", List.of(), vi))
                .isEqualTo(new MeetingPlace(null, "TP Lạng Sơn", true, null));
    }

    @Test
    void partnersLinkedAlikeAreOneRow() {
        PartialDate none = PartialDate.UNKNOWN;
        List<LinkItem> links = List.of(new LinkItem("Tỉnh A", "hợp tác", none, null, "Nêu tại buổi làm việc", List.of(2)),
                new LinkItem("Tỉnh B", "hợp tác", none, null, "Nêu tại buổi làm việc", List.of(2)),
                new LinkItem("Thành phố C", "hữu nghị", PartialDate.of("2024"), null, "Ký năm 2024", List.of(3)),
                new LinkItem("Tỉnh D", "hợp tác", none, null, "Nêu tại buổi làm việc", List.of(2)));
        var groups = ProfileAnnexesHtml.sameLinks(links);
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).extracting(LinkItem::partnerName).containsExactly("Tỉnh A", "Tỉnh B", "Tỉnh D");
        assertThat(groups.get(1)).extracting(LinkItem::partnerName).containsExactly("Thành phố C");
    }
}

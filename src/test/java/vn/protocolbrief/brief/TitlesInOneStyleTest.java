package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * Issue 19, read by the signer: an English pack writes posts in one style — "Chair" / "Vice-Chair" when the records
 * do not say the person's sex, "Chairman" / "Chairwoman" when they give Ông / Bà; a delegation written "Đoàn X" is
 * a delegation, never a person "Doan X"; and page 1 tells the officer when the head of delegation's post comes from
 * a record more than a year older than the visit.
 */
class TitlesInOneStyleTest {
    @TempDir
    Path dir;

    @Test
    void postsInOneStyleBySexWhereKnown() {
        Addressing en = new Addressing("en");
        assertThat(en.title("Phó Chủ tịch HĐND tỉnh Lam", "đồng chí").text())
                .isEqualTo("Vice-Chair of the Lam Provincial People's Council");
        assertThat(en.title("Phó Chủ tịch Thường trực UBND tỉnh Lam", null).text())
                .isEqualTo("Standing Vice-Chair of the Lam Provincial People's Committee");
        assertThat(en.title("Phó Chủ tịch HĐND tỉnh Lam", "Bà").text())
                .isEqualTo("Vice-Chairwoman of the Lam Provincial People's Council");
        assertThat(en.title("Chủ tịch UBND tỉnh Lam", "ông").text())
                .isEqualTo("Chairman of the Lam Provincial People's Committee");
        // The form of address beside it uses the same neutral word.
        assertThat(en.ours("đồng chí", "Lê Văn Hòa", "Chủ tịch UBND tỉnh Lam")).isEqualTo("Chair Le Van Hoa");
        // A Vietnamese pack is not touched.
        assertThat(new Addressing("vi").title("Chủ tịch UBND tỉnh Lam", "ông").text()).isEqualTo("Chủ tịch UBND tỉnh Lam");
    }

    @Test
    void aDelegationIsNotStrippedIntoAName() {
        Labels en = new Labels("en");
        Addressing a = new Addressing("en");
        assertThat(en.side("Đoàn Hokkaido", a)).isEqualTo("Hokkaido delegation");
        assertThat(en.side("Đoàn công tác Shiga", a)).isEqualTo("Shiga delegation");
        // A person of the family Đoàn is still a person, written without marks.
        assertThat(en.side("Đoàn Văn Hậu", a)).isEqualTo("Doan Van Hau");
        // Words that are not Vietnamese syllables are never passed off as a stripped Vietnamese name.
        assertThat(Labels.vietnameseSyllables("Nguyễn Thị Thúy")).isTrue();
        assertThat(Labels.vietnameseSyllables("Hokkaido")).isFalse();
    }

    static String flat(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void pageOneTellsTheOfficerTheHeadsPostIsOld() throws IOException {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            new VisitService(store).save(new Visit("v-qn", "quang-ninh", "pref-hokkaido", PartialDate.of("2026-12-03"),
                    "09:30", "Trụ sở UBND tỉnh", "Chào xã giao", new Visit.Attendee("suzuki-naomichi", null, null),
                    List.of(), List.of(), null, List.of(), "Sở Ngoại vụ", null, null, List.of()));
            BriefService service = Packs.service(store);
            var vi = Packs.build(service, BriefRequest.forVisit("v-qn", "vi", null, null), dir, "qn-vi");
            assertThat(flat(vi.pages().get(0))).contains("chức vụ của Trưởng đoàn SUZUKI Naomichi lấy từ hồ "
                    + "sơ tháng 11/2023, đã quá một năm");
            assertThat(flat(vi.docxText())).contains("chức vụ của Trưởng đoàn SUZUKI Naomichi");
            var en = Packs.build(service, BriefRequest.forVisit("v-qn", "en", null, null), dir, "qn-en");
            assertThat(flat(en.pages().get(0))).contains("the head of delegation SUZUKI Naomichi's post is "
                    + "from a record of November 2023, over a year old");
        }
    }
}

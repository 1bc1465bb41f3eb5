package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Actor;
import vn.protocolbrief.store.Store;

/**
 * The page-1 note "posts older than a year — confirm" can be cleared (issue 19): the officer confirms the posts, the
 * confirmation is kept with who and when, and the pack then prints them without the warning and without "as of" in
 * the front brief, while the annex of the leader's posts still gives the record's month. The demo's Quảng Ninh posts
 * were read in 11/2023.
 */
class ConfirmedPostsTest {
    @TempDir
    Path dir;

    @Test
    void confirmedPostsArePrintedWithoutTheWarningAndTheAnnexKeepsTheirDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        try (Store opened = Store.open(dir.resolve("demo.db"))) {
            Store store = opened.actingAs(Actor.named("Lê Thu Hà"));
            new VisitService(store).save(new Visit("visit-qn", "quang-ninh", "pref-hokkaido", PartialDate.of("2026-12-03"),
                    "09:30", null, null, new Visit.Attendee("suzuki-naomichi", null, null), List.of(),
                    List.of(new Visit.Attendee("nguyen-xuan-ky", null, null)), null, List.of(), null, null, null,
                    List.of()));
            BriefService service = new BriefService(store, clock);
            BriefRequest request = BriefRequest.forVisit("visit-qn", "vi", null, null);
            BriefModel before = service.assemble(request);
            assertThat(before.meta().headPostAsOf()).contains("SUZUKI Naomichi")
                    .contains("Chức vụ của Nguyễn Xuân Ký"); // our host's post is as old, and page 1 says so too
            assertThat(before.visit().leader().title().replace('\u00A0', ' ')).endsWith("(tính đến 11/2023)");
            // The English pack names the same people in its own spelling: matched by the person, not by the name.
            assertThat(service.assemble(BriefRequest.forVisit("visit-qn", "en", null, null)).meta().headPostAsOf())
                    .contains("SUZUKI Naomichi", "Nguyen Xuan Ky's post")
                    .doesNotContainPattern("[ạ-ỹàáâãèéêìíòóôõùúýăđĩũơư]"); // the Vietnamese post is not inside it (rd15)
            // A host typed by hand for the visit is not the person of the record who bears the same name.
            new VisitService(store).save(new Visit("visit-qn-typed", "quang-ninh", "pref-hokkaido",
                    PartialDate.of("2026-12-03"), "09:30", null, null, new Visit.Attendee("suzuki-naomichi", null, null),
                    List.of(), List.of(new Visit.Attendee(null, "Nguyễn Xuân Ký", "Phó Chủ tịch UBND tỉnh")), null,
                    List.of(), null, null, null, List.of()));
            for (String lang : List.of("vi", "en")) {
                assertThat(service.assemble(BriefRequest.forVisit("visit-qn-typed", lang, null, null)).meta()
                        .headPostAsOf()).as(lang).contains("SUZUKI Naomichi").doesNotContain("Xuân Ký", "Xuan Ky");
            }

            List<StalePost> confirmed = service.confirmStalePosts(request);
            assertThat(confirmed).extracting(StalePost::person).contains("SUZUKI Naomichi", "Nguyễn Xuân Ký");
            var kept = store.reads(r -> r.postConfirmations(confirmed.stream().map(StalePost::positionId).toList()));
            assertThat(kept.values()).allSatisfy(c -> {
                assertThat(c.confirmedBy()).isEqualTo("Lê Thu Hà");
                assertThat(c.confirmedOn()).hasToString("2026-11-22");
            });

            BriefModel after = service.assemble(request);
            assertThat(service.stalePosts(request)).isEmpty();
            assertThat(after.meta().headPostAsOf()).isNull();
            assertThat(service.assemble(BriefRequest.forVisit("visit-qn", "en", null, null)).meta().headPostAsOf())
                    .isNull();
            assertThat(after.visit().leader().title()).doesNotContain("tính đến");
            assertThat(after.visit().hosts().get(0).title()).doesNotContain("tính đến");
            assertThat(after.delegation().leaderPosts()).allSatisfy(p -> assertThat(p.asOf()).isNotNull());

            // A confirmation over a year before a visit does not clear that visit's posts.
            BriefService later = new BriefService(store, Clock.fixed(Instant.parse("2028-03-01T03:00:00Z"),
                    ZoneId.of("Asia/Ho_Chi_Minh")));
            new VisitService(store).save(new Visit("visit-qn-2028", "quang-ninh", "pref-hokkaido",
                    PartialDate.of("2028-03-10"), "09:30", null, null, new Visit.Attendee("suzuki-naomichi", null, null),
                    List.of(), List.of(), null, List.of(), null, null, null, List.of()));
            assertThat(later.stalePosts(BriefRequest.forVisit("visit-qn-2028", "vi", null, null)))
                    .extracting(StalePost::person).contains("SUZUKI Naomichi");
        }
    }
}

package vn.protocolbrief.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.brief.StalePost;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.PostConfirmation;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Actor;
import vn.protocolbrief.store.ArchiveService;
import vn.protocolbrief.store.Store;

/**
 * An officer's confirmation that an old post still holds (issue 19) is a change of the post's person like any other
 * (issue 20): the officer's undo takes it back and a colleague's never does, the person's history says who confirmed
 * what and when, an export carries it and import-json restores it, a travel copy takes it and a sync sends and takes
 * it. The demo's Quảng Ninh posts were read in 11/2023. The office is a SQLite file here and a PostgreSQL server in
 * {@link ConfirmedPostsTravelOnPostgresTest}.
 */
class ConfirmedPostsTravelTest {
    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final BriefRequest PACK = BriefRequest.forVisit("visit-qn", "vi", null, null);

    @TempDir
    Path dir;

    /** A new office store with the demo records. */
    String office() {
        return dir.resolve("office.db").toString();
    }

    /** The office as one officer opens it (on a server: logged in as that officer). */
    Store as(String office, String officer) {
        return Store.open(office).actingAs(Actor.named(officer));
    }

    private static Map<String, PostConfirmation> confirmations(Store store, List<StalePost> posts) {
        return store.reads(r -> r.postConfirmations(posts.stream().map(StalePost::positionId).toList()));
    }

    private static void confirm(Store store, List<String> posts, String day) {
        store.writing(w -> {
            w.confirmPosts(posts, java.time.LocalDate.parse(day));
            return null;
        });
    }

    @Test
    void aConfirmationIsUndoneByItsOfficerOnlyListedExportedImportedTakenAndSynced() {
        String office = office();
        try (Store ha = as(office, "Ha"); Store minh = as(office, "Minh")) {
            new VisitService(ha).save(new Visit("visit-qn", "quang-ninh", "pref-hokkaido", PartialDate.of("2026-12-03"),
                    "09:30", null, null, new Visit.Attendee("suzuki-naomichi", null, null), List.of(),
                    List.of(new Visit.Attendee("nguyen-xuan-ky", null, null)), null, List.of(), null, null, null,
                    List.of()));
            BriefService haPacks = new BriefService(ha, NOV_2026);
            List<StalePost> stale = haPacks.stalePosts(PACK);
            assertThat(stale).extracting(StalePost::person).contains("SUZUKI Naomichi");
            List<String> posts = stale.stream().map(StalePost::positionId).distinct().toList();
            assertThat(haPacks.confirmStalePosts(PACK)).isNotEmpty();
            assertThat(haPacks.stalePosts(PACK)).isEmpty();

            // changes: who confirmed what, when
            assertThat(new RecordService(ha).history("person", "suzuki-naomichi")).anySatisfy(e -> {
                assertThat(e.actor()).isEqualTo("Ha");
                assertThat(e.label()).contains("Confirmed").contains("SUZUKI Naomichi");
                assertThat(e.at()).isNotBlank();
            });

            // a colleague's undo takes back the colleague's change, never Ha's confirmation
            new RecordService(minh).saveFigure(new KeyFigure("kf-minh", "quang-ninh", null, "Số liệu thử", "1",
                    "người", PartialDate.of("2026"), null));
            assertThat(new RecordService(minh).undoLast()).get().extracting(RecordService.Change::actor)
                    .isEqualTo("Minh");
            assertThat(new RecordService(minh).undoLast()).isEmpty();
            assertThat(confirmations(ha, stale)).hasSize(posts.size());

            // an export carries them, import-json restores them
            Archive exported = new ArchiveService(ha).export();
            assertThat(exported.postConfirmations()).extracting(PostConfirmation::positionId)
                    .containsAll(posts);
            assertThat(exported.postConfirmations()).allSatisfy(c -> assertThat(c.confirmedBy()).isEqualTo("Ha"));

            // Ha's undo takes her confirmation back
            RecordService.Change undone = new RecordService(ha).undoLast().orElseThrow();
            assertThat(undone.label()).contains("Confirmed");
            assertThat(confirmations(ha, stale)).isEmpty();
            assertThat(haPacks.stalePosts(PACK)).isNotEmpty();

            try (Store restored = Store.open(dir.resolve("restored.db"), false)) {
                new ArchiveService(restored).importFile(exported, null);
                assertThat(confirmations(restored, stale).values()).hasSize(posts.size())
                        .allSatisfy(c -> assertThat(c.confirmedBy()).isEqualTo("Ha"));
            }

            // a travel copy takes them; a sync sends those made on the road and takes those made at the office
            confirm(ha, posts, "2026-11-23");
            TravelService travel = new TravelService(Store::open);
            Path road = dir.resolve("road.db");
            travel.take(ha, office, road, List.of(), false);
            try (Store copy = Store.open(road).actingAs(Actor.named("Lan"))) {
                assertThat(confirmations(copy, stale)).hasSize(posts.size());
                confirm(copy, posts, "2026-12-01");
                travel.sync(copy, office);
                assertThat(confirmations(ha, stale).values()).hasSize(posts.size()).allSatisfy(c -> {
                    assertThat(c.confirmedBy()).isEqualTo("Lan");
                    assertThat(c.confirmedOn()).hasToString("2026-12-01");
                });
                confirm(ha, posts, "2026-12-02");
                travel.sync(copy, office);
                assertThat(confirmations(copy, stale).values()).hasSize(posts.size()).allSatisfy(c -> {
                    assertThat(c.confirmedBy()).isEqualTo("Ha");
                    assertThat(c.confirmedOn()).hasToString("2026-12-02");
                });
            }
        }
    }
}

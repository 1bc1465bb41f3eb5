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
import vn.protocolbrief.store.Store;

/**
 * The composer asks the officer to confirm only the old posts of the people the pack presents for the visit (our
 * hosts, the guests' head and delegation), never a post that only sits in the background annexes: the tester was
 * asked, for Bắc Ninh and the Embassy, to confirm the Ambassador's post read in Phú Thọ's record of 11/2025 though no
 * visit named him. The annex still dates that post ("tính đến 11/2025").
 */
class StalePostsAskedTest {
    @TempDir
    Path dir;

    private static final Clock DEC_2026 = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aPartnersHeadFromAnotherProvincesRecordIsNotAskedWhenNoVisitNamesHim() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            BriefService service = new BriefService(store, DEC_2026);
            BriefRequest request = new BriefRequest("bac-ninh", "embassy-of-japan", null, null, "vi", null);

            assertThat(service.stalePosts(request)).isEmpty();
            BriefModel model = service.assemble(request);
            assertThat(model.delegation().currentHeads()).singleElement()
                    .satisfies(h -> assertThat(h.title().replace('\u00A0', ' ')).endsWith("(tính đến 11/2025)"));
            assertThat(service.confirmStalePosts(request)).isEmpty();
        }
    }

    @Test
    void theSamePostIsAskedOnceTheVisitNamesHimAsHeadOfTheDelegation() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            new VisitService(store).save(new Visit("visit-bn", "bac-ninh", "embassy-of-japan",
                    PartialDate.of("2026-12-20"), "09:30", null, null, new Visit.Attendee("ito-naoki", null, null),
                    List.of(), List.of(), null, List.of(), null, null, null, List.of()));
            BriefService service = new BriefService(store, DEC_2026);

            assertThat(service.stalePosts(BriefRequest.forVisit("visit-bn", "vi", null, null)))
                    .extracting(StalePost::person).containsExactly("ITO Naoki");
        }
    }
}

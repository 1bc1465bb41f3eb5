package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * Issue 19: a new store is seeded with six sample meetings (marked reviewed by "demo"). A pack about real records —
 * here a first visit of the Embassy to a province with no sample meeting — never shows them (not as the partner's
 * meetings elsewhere, not as the leader's other visits); the demo pack of a sample pair still does.
 */
class SamplesStayInTheDemoTest {
    @TempDir
    Path dir;

    @Test
    void aRealPackShowsNoSampleMeetingAndTheDemoPackStillDoes() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            BriefService service = Packs.service(store);
            VisitService visits = new VisitService(store);
            visits.save(visit("v-real", "thanh-hoa"));
            visits.save(visit("v-demo", "phu-tho"));
            BriefModel real = service.assemble(BriefRequest.forVisit("v-real", "vi", null, null));
            assertThat(real.delegation().partnerElsewhere()).as("the Embassy's sample meetings elsewhere").isEmpty();
            assertThat(real.delegation().leaderOtherMeetings()).as("the Ambassador's sample meetings").isEmpty();
            assertThat(real.delegation().partnerProvinces()).isEmpty();
            // The person is real: his post, read from a sample article, still addresses him.
            assertThat(real.visit().leader().title()).isNotNull();
            BriefModel demo = service.assemble(BriefRequest.forVisit("v-demo", "vi", null, null));
            assertThat(demo.delegation().partnerElsewhere()).as("the demo pack keeps its samples").isNotEmpty();
        }
    }

    /** An officer who logs in as "demo" reviews real meetings: they are the office's, not samples. */
    @Test
    void aRealMeetingReviewedByAnOfficerCalledDemoStaysInTheRealPack() {
        try (Store store = Store.open(dir.resolve("demo-officer.db"))) {
            store.actingAs(vn.protocolbrief.store.Actor.named("demo"));
            new vn.protocolbrief.service.RecordService(store).saveMeeting(new vn.protocolbrief.domain.Meeting(
                    "m-real-nghe-an", PartialDate.of("2026-03-12"), "nghe-an", null, null, "embassy-of-japan",
                    "Tiếp Đại sứ Nhật Bản", null, null, List.of(), List.of(), List.of(), List.of()));
            new vn.protocolbrief.service.MeetingReviews(store).mark("m-real-nghe-an");
            new VisitService(store).save(visit("v-real", "thanh-hoa"));
            BriefModel real = Packs.service(store).assemble(BriefRequest.forVisit("v-real", "vi", null, null));
            assertThat(real.delegation().partnerProvinces()).as("the Embassy's real meeting in Nghệ An").isNotEmpty();
        }
    }

    static Visit visit(String id, String province) {
        return new Visit(id, province, "embassy-of-japan", PartialDate.of("2026-12-03"), "09:30", null, null,
                new Visit.Attendee("ito-naoki", null, null), List.of(), List.of(), null, List.of(), null, null, null,
                List.of());
    }
}

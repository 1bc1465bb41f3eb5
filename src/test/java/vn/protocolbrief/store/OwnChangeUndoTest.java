package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.service.VisitService;

/**
 * Issues 23.3 and 20: undo takes back exactly the change it names, the asker's own, or refuses saying why; two
 * officers on one store file never lose or undo each other's work.
 */
class OwnChangeUndoTest extends TwoOfficersOnOneStore {
    static final String MEETING = "m-2025-10-27-gia-lai-ashikaga";

    /** What `import --merge` of a second article writes: the meeting with the article's requests, and the article. */
    static void mergeArticle(Store store, String meetingId, int requests) {
        Meeting m = new RecordService(store).meeting(meetingId);
        Source article = new Source("src-merge-" + meetingId, "Báo thử", null, PartialDate.of("2025-10-28"),
                "Bài thứ hai", "Một bài báo thứ hai về buổi làm việc.");
        List<Request> asks = new ArrayList<>(m.requests());
        for (int i = 1; i <= requests; i++) {
            asks.add(new Request(meetingId + "-merge-" + i, Direction.JP_TO_VN, List.of("other"), "Đề nghị thêm số " + i,
                    RequestStatus.OPEN, null, article.id(), List.of()));
        }
        List<String> sources = new ArrayList<>(m.sourceIds());
        sources.add(article.id());
        Meeting merged = new Meeting(m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), m.venue(), m.partnerId(),
                m.title(), m.summary(), m.outcome(), sources, m.participants(), asks, m.gifts());
        new ImportRecords(store).inOneTransaction(tx -> {
            tx.save(new Archive(Archive.FORMAT, List.of(), List.of(), List.of(article), List.of(merged), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of()));
            return null;
        });
    }

    @Test
    void undoAfterAColleaguesMergeTakesBackTheFollowUpAloneAndKeepsTheMergedRequestsAndSource() {
        int requests = new RecordService(lan).meeting(MEETING).requests().size();
        new RecordService(lan).followUp("r-gia-lai-2", new FollowUp(PartialDate.of("2026-11-20"), RequestStatus.DONE,
                "Hai bên đã ký", null));
        mergeArticle(minh, MEETING, 8);

        RecordService records = new RecordService(lan);
        assertThat(records.undoLast()).get().extracting(RecordService.Change::label).isEqualTo("Hai bên đã ký");

        Meeting after = records.meeting(MEETING);
        assertThat(after.requests()).hasSize(requests + 8);
        assertThat(after.sourceIds()).contains("src-merge-" + MEETING);
        assertThat(after.requests()).filteredOn(r -> r.id().equals("r-gia-lai-2")).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
                    assertThat(r.followUps()).isEmpty();
                });
        assertThat(new HistoryService(lan).search("de nghi them so 8", 5)).extracting(SearchIndex.Hit::refId)
                .contains(MEETING + "-merge-8");
    }

    @Test
    void undoOfANewMeetingIsRefusedWhenAColleaguesMergeAddedRequestsToIt() {
        Meeting m = StoreFixtures.meeting("m-new-lan", "gia-lai", null, "2026-01-05", "Hỗ trợ đào tạo");
        new RecordService(lan).saveMeeting(m);
        mergeArticle(minh, "m-new-lan", 8);

        assertThatThrownBy(() -> new RecordService(lan).undoLast()).isInstanceOf(StoreException.class)
                // The merge added 8 requests and its source, and (an article nobody checked) made the meeting
                // unreviewed again: the refusal names the first of these that depends on the change.
                .hasMessageContaining("since by Minh at")
                .hasMessageEndingWith("Nothing was changed.");
        assertThat(new RecordService(lan).meeting("m-new-lan").requests()).hasSize(9);
    }

    @Test
    void undoIsRefusedWhenAColleagueChangedTheSameFieldSince() {
        RecordService byLan = new RecordService(lan);
        Meeting m = byLan.meeting(MEETING);
        byLan.saveMeeting(withVenue(m, "Nhà khách tỉnh"));
        RecordService byMinh = new RecordService(minh);
        byMinh.saveMeeting(withVenue(byMinh.meeting(MEETING), "Trụ sở UBND"));

        assertThatThrownBy(byLan::undoLast).isInstanceOf(StoreException.class)
                .hasMessageContaining("meeting " + MEETING + " was changed since by Minh at");
        assertThat(byLan.meeting(MEETING).venue()).isEqualTo("Trụ sở UBND");
        // Minh's own undo is his to make, and then Lan's can go through.
        assertThat(byMinh.undoLast()).isPresent();
        assertThat(byLan.undoLast()).isPresent();
        assertThat(byLan.meeting(MEETING).venue()).isEqualTo(m.venue());
    }

    @Test
    void twoOfficersInterleavingChangesEachUndoTheirOwn() {
        RecordService byLan = new RecordService(lan);
        RecordService byMinh = new RecordService(minh);
        for (int i = 0; i < 5; i++) {
            byLan.saveFigure(figure("kft-lan-" + i, "Lan " + i));
            byMinh.saveFigure(figure("kft-minh-" + i, "Minh " + i));
        }
        for (int i = 4; i >= 0; i--) {
            assertThat(byLan.undoLast()).get().extracting(RecordService.Change::refId).isEqualTo("kft-lan-" + i);
            assertThat(byMinh.undoLast()).get().extracting(RecordService.Change::refId).isEqualTo("kft-minh-" + i);
        }
        assertThat(byLan.undoLast()).isEmpty();
        int left = lan.read(h -> h.createQuery("SELECT count(*) FROM key_figure WHERE id LIKE 'kft-%'")
                .mapTo(Integer.class).one());
        assertThat(left).isZero();
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedWithWhoChangedItAndWhen() {
        RecordService byLan = new RecordService(lan);
        RecordService byMinh = new RecordService(minh);
        var lanRead = byLan.meetingVersioned(MEETING);
        var minhRead = byMinh.meetingVersioned(MEETING);
        byMinh.saveMeeting(withVenue(minhRead.record(), "Trụ sở UBND"), minhRead.version());

        assertThatThrownBy(() -> byLan.saveMeeting(withVenue(lanRead.record(), "Nhà khách"), lanRead.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageStartingWith("Meeting " + MEETING + " was changed by Minh at ")
                .hasMessageEndingWith("since you opened it; reload to see their version. Nothing was saved.");
        assertThat(byLan.meeting(MEETING).venue()).isEqualTo("Trụ sở UBND");
        var again = byLan.meetingVersioned(MEETING);
        byLan.saveMeeting(withVenue(again.record(), "Nhà khách"), again.version());
        assertThat(byLan.meeting(MEETING).venue()).isEqualTo("Nhà khách");
    }

    @Test
    void aRecordsHistorySaysWhoChangedWhichFieldsAndWhen() {
        RecordService byLan = new RecordService(lan);
        byLan.saveMeeting(withVenue(byLan.meeting(MEETING), "Nhà khách tỉnh"));
        new RecordService(minh).followUp("r-gia-lai-2", new FollowUp(PartialDate.of("2026-11-20"), RequestStatus.DONE,
                "Đã ký", null));

        List<RecordService.HistoryEntry> history = byLan.history("meeting", MEETING);
        assertThat(history).extracting(RecordService.HistoryEntry::actor).containsExactly("Lan", "Minh");
        // Saved in the form: the venue changed, and the meeting is now reviewed by the officer who saved it.
        assertThat(history.get(0).fields()).containsExactly("meeting " + MEETING + ".venue", "meeting_review.reviewed_by",
                "meeting_review.reviewed_at");
        assertThat(history.get(1).fields()).contains("request r-gia-lai-2.status", "request_followup added");
        RecordService.Stamp stamp = byLan.stamp("meeting", MEETING);
        assertThat(stamp.version()).isEqualTo(2);
        assertThat(stamp.changedBy()).isEqualTo("Minh");
    }

    @Test
    void twoVisitEditsReadTogetherSaveOnceAndTheSecondIsToldWhoChangedIt() throws Exception {
        String partner = new RecordService(lan).meeting(MEETING).partnerId();
        vn.protocolbrief.domain.Visit v = new vn.protocolbrief.domain.Visit("visit-race", "gia-lai", partner, null, null,
                null, "Chuẩn bị", null, List.of(), List.of(), null, List.of(), null, null, null, List.of());
        new VisitService(lan).save(v);
        java.util.concurrent.CyclicBarrier bothRead = new java.util.concurrent.CyclicBarrier(2);
        List<String> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (Store store : List.of(lan, minh)) {
            Thread t = new Thread(() -> {
                VisitService visits = new VisitService(store);
                try {
                    VisitService.Versioned read = visits.getVersioned("visit-race");
                    bothRead.await();
                    vn.protocolbrief.domain.Visit r = read.visit();
                    visits.save(new vn.protocolbrief.domain.Visit(r.id(), r.provinceId(), r.partnerId(), r.date(),
                            r.time(), "Phòng họp của " + store.actor().name(), r.purpose(), r.leader(), r.members(),
                            r.hosts(), r.interpreter(), r.programme(), r.issuingOffice(), r.preparedBy(),
                            r.approvedBy(), r.points()), read.version());
                    outcomes.add("saved");
                } catch (StaleEditException e) {
                    outcomes.add(e.getMessage());
                } catch (Exception e) {
                    outcomes.add("failed: " + e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(outcomes).hasSize(2).contains("saved");
        assertThat(outcomes).filteredOn(o -> !o.equals("saved")).singleElement().asString()
                .startsWith("Visit visit-race was changed by ").contains("reload to see their version");
    }

    @Test
    void aMeetingLanReviewedIsNoLongerReviewedOnceMinhChangesAStatusAndIsAgainWhenHeUndoes() {
        new vn.protocolbrief.service.MeetingReviews(lan).mark(MEETING);
        new RecordService(lan).followUp("r-gia-lai-1", new FollowUp(PartialDate.of("2026-11-19"),
                RequestStatus.IN_PROGRESS, "Đang trao đổi", null));
        assertThat(new vn.protocolbrief.service.MeetingReviews(minh).of(MEETING)).as("her own change keeps her review")
                .get().extracting(vn.protocolbrief.domain.MeetingReview::reviewedBy).isEqualTo("Lan");

        // (a meeting saved in the form is reviewed by whoever saved it; a status changed is not read again)
        RecordService byMinh = new RecordService(minh);
        byMinh.followUp("r-gia-lai-2", new FollowUp(PartialDate.of("2026-11-20"), RequestStatus.DONE, "Hai bên đã ký",
                null));

        assertThat(new vn.protocolbrief.service.MeetingReviews(lan).of(MEETING)).as("Minh's change nobody has read")
                .isEmpty();
        assertThat(new vn.protocolbrief.service.MeetingReviews(lan).unreviewed(null))
                .extracting(vn.protocolbrief.service.MeetingReviews.Unreviewed::meetingId).contains(MEETING);
        assertThat(byMinh.undoLast()).isPresent();
        assertThat(new vn.protocolbrief.service.MeetingReviews(lan).of(MEETING)).as("the meeting Lan read is back")
                .get().extracting(vn.protocolbrief.domain.MeetingReview::reviewedBy).isEqualTo("Lan");
    }

    static Meeting withVenue(Meeting m, String venue) {
        return new Meeting(m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), venue, m.partnerId(), m.title(),
                m.summary(), m.outcome(), m.sourceIds(), m.participants(), m.requests(), m.gifts());
    }

    static KeyFigure figure(String id, String value) {
        return new KeyFigure(id, "gia-lai", null, "Số liệu thử", value, "người", PartialDate.of("2026"), null);
    }
}

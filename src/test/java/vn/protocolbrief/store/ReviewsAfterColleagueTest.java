package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.AidStatus;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.MeetingReview;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.service.MeetingReviews;
import vn.protocolbrief.service.RecordService;

/**
 * Issue 20 / ADR 0010: a review vouches for what its reviewer read. Lan has reviewed a meeting; Minh then changes it
 * through what was saved with it (an agreement, an aid project) or by importing a file that changes it. His change
 * takes Lan's review off unless he vouches for the file himself ({@code import-json --reviewed}: then it is his); his
 * undo puts Lan's back.
 */
class ReviewsAfterColleagueTest extends TwoOfficersOnOneStore {
    static final String MEETING = OwnChangeUndoTest.MEETING;
    static final String OTHER = ImportJsonOverColleagueTest.OTHER;

    private Optional<String> reviewer(String meetingId) {
        return new MeetingReviews(lan).of(meetingId).map(MeetingReview::reviewedBy);
    }

    private static ArchiveService.ImportResult importReviewed(Store store, String json) {
        Archive a = ArchiveJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "edited.json");
        return new ArchiveService(store).importFile(a, null, true);
    }

    private Agreement agreement(String title) {
        Meeting m = new RecordService(lan).meeting(MEETING);
        return new Agreement("ag-review-test", MEETING, m.provinceId(), null, m.partnerId(), "mou", title,
                PartialDate.of("2025-10-27"), "Hai bên", "Giáo dục", "signed", null);
    }

    private AidProject aid(String meetingId) {
        Meeting m = new RecordService(lan).meeting(meetingId);
        return new AidProject("aid-review-test", meetingId, m.provinceId(), m.partnerId(), "Dự án thử", "Nhà tài trợ",
                null, null, null, null, "Thử", AidStatus.PROPOSED, PartialDate.of("2025-11"), null);
    }

    @Test
    void importJsonReviewedByMinhOfAFileChangingAMeetingLanReviewedIsReviewedByMinhAndHisUndoGivesItBackToLan()
            throws IOException {
        new MeetingReviews(lan).mark(MEETING);
        String title = new RecordService(minh).meeting(MEETING).title();
        String json = ImportJsonOverColleagueTest.exportText(minh);

        importReviewed(minh, ImportJsonOverColleagueTest.edited(json, title, "Tiêu đề Minh đã đọc"));

        assertThat(reviewer(MEETING)).as("Minh read the file he vouched for").contains("Minh");
        assertThat(new MeetingReviews(lan).unreviewed(null)).extracting(MeetingReviews.Unreviewed::meetingId)
                .doesNotContain(MEETING);
        assertThat(new RecordService(minh).undoLast()).isPresent();
        assertThat(new RecordService(lan).meeting(MEETING).title()).isEqualTo(title);
        assertThat(reviewer(MEETING)).as("the meeting Lan read, as she read it").contains("Lan");
    }

    @Test
    void importJsonReviewedOfAFileThatLeavesLansMeetingAsItWasKeepsHerReview() throws IOException {
        new MeetingReviews(lan).mark(MEETING);
        String otherTitle = new RecordService(minh).meeting(OTHER).title();
        String json = ImportJsonOverColleagueTest.exportText(minh);

        importReviewed(minh, ImportJsonOverColleagueTest.edited(json, otherTitle, "Tiêu đề Minh đã đọc"));

        assertThat(reviewer(MEETING)).as("Minh's file did not change what Lan read").contains("Lan");
    }

    @Test
    void minhsChangeToAnAgreementSavedWithTheMeetingTakesLansReviewOffAndHisUndoPutsItBack() {
        RecordService byLan = new RecordService(lan);
        byLan.saveAgreement(agreement("Biên bản ghi nhớ thử"));
        new MeetingReviews(lan).mark(MEETING);
        byLan.saveAgreement(agreement("Biên bản ghi nhớ thử (Lan sửa)"));
        assertThat(reviewer(MEETING)).as("her own change keeps her review").contains("Lan");

        RecordService byMinh = new RecordService(minh);
        byMinh.saveAgreement(agreement("Biên bản ghi nhớ Minh sửa"));

        assertThat(reviewer(MEETING)).as("nobody has read Minh's change").isEmpty();
        assertThat(new MeetingReviews(lan).unreviewed(null)).extracting(MeetingReviews.Unreviewed::meetingId)
                .contains(MEETING);
        assertThat(byMinh.undoLast()).isPresent();
        assertThat(reviewer(MEETING)).contains("Lan");
    }

    @Test
    void anAidProjectMinhAddsToTheMeetingTakesLansReviewOffAndHisUndoPutsItBack() {
        new MeetingReviews(lan).mark(MEETING);
        RecordService byMinh = new RecordService(minh);

        byMinh.saveAid(aid(MEETING));

        assertThat(reviewer(MEETING)).isEmpty();
        assertThat(byMinh.undoLast()).isPresent();
        assertThat(reviewer(MEETING)).contains("Lan");
    }

    @Test
    void anAidProjectMovedAwayFromTheMeetingLanReviewedTakesHerReviewOff() {
        RecordService byLan = new RecordService(lan);
        byLan.saveAid(aid(MEETING));
        new MeetingReviews(lan).mark(MEETING);
        AidProject was = aid(MEETING);

        new RecordService(minh).saveAid(new AidProject(was.id(), OTHER, was.provinceId(), was.partnerId(), was.title(),
                was.donor(), was.channel(), was.amount(), was.currency(), was.amountNote(), was.purpose(), was.status(),
                was.date(), was.sourceId()));

        assertThat(reviewer(MEETING)).as("the meeting no longer holds what Lan read").isEmpty();
    }
}

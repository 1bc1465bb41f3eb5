package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Thanks;
import vn.protocolbrief.ingest.Draft;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.service.CommitmentService;
import vn.protocolbrief.service.MeetingReviews;
import vn.protocolbrief.service.RecordService;

/**
 * Issue 18, what the store keeps of a draft (im12): the thanks said at a meeting, our own head of delegation abroad
 * with the role the draft read, and an import-json of an edited export that replaces the meeting's sub-records with
 * the file's (saying which went) and marks a meeting reviewed only when the officer says they read it. The same tests
 * run on an office store ({@link StatementsKeptAndReplacedOnPostgresTest}).
 */
class StatementsKeptAndReplacedTest extends TwoOfficersOnOneStore {
    private static Draft.PersonRef ours(String name, String family, String given, String title, String role) {
        return new Draft.PersonRef(name, family, given, "vn", title, "câu", null, List.of(), role, null, "ông");
    }

    /** Our delegation visits the partner: a head, a participant; thanks both ways, two promises, a signed paper. */
    private static Draft abroad() {
        Draft.PartnerRef partner = new Draft.PartnerRef("ashikaga", null, null, "municipality", null, null);
        return new Draft("2026-04-02", "day", new Draft.Ref("gia-lai", "Gia Lai"), "Gia Lai", null, partner, null,
                List.of(), List.of(ours("Phạm Văn An", "Phạm", "Văn An", "Chủ tịch UBND tỉnh Gia Lai", "leader"),
                        ours("Lê Thị Bình", "Lê", "Thị Bình", "Giám đốc Sở Ngoại vụ", "participant")),
                List.of(), List.of(new Draft.AgreementDraft("Biên bản ghi nhớ về du lịch", "hai bên", true, null, "câu")),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(),
                new Draft.SourceDraft("a.txt", "text", "Tin", "Báo tỉnh", null, "2026-04-03",
                        "Đoàn công tác của tỉnh làm việc tại thành phố bạn."),
                List.of(new Draft.CommitmentDraft("vn", "Tạo điều kiện cho doanh nghiệp", null, "câu"),
                        new Draft.CommitmentDraft("jp", "Cử chuyên gia sang hỗ trợ", null, "câu")),
                List.of(new Draft.ThanksDraft("vn", "jp", "Cảm ơn sự đón tiếp chu đáo của thành phố", "câu"),
                        new Draft.ThanksDraft("jp", "vn", "Cảm ơn tỉnh đã cử đoàn sang thăm", "câu")));
    }

    private String saved() {
        var s = new ImportService(lan).save(abroad(), false);
        assertThat(s.status()).isEqualTo("saved");
        return s.meetingId();
    }

    private static String exportText(Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ArchiveJson.write(new ArchiveService(store).export(), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Archive read(String json) {
        return ArchiveJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "edited.json");
    }

    @Test
    void aSavedDraftKeepsItsThanksAndOurHeadOfDelegationAbroad() {
        String id = saved();
        assertThat(new CommitmentService(lan).thanksOf(id)).extracting(Thanks::by, Thanks::to, Thanks::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Side.VN, Side.JP, "Cảm ơn sự đón tiếp chu đáo của thành phố"),
                        org.assertj.core.groups.Tuple.tuple(Side.JP, Side.VN, "Cảm ơn tỉnh đã cử đoàn sang thăm"));
        Meeting m = new RecordService(lan).meeting(id);
        assertThat(m.side(Side.VN)).extracting(Participant::role)
                .containsExactly(ParticipantRole.LEADER, ParticipantRole.PARTICIPANT);
        assertThat(m.head(Side.VN)).isPresent();
        assertThat(m.leader()).as("the partner's head, never ours").isEmpty();
        // export carries them; the export restores them into an empty store
        Archive file = read(exportText(lan));
        assertThat(file.thanks()).hasSize(2);
        try (Store empty = Store.open(dir.resolve("restored.db"))) {
            new ArchiveService(empty).importFile(file, null);
            assertThat(new CommitmentService(empty).thanksOf(id)).hasSize(2);
            assertThat(new RecordService(empty).meeting(id).head(Side.VN)).isPresent();
        }
    }

    @Test
    void importJsonReplacesTheMeetingsSubRecordsWithTheFilesAndSaysWhichWent() {
        String id = saved();
        Commitment dropped = new CommitmentService(lan).ofMeeting(id).get(1);
        new vn.protocolbrief.service.EnglishRenderingService(lan).set(vn.protocolbrief.domain.EnglishRendering.COMMITMENT,
                dropped.id(), 0, "Send experts to help");
        Archive file = read(exportText(lan));
        String agreement = file.agreements().stream().filter(a -> id.equals(a.meetingId())).findFirst().orElseThrow()
                .id();
        Commitment keptPromise = file.commitments().stream().filter(c -> c.meetingId().equals(id)).findFirst()
                .orElseThrow();
        Thanks keptThanks = file.thanks().get(0);
        Archive edited = new Archive(file.format(), file.partners(), file.persons(), file.sources(), file.meetings(),
                file.agreements().stream().filter(a -> !a.id().equals(agreement)).toList(), file.aidProjects(),
                file.keyFigures(), file.localityLinks(), file.sensitivities(), file.vocabulary(), file.visits(),
                file.reviews(), file.commitments().stream().filter(c -> !c.meetingId().equals(id)
                || c.id().equals(keptPromise.id())).toList(), file.visitMeetings(), file.englishRenderings(),
                file.sensitiveMarks(), file.store(), file.versions(), file.postConfirmations(), List.of(keptThanks));

        var result = new ArchiveService(lan).importFile(edited, null);

        assertThat(new CommitmentService(lan).thanksOf(id)).containsExactly(keptThanks);
        assertThat(new CommitmentService(lan).ofMeeting(id)).extracting(Commitment::id)
                .containsExactly(keptPromise.id());
        assertThat(new ArchiveService(lan).export().agreements()).noneMatch(a -> a.id().equals(agreement));
        assertThat(result.removed()).hasSize(3).contains("agreement " + agreement);
        assertThat(new RecordService(lan).history("meeting", id)).last()
                .satisfies(e -> assertThat(e.label()).contains("removed").contains("agreement " + agreement));
        // The same file again (now with the officer's word that they read it): the English of the promise the file
        // removed went with it, nothing is refused.
        var again = new ArchiveService(lan).importFile(edited, null, true);
        assertThat(again.removed()).isEmpty();
        assertThat(new MeetingReviews(lan).of(id)).isPresent();
    }

    @Test
    void aFileRemovingAnAgreementAColleagueChangedSinceTheExportIsRefusedInTheWindowsLanguage() {
        String id = saved();
        Archive file = read(exportText(lan));
        vn.protocolbrief.domain.Agreement agreement = file.agreements().stream()
                .filter(a -> id.equals(a.meetingId())).findFirst().orElseThrow();
        new RecordService(minh).saveAgreement(new vn.protocolbrief.domain.Agreement(agreement.id(),
                agreement.meetingId(), agreement.provinceId(), agreement.provinceAsWritten(), agreement.partnerId(),
                agreement.kind(), "Biên bản ghi nhớ về du lịch và lao động", agreement.signedOn(), agreement.parties(),
                agreement.fields(), agreement.status(), agreement.sourceId()));
        Archive removing = new Archive(file.format(), file.partners(), file.persons(), file.sources(), file.meetings(),
                file.agreements().stream().filter(a -> !a.id().equals(agreement.id())).toList(), file.aidProjects(),
                file.keyFigures(), file.localityLinks(), file.sensitivities(), file.vocabulary(), file.visits(),
                file.reviews(), file.commitments(), file.visitMeetings(), file.englishRenderings(),
                file.sensitiveMarks(), file.store(), file.versions(), file.postConfirmations(), file.thanks());

        assertThatThrownBy(() -> new ArchiveService(lan).importFile(removing, null))
                .isInstanceOf(StoreException.class)
                .hasMessage("Cannot import: agreement " + agreement.id() + " was changed by Minh since the export,"
                        + " and the file removes it; export again and remove it there. Nothing was imported.")
                .satisfies(e -> assertThat(((StoreException) e).said()).isNotNull()
                        .satisfies(said -> assertThat(said.said("vi")).contains(agreement.id()).contains("Minh")
                                .contains("Không có gì được nhập").doesNotContain("Cannot").doesNotContain("changed")));
        assertThat(new ArchiveService(lan).export().agreements()).anyMatch(a -> a.id().equals(agreement.id()));
    }

    @Test
    void aFileImportIsReviewedOnlyWhenTheOfficerSaysTheyReadIt() {
        String id = saved();
        assertThat(new MeetingReviews(lan).of(id)).isEmpty();
        Archive file = read(exportText(lan));
        Archive edited = new Archive(file.format(), file.partners(), file.persons(), file.sources(),
                file.meetings().stream().map(m -> !m.id().equals(id) ? m : new Meeting(m.id(), m.date(), m.provinceId(),
                        m.provinceAsWritten(), m.venue(), m.partnerId(), "Chủ tịch UBND tỉnh làm việc với thành phố bạn",
                        m.summary(), m.outcome(), m.sourceIds(), m.participants(), m.requests(), m.gifts())).toList(),
                file.agreements(), file.aidProjects(), file.keyFigures(), file.localityLinks(), file.sensitivities(),
                file.vocabulary(), file.visits(), file.reviews(), file.commitments(), file.visitMeetings(),
                file.englishRenderings(), file.sensitiveMarks(), file.store(), file.versions(),
                file.postConfirmations(), file.thanks());

        var plain = new ArchiveService(lan).importFile(edited, null);
        assertThat(plain.meetings()).as("the edited meeting was written").isEqualTo(1);
        assertThat(new MeetingReviews(lan).of(id)).as("an edited file is no proof anyone read it").isEmpty();
        assertThat(plain.unreviewed()).isPositive();

        var vouched = new ArchiveService(lan).importFile(read(exportText(lan)), null, true);
        assertThat(vouched.reviewed()).isPositive();
        assertThat(new MeetingReviews(lan).of(id)).get().satisfies(r -> assertThat(r.reviewedBy()).isEqualTo("Lan"));
    }

    @Test
    void thanksOfAMeetingTheFileDoesNotHoldIsRefusedInOneLineAndNothingChanges() {
        String id = saved();
        Archive file = read(exportText(lan));
        Archive bad = file.withThanks(List.of(new Thanks("t-x", "m-no-such-meeting", Side.VN, Side.JP, "Cảm ơn", null)));
        assertThatThrownBy(() -> new ArchiveService(lan).importFile(bad, null))
                .isInstanceOf(StoreException.class).hasMessageContaining("t-x")
                .hasMessageEndingWith("Nothing was imported.")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(new CommitmentService(lan).thanksOf(id)).hasSize(2);
    }
}

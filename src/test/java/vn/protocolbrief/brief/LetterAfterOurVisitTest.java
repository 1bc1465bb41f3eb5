package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.domain.VisitOutcome;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.service.VisitOutcomeService;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * When our delegation was the guest (its head recorded as our side's head of delegation, no host of ours), the
 * thank-you letter thanks the partner for receiving it — never for "visiting and working with" our province (im12,
 * on a Lào Cai delegation received by a Japanese governor). A meeting we hosted keeps the usual letter.
 */
class LetterAfterOurVisitTest {
    @TempDir
    Path dir;

    @Test
    void aLetterAfterOurDelegationWasReceivedAbroadThanksForTheWelcome() {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            new VisitService(store).save(new Visit("v-abroad", "gia-lai", "ashikaga", PartialDate.of("2026-11-20"),
                    "09:00", null, null, new Visit.Attendee("hayakawa-naohide", null, null), List.of(),
                    List.of(new Visit.Attendee("nguyen-tuan-thanh", null, null)), null, List.of(), null, null, null,
                    List.of()));
            String meetingId = new VisitOutcomeService(store).record(new VisitOutcome("v-abroad", List.of(), List.of(),
                    List.of(), List.of(), "Hai bên thống nhất tăng cường giao lưu."), LocalDate.of(2026, 11, 21));
            ThankYouLetters letters = new ThankYouLetters(store);
            String hosted = letters.draft("v-abroad", "vi").plainText();
            assertThat(hosted).contains("đã đến thăm và làm việc với").doesNotContain("đã đón tiếp");

            RecordService records = new RecordService(store);
            Meeting m = records.meeting(meetingId);
            List<Participant> ours = m.participants().stream().map(p -> p.side() == Side.VN
                    ? new Participant(p.personId(), p.side(), ParticipantRole.LEADER, p.title()) : p).toList();
            records.saveMeeting(new Meeting(m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), m.venue(),
                    m.partnerId(), m.title(), m.summary(), m.outcome(), m.sourceIds(), ours, m.requests(), m.gifts()));

            String vi = letters.draft("v-abroad", "vi").plainText();
            assertThat(vi).contains("đã đón tiếp, làm việc với Đoàn công tác tỉnh Gia Lai",
                    "V/v cảm ơn").doesNotContain("đã đến thăm và làm việc với tỉnh Gia Lai");
            String en = letters.draft("v-abroad", "en").plainText();
            assertThat(en).contains("for receiving and working with the delegation of")
                    .doesNotContain("for visiting and working with");
        }
    }
}
